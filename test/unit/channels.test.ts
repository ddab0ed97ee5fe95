import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channelFor, channelWords } from '../../src/domain/channels.js';

describe('channels', () => {
  it('reads each channel as itself, in any case', () => {
    for (const channel of CHANNEL_NAMES) {
      expect(channelFor(channel)).toBe(channel);
      expect(channelFor(` ${channel.toUpperCase()} `)).toBe(channel);
    }
  });

  it.each([
    ['phone', 'call'],
    ['Phone call', 'call'],
    ['lunch', 'meal'],
    ['WhatsApp', 'message'],
    ['sms', 'message'],
    ['e-mail', 'email'],
    ['zoom', 'meeting'],
    ['trade show', 'event'],
    ['LinkedIn', 'social'],
    ['shop', 'visit'],
  ])('reads the everyday word %j as %s', (word, channel) => {
    expect(channelFor(word)).toBe(channel);
  });

  it('reads no other word, nor one that could be two channels', () => {
    for (const word of ['pigeon', 'fax', 'coffee', 'video', 'in person', '', 'callx', 'constructor', 'toString']) expect(channelFor(word), word).toBeUndefined();
  });

  it('has no everyday word that is itself a channel', () => {
    for (const [word] of channelWords()) expect((CHANNEL_NAMES as readonly string[]).includes(word), word).toBe(false);
  });
});
