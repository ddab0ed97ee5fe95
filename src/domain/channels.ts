// How a conversation happened.
export const CHANNEL_NAMES = ['call', 'email', 'meeting', 'meal', 'message', 'event', 'social', 'visit', 'other'] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

export function isChannel(value: string): value is Channel {
  return (CHANNEL_NAMES as readonly string[]).includes(value);
}

/**
 * Everyday words for a channel, each read as the one it says: `--via phone` after a call, `--via
 * lunch`, `--via whatsapp`. A word that could be two (coffee, video, in person) is not here.
 */
const CHANNEL_WORDS: Readonly<Record<string, Channel>> = {
  phone: 'call',
  'phone call': 'call',
  'phone-call': 'call',
  telephone: 'call',
  'e-mail': 'email',
  mail: 'email',
  zoom: 'meeting',
  teams: 'meeting',
  breakfast: 'meal',
  brunch: 'meal',
  lunch: 'meal',
  dinner: 'meal',
  text: 'message',
  sms: 'message',
  chat: 'message',
  dm: 'message',
  whatsapp: 'message',
  imessage: 'message',
  signal: 'message',
  telegram: 'message',
  conference: 'event',
  fair: 'event',
  'trade show': 'event',
  'trade-show': 'event',
  party: 'event',
  linkedin: 'social',
  facebook: 'social',
  instagram: 'social',
  shop: 'visit',
  store: 'visit',
};

/** The channel `word` names: one of CHANNEL_NAMES or an everyday word for it, in any case; undefined for any other. */
export function channelFor(word: string): Channel | undefined {
  const said = word.trim().toLowerCase();
  if (isChannel(said)) return said;
  return Object.hasOwn(CHANNEL_WORDS, said) ? CHANNEL_WORDS[said] : undefined;
}

/** The everyday words above and the channel each is read as. */
export const channelWords = (): Array<[word: string, channel: Channel]> => Object.entries(CHANNEL_WORDS);
