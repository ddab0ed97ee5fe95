// What rel exports and imports, by name: declared once, offered by the command line as choices
// (src/cliData.ts) and checked by the commands. Kept apart from the writers so that the registry
// can name them without loading any format code.
export const EXPORT_SUBJECTS = ['contacts', 'conversations', 'details', 'reminders', 'relations', 'dates', 'all', 'person'] as const;
export type ExportSubject = (typeof EXPORT_SUBJECTS)[number];

export const TABLE_FORMATS = ['csv', 'tsv', 'json', 'ndjson'] as const;
export const EXPORT_FORMATS = [...TABLE_FORMATS, 'vcf', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats each subject can be written as; the first is its default. */
export const EXPORT_FORMATS_BY_SUBJECT: Record<ExportSubject, readonly ExportFormat[]> = {
  contacts: [...TABLE_FORMATS, 'vcf'],
  conversations: TABLE_FORMATS,
  details: TABLE_FORMATS,
  reminders: TABLE_FORMATS,
  relations: TABLE_FORMATS,
  dates: ['ics'],
  all: ['json'],
  person: ['json'],
};

export const IMPORT_FORMATS = ['csv', 'json', 'vcf'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
