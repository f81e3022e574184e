// The interpretation survey as CSV for spreadsheets and form tools: one row per item, a header
// row in the document's language, a UTF-8 byte-order mark (without it Excel reads UTF-8 as a
// legacy code page), and the delimiter the locale's spreadsheets expect (German Excel splits
// on ";", English on ","). Quoting and escaping are csv-stringify's (RFC 4180), CRLF line ends.
import { stringify } from 'csv-stringify/sync';
import type { Language } from '../model/constants.js';
import { message, type Messages } from '../render/messages.js';
import type { ExportContext } from './context.js';

export const CSV_DELIMITERS = [',', ';'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const COLUMNS = ['csv.number', 'csv.value', 'csv.type', 'csv.question', 'csv.scaleMin', 'csv.scaleMax', 'csv.labelMin', 'csv.labelMax'] as const;

export function defaultDelimiter(language: Language): CsvDelimiter {
  return language === 'de' ? ';' : ',';
}

/** The header row of the survey CSV in a language: how a written file is recognized as ours. */
export function surveyHeader(messages: Messages): string[] {
  return COLUMNS.map((key) => message(messages, key));
}

export function surveyCsv(context: ExportContext, messages: Messages, delimiter: CsvDelimiter = defaultDelimiter(context.language)): string {
  const first = context.agreement[0]!;
  const last = context.agreement[context.agreement.length - 1]!;
  const general = message(messages, 'csv.general');
  const rows = context.survey.map((item) =>
    item.kind === 'scale'
      ? [item.position, item.value ?? general, item.kindText, item.text, first.score, last.score, first.label, last.label]
      : [item.position, item.value ?? general, item.kindText, item.text, '', '', '', ''],
  );
  return stringify([surveyHeader(messages), ...rows], { bom: true, delimiter, record_delimiter: 'windows' });
}
