// rel search finds part of a text in a script written without spaces between words (SPEC §3, migration
// 0034): `rel search 花子` finds 山田花子, `大阪` the company 大阪銀行, `お茶` a note, as `rel show 花子`
// finds the person; the snippet shows the text as it was written, marked. Latin text is found and shown
// as before.
import { describe, expect, it } from 'vitest';
import { journalFrom } from '../harness/journal.js';

const LONG_NOTE = `${'お茶'.repeat(49)}。京都で会った`; // 京都 is the 100th and 101st character
const STORY =
  '今日は駅の近くで昼食をとりながら、来年の展示会の計画について長く話した。彼女は古い庭園が大好きで、秋にはまた嵐山に行きたいと言っていた。見積もりは来週送る。';

const people = journalFrom(async (j) => {
  await j.ok(['contact', 'add', '山田花子', '--company', '大阪銀行']);
  await j.ok(['add', '山田', '--note', '京都で昼食、お茶が好き', '--on', '2026-11-20']);
  await j.ok(['add', 'Jane Doe', '--note', 'Played tennis with her husband Tom', '--on', '2026-11-21']);
  await j.ok(['contact', 'add', '김민준', '--met', '서울에서 만났다']);
  await j.ok(['remember', '김민준', 'ชอบเรียนภาษาไทย']);
  await j.ok(['remember', 'jane', 'Łukasz from Kraków gave her an iPhone用ケース, tennis on Sundays']);
  await j.ok(['remember', '山田', LONG_NOTE]);
  await j.ok(['add', '山田', '--note', STORY, '--on', '2026-11-22']);
});

describe('rel search in scripts without spaces', () => {
  it('finds part of a name, a company and a note, and marks it in the text as written', async () => {
    const j = await people();
    expect(await j.ok(['search', '山田'])).toBe('山田花子 #1\n  contact  [山田]花子 · 大阪銀行\n');
    expect(await j.ok(['search', '花子'])).toBe('山田花子 #1\n  contact  山田[花子] · 大阪銀行\n');
    expect(await j.ok(['search', '大阪'])).toBe('山田花子 #1\n  contact  山田花子 · [大阪]銀行\n');
    expect(await j.ok(['search', '京都'])).toMatch(/^山田花子 #1\n {2}conversation {2}2026-11-20 {2}\[京都\]で昼食、お茶が好き \[conversation 1\]$/m);
    expect(await j.ok(['search', 'お茶'])).toMatch(/^ {2}conversation {2}2026-11-20 {2}京都で昼食、\[お茶\]が好き \[conversation 1\]$/m);
    expect(await j.ok(['search', '山田花子'])).toBe('山田花子 #1\n  contact  [山田花子] · 大阪銀行\n');
    expect((await j.ok(['show', '花子'])).split('\n')[0]).toBe('山田花子 #1');
  });

  it('finds the characters side by side only, and reads phrases, prefixes and several words', async () => {
    const j = await people();
    expect(await j.rel(['search', '山花'])).toMatchObject({ code: 0, stdout: '', stderr: 'No matches for 山花.\n' });
    expect(await j.ok(['search', '"昼食、お茶"'])).toContain('京都で[昼食、お茶]が好き');
    expect(await j.ok(['search', '京都で*'])).toContain('[京都で]昼食');
    const both = await j.ok(['search', '花子', 'お茶']);
    expect(both).toContain('  contact                   山田[花子] · 大阪銀行\n');
    expect(both).toContain('  conversation  2026-11-20  京都で昼食、[お茶]が好き [conversation 1]\n');
  });

  it('finds a match across a long note, however far into it', async () => {
    const j = await people();
    const found = await j.ok(['search', '京都で会']);
    expect(found).toContain('山田花子 #1\n');
    expect(found).toMatch(/^ {2}detail {2}…(お茶)+。\[京都で会\]った \[detail 3\]$/m);
  });

  it('shows about as much of a long text around the match as of a text with spaces', async () => {
    const j = await people();
    expect(await j.ok(['search', '嵐山'])).toBe('山田花子 #1\n  conversation  2026-11-22  …古い庭園が大好きで、秋にはまた[嵐山]に行きたいと言っていた。見積も… [conversation 3]\n');
  });

  it('finds part of Korean and Thai words', async () => {
    const j = await people();
    expect(await j.ok(['search', '서울'])).toBe('김민준 #3\n  contact  김민준 · [서울]에서 만났다\n');
    expect(await j.ok(['search', 'ภาษา'])).toBe('김민준 #3\n  detail  ชอบเรียน[ภาษา]ไทย [detail 1]\n');
  });

  it('finds Latin words next to those scripts, folded as before, and shows them as written', async () => {
    const j = await people();
    expect(await j.ok(['search', 'lukasz'])).toMatch(/^ {2}detail {2}\[Łukasz\] from Kraków gave her an iPhone用ケース, tennis on Sundays \[detail 2\]$/m);
    expect(await j.ok(['search', 'iphone', 'ケース'])).toContain('gave her an [iPhone]用[ケース], tennis');
    expect(await j.ok(['search', '用'])).toContain('an iPhone[用]ケース');
  });

  it('finds and shows Latin text as it did before', async () => {
    const j = await people();
    expect(await j.ok(['search', 'tennis'])).toBe(
      'Jane Doe #2\n' +
        '  conversation  2026-11-21  Played [tennis] with her husband Tom [conversation 2]\n' +
        '  detail                    Łukasz from Kraków gave her an iPhone用ケース, [tennis] on Sundays [detail 2]\n',
    );
    expect(await j.ok(['search', '"husband tom"'])).toBe('Jane Doe #2\n  conversation  2026-11-21  Played tennis with her [husband Tom] [conversation 2]\n');
  });

  it('gives the same snippets in JSON', async () => {
    const j = await people();
    const [found] = await j.json(['search', '花子', '--json']);
    expect(found.person).toEqual({ id: 1, name: '山田花子' });
    expect(found.matches[0].snippet).toBe('山田[花子] · 大阪銀行');
  });
});
