// The interpretation survey as CSV for form tools: one row per item, RFC 4180 quoting (fields
// with a comma, quote or line break are quoted, quotes doubled), CRLF line ends.
import type { ExportContext } from './context.js';

export const SURVEY_COLUMNS = ['id', 'value', 'type', 'question', 'scale_min', 'scale_max', 'label_min', 'label_max'] as const;

export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function surveyCsv(context: ExportContext): string {
  const first = context.agreement[0]!;
  const last = context.agreement[context.agreement.length - 1]!;
  const rows = context.survey.map((item) =>
    item.kind === 'scale'
      ? [item.id, item.value, 'scale', item.text, first.score, last.score, first.label, last.label]
      : [item.id, item.value, 'open', item.text, null, null, null, null],
  );
  return [SURVEY_COLUMNS as readonly (string | number | null)[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
