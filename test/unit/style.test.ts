// src/ui/style.ts colours through chalk, loaded only when colour is on; its output must stay chalk's
// at level 1 (16 colours) byte for byte, nested styles and line breaks included, whatever the terminal.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { commandWord, formatCount, loadColour, makeStyle, plural, quotedWord } from '../../src/ui/style.js';

const chalk = new Chalk({ level: 1 });
await loadColour();
const ours = makeStyle(true);

describe('makeStyle', () => {
  it('colours as chalk does at level 1', () => {
    const texts = ['Jane Doe', '', 'two\nlines', 'crlf\r\nlines\r\n', 'trailing\n'];
    for (const text of texts) {
      for (const name of ['bold', 'dim', 'red', 'green', 'yellow', 'magenta', 'cyan'] as const) expect(ours[name](text)).toBe(chalk[name](text));
      expect(ours.bold.yellow(text)).toBe(chalk.bold.yellow(text));
      expect(ours.dim.red.bold(text)).toBe(chalk.dim.red.bold(text));
    }
  });

  it('reopens an outer style after an inner one closes', () => {
    expect(ours.bold(`a ${ours.dim('b')} c`)).toBe(chalk.bold(`a ${chalk.dim('b')} c`));
    expect(ours.red(`x ${ours.yellow('y')}\nz ${ours.bold.cyan('w')}`)).toBe(chalk.red(`x ${chalk.yellow('y')}\nz ${chalk.bold.cyan('w')}`));
  });

  it('leaves text alone without colour', () => {
    const plain = makeStyle(false);
    expect(plain.bold.yellow('Jane\nDoe')).toBe('Jane\nDoe');
    expect(plain.dim('')).toBe('');
  });
});

describe('counts', () => {
  it('group thousands with commas, as a person reads them', () => {
    expect([0, 7, 999, 1000, 4989, 23323, 100000, 1234567, -4989].map(formatCount)).toEqual(['0', '7', '999', '1,000', '4,989', '23,323', '100,000', '1,234,567', '-4,989']);
    expect(formatCount(10.26)).toBe('10.26');
    expect([plural(1, 'person', 'people'), plural(4989, 'person', 'people'), plural(2, 'day')]).toEqual(['1 person', '4,989 people', '2 days']);
  });
});

describe('words to type again in a shell', () => {
  it('are bare when a shell takes them as they are, else quoted so that it takes them whole and as written', () => {
    expect(commandWord('jane')).toBe('jane');
    expect(commandWord('ann@example.com')).toBe('ann@example.com');
    expect(commandWord('Jane Doe')).toBe('"Jane Doe"');
    expect(commandWord('#42')).toBe('"#42"'); // a leading # starts a comment
    expect(commandWord("O'Brien")).toBe(`"O'Brien"`);
    expect(commandWord('invoice $500')).toBe("'invoice $500'");
    expect(commandWord('Bob "the builder" Lee')).toBe(`'Bob "the builder" Lee'`);
    expect(commandWord("it's $5")).toBe(`'it'\\''s $5'`);
    expect(quotedWord('jane')).toBe('"jane"');
  });
});
