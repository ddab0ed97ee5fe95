// One email, phone or alias written two ways is one value on a card (src/domain/contactValues.ts).
import { describe, expect, it } from 'vitest';
import { heldValues, isOneAlias, isOneEmail, isOnePhone, newValues } from '../../src/domain/contactValues.js';

describe('newValues and heldValues', () => {
  it('keep the first form given, and drop what is held in another form', () => {
    expect(newValues(['+1 512 555 0777', '(512) 555-0777', '555-0199'], [], isOnePhone)).toEqual(['+1 512 555 0777', '555-0199']);
    expect(newValues(['601234567', '0601-234-567'], ['+48 601 234 567'], isOnePhone)).toEqual([]);
    expect(newValues(['+34 600 100 200'], ['+1 600 100 200'], isOnePhone)).toEqual(['+34 600 100 200']);
    expect(newValues(['ext 12', 'ext 12 '], [], isOnePhone)).toEqual(['ext 12']);
    expect(newValues(['a@dup.com', 'A@DUP.com'], [], isOneEmail)).toEqual(['a@dup.com']);
    expect(newValues(['Dupe', 'dupe', 'Dupé'], ['JD'], isOneAlias)).toEqual(['Dupe']);
  });

  it('find the stored form a removal names', () => {
    expect(heldValues(['512-555-0160'], ['+1 512 555 0160', '555-0100'], isOnePhone)).toEqual(['+1 512 555 0160']);
    expect(heldValues(['P@X.COM'], ['p@x.com'], isOneEmail)).toEqual(['p@x.com']);
  });
});
