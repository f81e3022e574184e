// A plain-text table for people at a terminal: every cell wraps at word boundaries (wrap-ansi),
// widths are measured in terminal columns (string-width), the last column takes the room the
// others leave. Below `minWidth` a table gets too cramped to read, and `list` lays the same rows
// out one record after another instead.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** The widest a column other than the last may get before its cells wrap. */
const MAX_COLUMN = 28;

export function table(headers: string[], rows: string[][], width: number): string {
  const count = headers.length;
  const widths = headers.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => longestLine(r[i] ?? ''))));
  for (let i = 0; i < count - 1; i++) widths[i] = Math.min(widths[i]!, Math.max(MAX_COLUMN, stringWidth(headers[i]!)));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[count - 1] = Math.min(widths[count - 1]!, Math.max(20, width - fixed));
  const line = (cells: string[]) => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let y = 0; y < height; y++) {
      out.push(
        wrapped
          .map((w, i) => (i === count - 1 ? (w[y] ?? '') : pad(w[y] ?? '', widths[i]!)))
          .join('  ')
          .trimEnd(),
      );
    }
    return out.join('\n');
  };
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n') + '\n';
}

/** The rows as records: the first cell as a heading; the short cells in between on one line
 * ("Unit: % · Scale: 0..100 %"); the last cell's paragraphs below, each wrapped to `width` under
 * a two-space indent. */
export function list(headers: string[], rows: string[][], width: number): string {
  const indent = '  ';
  const inner = Math.max(20, width - indent.length);
  const records = rows.map((row) => {
    const first = row[0] ?? '';
    const middle = row.slice(1, -1).map((cell, i) => (cell.trim() ? `${headers[i + 1]}: ${cell.replace(/\n/g, ' ')}` : '')).filter(Boolean);
    const last = row.length > 1 ? row[row.length - 1]! : '';
    const lines = [...wrap(first, width)];
    if (middle.length) lines.push(...wrap(middle.join(' · '), inner).map((l) => indent + l));
    for (const paragraph of last.split('\n').filter((p) => p.trim())) lines.push(...wrap(paragraph, inner).map((l) => indent + l));
    return lines.join('\n');
  });
  return records.join('\n\n') + '\n';
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((l) => stringWidth(l)));
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** Lines of at most `width` columns, broken between words; a word longer than a line is the
 * only thing broken (a URL, an id). */
function wrap(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n');
}
