// Outlook's CSV export in other languages: the same columns as the English export, under
// translated names. Each is mapped onto the English name outlookCsv.ts reads, so that a German
// file is read by the one Outlook reader; a column not in the table keeps its own name, and is left
// out with a warning under it when it holds a value.
//
// German (Outlook 2007 and later, "Exportieren in eine Datei → Kommagetrennte Werte"), the names
// as a German Outlook writes them, from:
// - open-xchange/appsuite-middleware, com.openexchange.importexport/importCSV/outlook2007.de_DE.properties
//   (the importer's table for German Outlook 2007 exports), and the whole header row of a German
//   Outlook export in that project's OutlookCSVContactImportTest (bug 9367, "CSV Export in Outlook"),
//   which also has "Empfohlen von", "Priorität", "Privat", the "E-Mail-Typ" and "Angezeigter Name"
//   columns, "Geschlecht" and "Initialen";
// - bytemine/egroupware2zarafa, addressbook.php ("field names like Outlook uses"): the same row,
//   with "Name des/r Vorgesetzten" where the former has "Name des/der Vorgesetzten".
// A German export has no Nickname column (nor has the English desktop export).
import { columnKey, type HeaderTranslation } from './csvRecords.js';

const ADDRESSES = (kind: 'Business' | 'Home' | 'Other', [street, city, state, postalCode, country, poBox]: readonly string[]): Array<[string, string]> => [
  [street!, `${kind} Street`],
  [`${street} 2`, `${kind} Street 2`],
  [`${street} 3`, `${kind} Street 3`],
  [city!, `${kind} City`],
  [state!, `${kind} State`],
  [postalCode!, `${kind} Postal Code`],
  [country!, `${kind} Country/Region`],
  [poBox!, `${kind} Address PO Box`],
];

/** German column name, English column name. */
const GERMAN: ReadonlyArray<[string, string]> = [
  ['Vorname', 'First Name'],
  ['Weitere Vornamen', 'Middle Name'],
  ['Nachname', 'Last Name'],
  ['Firma', 'Company'],
  ['Abteilung', 'Department'],
  ['Position', 'Job Title'],
  ['Beruf', 'Profession'],
  ['Webseite', 'Web Page'],
  ['Geburtstag', 'Birthday'],
  ['Jahrestag', 'Anniversary'],
  ['Notizen', 'Notes'],
  ['Kategorien', 'Categories'],
  ['Empfohlen von', 'Referred By'],
  ['E-Mail-Adresse', 'E-mail Address'],
  ['E-Mail 2: Adresse', 'E-mail 2 Address'],
  ['E-Mail 3: Adresse', 'E-mail 3 Address'],
  ['Mobiltelefon', 'Mobile Phone'],
  ['Haupttelefon', 'Primary Phone'],
  ['Telefon geschäftlich', 'Business Phone'],
  ['Telefon geschäftlich 2', 'Business Phone 2'],
  ['Telefon privat', 'Home Phone'],
  ['Telefon privat 2', 'Home Phone 2'],
  ['Weiteres Telefon', 'Other Phone'],
  ['Autotelefon', 'Car Phone'],
  ['Telefon Firma', 'Company Main Phone'],
  ['Partner', 'Spouse'],
  ['Kinder', 'Children'],
  ['Name des/der Vorgesetzten', "Manager's Name"],
  ['Name des/r Vorgesetzten', "Manager's Name"],
  ['Name Assistent', "Assistant's Name"],
  ...ADDRESSES('Business', ['Straße geschäftlich', 'Ort geschäftlich', 'Region geschäftlich', 'Postleitzahl geschäftlich', 'Land/Region geschäftlich', 'Postfach geschäftlich']),
  ...ADDRESSES('Home', ['Straße privat', 'Ort privat', 'Bundesland/Kanton privat', 'Postleitzahl privat', 'Land/Region privat', 'Postfach privat']),
  ...ADDRESSES('Other', ['Weitere Straße', 'Weiterer Ort', 'Weiteres/r Bundesland/Kanton', 'Weitere Postleitzahl', 'Weiteres/e Land/Region', 'Weiteres Postfach']),
  // Left out without a word, or when they say nothing (outlookCsv.ts), as in English.
  ['Priorität', 'Priority'],
  ['Vertraulichkeit', 'Sensitivity'],
  ['Privat', 'Private'],
  ['E-Mail-Typ', 'E-mail Type'],
  ['E-Mail: Angezeigter Name', 'E-mail Display Name'],
  ['E-Mail 2: Typ', 'E-mail 2 Type'],
  ['E-Mail 2: Angezeigter Name', 'E-mail 2 Display Name'],
  ['E-Mail 3: Typ', 'E-mail 3 Type'],
  ['E-Mail 3: Angezeigter Name', 'E-mail 3 Display Name'],
  ['Geschlecht', 'Gender'],
  ['Initialen', 'Initials'],
];

const translation = (language: string, names: ReadonlyArray<[string, string]>): HeaderTranslation => ({
  language,
  columns: new Map(names.map(([translated, english]) => [columnKey(translated), columnKey(english)])),
});

/** The languages an Outlook header is tried in, after English. */
export const OUTLOOK_TRANSLATIONS: readonly HeaderTranslation[] = [translation('German', GERMAN)];
