// The fast path for the common case, a well-formed file: the subset reader (subset-load.ts)
// reads the YAML this project writes in one pass over the lines; for the rest, js-yaml turns text
// into data about ten times faster than building a document with source positions. It only ever answers
// "here is the data" or "not sure"; every finding is still reported from the positioned
// document of the `yaml` library (load.ts), so a file that is not clean pays for that parse
// and a clean one does not.
//
// The two parsers must agree on every file the fast path accepts (a differential property
// test checks it). Where js-yaml is more lenient than `yaml` or reads a value differently,
// the text is sent to the full loader before js-yaml sees it.
import { createRequire } from 'node:module';
import { DEFAULT_LIMITS, dataDepth } from './load.js';
import { subsetLoad } from './subset-load.js';

// Loaded on first use: most files never need it.
type JsYaml = typeof import('js-yaml');
let jsYamlLib: JsYaml | undefined;
function jsYaml(): JsYaml {
  jsYamlLib ??= createRequire(import.meta.url)('js-yaml') as JsYaml;
  return jsYamlLib;
}

// Anchors, aliases and tags (where resource limits matter and parsers differ), YAML directives,
// explicit keys and content after a document marker.
const SPECIAL_SYNTAX = /(?:^|[\s[{,:])[&*!][^\s,\]}]|^%|^[ \t]*(?:-[ \t]+)*\?(?:\s|$)|^---[ \t]+\S|^\.\.\./m;
// Numbers the two read differently: 0b… and signed 0x/0o (js-yaml: a number, `yaml`: text),
// and exponents, whose overflow one reads as text and the other as Infinity.
const NUMBER_FORMS = /(?:^|[\s[{,:-])[-+]?0[bB]|-0[xXoO]|\d[eE][-+]?\d/;
// A comment glued to a quoted scalar ("x"# note), 32-bit escapes ("\U0001F600"), and a flow
// collection used as a key ({a: 1}: x), which each parser turns into a different string, and
// an empty key in a flow collection ([a, : b]).
const QUOTE_EDGES = /["'\]}]#|\\U|[}\]][ \t]*:(?:\s|$)|[[{,][ \t]*:/;
// A list entry that is only a comment ("- # note"), which js-yaml reads into a different list.
const DASH_COMMENT = /^[ \t]*-[ \t]+#/m;
// A value that starts with a quote or a bracket (at the start of a line, after list dashes or
// after a key's colon) must close on the same line: the two parsers treat continuation lines
// differently. One scan of the text finds them all.
const OPENING_VALUE = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+)(["'[{])/gm;

function closesOnLine(opener: string, rest: string): boolean {
  if (opener === '"') return /^(?:[^"\\]|\\.)*"/.test(rest);
  if (opener === "'") return /^(?:[^']|'')*'(?!')/.test(rest);
  // Flow collections: balanced on the line, quotes inside skipped.
  let depth = 1;
  let quote = '';
  for (let i = 0; i < rest.length && depth > 0; i++) {
    const c = rest[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === '#' && rest[i - 1] === ' ') break;
  }
  return depth === 0;
}

function hasLongLine(text: string, limit: number): boolean {
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    if (nl - start > limit) return true;
    start = nl + 1;
  }
  return text.length - start > limit;
}

export function needsFullLoader(text: string): boolean {
  // indexOf before regular expressions: most files have none of these characters.
  if (text.includes('\t') || text.includes('__proto__') || text.includes('\\U') || text.includes('\ufeff')) return true;
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return true;
  if (SPECIAL_SYNTAX.test(text) || NUMBER_FORMS.test(text) || QUOTE_EDGES.test(text) || DASH_COMMENT.test(text)) return true;
  // The bracket check below rescans the rest of a line for every opener on it; a very long line
  // (no philosophy needs one) goes straight to the full loader and its depth limit instead.
  if (hasLongLine(text, 4096)) return true;
  for (const match of text.matchAll(OPENING_VALUE)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('\n', start);
    if (!closesOnLine(match[1]!, text.slice(start, end === -1 ? text.length : end))) return true;
  }
  return false;
}

/** The file's data, nested no deeper than `maxDepth`, or undefined when the full loader must
 * decide. */
export function fastLoad(text: string, maxDepth = DEFAULT_LIMITS.maxDepth): unknown {
  return subsetLoad(text, maxDepth) ?? jsYamlLoad(text, maxDepth);
}

/** The js-yaml part of the fast path (exported for the differential test). */
export function jsYamlLoad(text: string, maxDepth = DEFAULT_LIMITS.maxDepth): unknown {
  if (needsFullLoader(text)) return undefined;
  try {
    const lib = jsYaml();
    const data = lib.load(text, { schema: lib.CORE_SCHEMA });
    if (data === null || typeof data !== 'object' || dataDepth(data, maxDepth) > maxDepth) return undefined;
    return data;
  } catch {
    // Syntax errors, duplicate keys, several documents, stack exhaustion: all reported with
    // positions by the full loader.
    return undefined;
  }
}
