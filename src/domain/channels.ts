// How a conversation happened.
export const CHANNEL_NAMES = ['call', 'email', 'meeting', 'meal', 'message', 'event', 'social', 'visit', 'other'] as const;
export type Channel = (typeof CHANNEL_NAMES)[number];

export function isChannel(value: string): value is Channel {
  return (CHANNEL_NAMES as readonly string[]).includes(value);
}
