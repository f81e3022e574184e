// A plain-text table whose last column wraps to the terminal's width, so long definitions stay
// readable instead of running off the screen or being cut.
import { padEnd, textWidth, wrap } from '../core/width.js';

export function table(headers: string[], rows: string[][], width: number): string {
  const count = headers.length;
  const widths = headers.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => longestLine(r[i] ?? ''))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  const lastWidth = Math.max(20, width - fixed);
  widths[count - 1] = Math.min(widths[count - 1]!, lastWidth);
  const line = (cells: string[]) => {
    const wrapped = cells.map((c, i) => (i === count - 1 ? wrap(c, widths[i]!) : c).split('\n'));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let y = 0; y < height; y++) {
      out.push(
        wrapped
          .map((w, i) => (i === count - 1 ? (w[y] ?? '') : padEnd(w[y] ?? '', widths[i]!)))
          .join('  ')
          .trimEnd(),
      );
    }
    return out.join('\n');
  };
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map(line)].join('\n') + '\n';
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map(textWidth));
}
