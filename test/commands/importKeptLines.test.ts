// Websites, addresses, a department or a second role, which rel has no field for, come in as lines
// of the person's note (a remembered detail), and a second import of the file adds nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeJournal } from '../harness/journal.js';

interface Shown {
  details: Array<{ text: string }>;
}

const FILES: Array<[file: string, content: string, name: string, note: string, line?: number]> = [
  [
    'google.csv',
    'First Name,Last Name,Organization Name,Organization Department,Notes,E-mail 1 - Value,Website 1 - Label,Website 1 - Value,Address 1 - Label,Address 1 - Formatted\n' +
      'Anna,Schmidt,Schmidt GmbH,Sales,Two kids.,anna@example.com,Work,https://schmidt.example,Home,"Hauptstr. 1\n10115 Berlin"\n',
    'Anna Schmidt',
    'Two kids.\nDepartment: Sales\nWebsite (work): https://schmidt.example\nAddress (home): Hauptstr. 1, 10115 Berlin',
  ],
  [
    'outlook.csv',
    'Title,First Name,Last Name,Company,Department,Job Title,Business Street,Business City,E-mail Address,Notes,Web Page\r\n' +
      'Mr.,Robert,Mitchell,Mitchell & Sons,Retail,Owner,220 Congress Ave,Austin,rob@mitchell.example,"Met at the show.\r\nCalls after 3pm.",http://mitchell.example\r\n',
    'Robert Mitchell',
    'Met at the show.\nCalls after 3pm.\nDepartment: Retail\nWebsite: http://mitchell.example\nAddress (business): 220 Congress Ave, Austin',
  ],
  [
    'john.vcf',
    'BEGIN:VCARD\r\nVERSION:2.1\r\nFN:John Doe\r\nORG:IBM;Accounting\r\nTITLE:Money Counter\r\nROLE:Counting Money\r\nURL;WORK:http://www.ibm.com\r\nADR;HOME:;;Silicon Alley 5,;New York;NY;12345;USA\r\nEND:VCARD\r\n',
    'John Doe',
    'Department: Accounting\nRole: Counting Money\nWebsite (work): http://www.ibm.com\nAddress (home): Silicon Alley 5, New York, NY 12345, USA',
    1,
  ],
];

describe('rel import keeps websites, addresses, a department and a second role in the note', () => {
  it.each(FILES)('%s: the lines are a detail on the card; importing again, or its dry run, adds and changes nothing', async (file, content, name, note, line = 2) => {
    const j = makeJournal();
    const path = join(j.dir, file);
    writeFileSync(path, content);
    expect(await j.ok(['import', path])).toBe(`added 1, updated 0, skipped 0 from ${path}\n`);
    expect((await j.json<Shown>(['show', name, '--json'])).details.map((d) => d.text)).toEqual([note]);
    const before = j.dump();
    expect(await j.ok(['import', path, '--dry-run'])).toContain(`skip ${name} (line ${line}): already up to date (#1)\n`);
    expect(await j.ok(['import', path])).toBe(`added 0, updated 0, skipped 1 from ${path}\n`);
    expect(j.dump()).toBe(before);
  });
});
