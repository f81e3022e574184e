// Soft hyphens in the text of an HTML document, at the syllable breaks of its language (Liang's
// patterns, from the hyphen package), so a narrow column breaks "Geschwin-digkeit" and never
// "Geschwindigk|eit". CSS `hyphens: auto` alone is not enough: Chromium on Linux ships without
// hyphenation dictionaries and would leave long words to overflow or break anywhere.
import { createRequire } from 'node:module';
import type { Language } from '../model/constants.js';

type Hyphenate = (text: string, options?: { minWordLength?: number }) => string;

// Style and script content is code, not text; the title is shown by the browser, not laid out.
const NOT_TEXT = /(<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<title>[\s\S]*?<\/title>|<head>[\s\S]*?<\/head>)/i;

export function hyphenateHtml(html: string, language: Language): string {
  // require(), not import(): the program runs as a compiled script (see launch.ts), and the
  // patterns are loaded only when an HTML document is made.
  const { hyphenateSync } = createRequire(import.meta.url)(language === 'de' ? 'hyphen/de' : 'hyphen/en-us') as { hyphenateSync: Hyphenate };
  // Word by word, in the text between tags only: a "word" of thousands of letters (pasted data,
  // a hostile file) is no word to break at syllables, and the patterns take minutes on it.
  const words = (text: string) => text.replace(/[\p{L}\p{M}]{7,60}/gu, (word) => hyphenateSync(word, { minWordLength: 7 }));
  return html
    .split(NOT_TEXT)
    .map((part, i) => (i % 2 === 1 ? part : part.split(/(<[^>]*>)/).map((piece, j) => (j % 2 === 1 ? piece : words(piece))).join('')))
    .join('');
}
