// The one way the tool measures and wraps text for a terminal: columns as the terminal shows
// them (string-width: umlauts one column, CJK and emoji two, colour codes none), words wrapped
// at spaces by wrap-ansi (which never breaks a word and keeps colour codes intact).
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** How many columns the text takes on a terminal. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/** The text followed by spaces up to `columns`. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - textWidth(text)));
}

/** Wraps each line at spaces to `width` columns; a line's indentation starts each of its
 * continuation lines too. A line whose indentation leaves less than 10 columns stays as it is. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)![0];
      const room = width - textWidth(indent);
      if (room < 10) return line;
      return wrapAnsi(line.slice(indent.length), room, { hard: false, trim: true })
        .split('\n')
        .map((part) => indent + part)
        .join('\n');
    })
    .join('\n');
}

/** Lines of at most `width` columns, broken between words; a word longer than a line (a URL,
 * an id) is the only thing broken. */
export function wrapLines(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n');
}
