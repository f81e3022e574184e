// Escaping for the views. User text must come out literally: a value that contains `|`, `#`,
// `*`, `<script>`, a newline or `{{` may not turn into a table column, a heading, emphasis,
// HTML or a template. Each function is for one place in one kind of document.

// Characters with a meaning anywhere in a CommonMark/GFM line. Backslash escapes are defined
// for every ASCII punctuation character, so escaping these is always safe.
const INLINE = /[\\`*_[\]<>|~&#]/g;
// At the start of a line these open a bullet list or a heading underline…
const LINE_START = /^([ \t]*)([-+=])/gm;
// …and "1." or "1)" an ordered list; there the punctuation is what gets escaped.
const ORDERED = /^([ \t]*\d{1,9})([.)])/gm;

/** Text inside a paragraph or list item: literal, line breaks kept as line breaks. */
export function markdownInline(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Leading blanks would make an indented code block; a leading line break would end the
      // list item. Neither is part of what the text says.
      .trim()
      // A blank line would end the paragraph or list item the text sits in.
      .replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
      .replace(INLINE, '\\$&')
      .replace(LINE_START, '$1\\$2')
      .replace(ORDERED, '$1\\$2')
      // Leading spaces on a continuation line could start an indented code block.
      .replace(/\n[ \t]+/g, '\n')
  );
}

/** Text inside a table cell: literal, on one line (line breaks become <br>). */
export function markdownCell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(INLINE, '\\$&')
    .replace(/[ \t]*\n[ \t]*/g, '<br>');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** Text in HTML element content or a quoted attribute. */
export function html(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML[c]!);
}
