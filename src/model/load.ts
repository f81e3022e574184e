// Reads a philosophy file's text into a YAML document with source positions, turning every
// problem of the file itself (encoding, syntax, duplicate keys, tabs, several documents, limits)
// into issues that carry a position instead of exceptions.
import type { Issue, Place } from '../core/findings.js';
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type YAMLError } from 'yaml';

export interface LoadLimits {
  /** Bytes; larger files are not parsed. */
  maxFileSize: number;
  /** How many alias expansions a document may need. */
  maxAliasCount: number;
  /** How deeply collections may nest. */
  maxDepth: number;
  /** How many lines and flow-list items a file may have: a file of half a million tiny nodes
   * fits in 1 MiB and costs the YAML parser seconds. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  maxFileSize: 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 32,
  maxEntries: 50_000,
};

export interface Loaded {
  text: string;
  lineCounter: LineCounter;
  /** Null when the text could not be parsed into one document. */
  doc: Document.Parsed | null;
  /** The document as plain data; undefined when it could not be produced. */
  data: unknown;
  issues: Issue[];
}

// Codes of the yaml library's errors that get a message of their own; the rest share `syntax`.
const YAML_CODES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tabIndent',
  BAD_INDENT: 'badIndent',
  MISSING_CHAR: 'missingChar',
  UNEXPECTED_TOKEN: 'unexpectedToken',
  BLOCK_AS_IMPLICIT_KEY: 'badImplicitKey',
  MULTILINE_IMPLICIT_KEY: 'badImplicitKey',
  KEY_OVER_1024_CHARS: 'longKey',
  BAD_SCALAR_START: 'badScalarStart',
  BAD_DQ_ESCAPE: 'badEscape',
  BAD_ALIAS: 'badAlias',
  NON_STRING_KEY: 'nonStringKey',
  TAG_RESOLVE_FAILED: 'unknownTag',
};

/** Decodes bytes as UTF-8 (a BOM is dropped); reports the first invalid byte with its line
 * and column. */
export function decode(bytes: Uint8Array): { text: string; issue?: Issue } {
  if (isUtf8(bytes)) {
    const text = utf8Text(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The column counts characters: the bytes before the bad one on its line, decoded.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { text: '', issue: { ruleId: 'parse', messageId: 'encoding', data: { byte: offset }, place: { line, column } } };
}

/** Valid UTF-8 as text. Each file of a run is decoded, so the way matters (measured on the
 * example files: V8's own decoder, behind TextDecoder and Buffer#toString, takes twice as long
 * as ICU's converter to UTF-16); ASCII is copied as it is. */
function utf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  // A Node.js built without ICU has no transcode.
  if (typeof transcode !== 'function') return buffer.toString('utf8');
  return transcode(buffer, 'utf8', 'ucs2').toString('ucs2');
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Deepest nesting of flow collections, measured without parsing (so a 10 000-deep `[[[[`
 * never reaches the recursive composer). Quotes and comments are skipped. */
function flowDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 0x5c && quote === '"') i++;
      else if (text[i] === quote) quote = '';
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      // A quote opens a string only at the start of a token, not inside a word (it's).
      const prev = text.charCodeAt(i - 1);
      if (i === 0 || prev === 0x20 || prev === 0x5b || prev === 0x7b || prev === 0x2c || prev === 0x3a || prev === 0x0a || prev === 0x2d)
        quote = text[i]!;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x0a)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    }
  }
  return max;
}

/** Where the text passes `limit` entries, counting every line and every comma (an upper bound
 * of the nodes a parser builds, found without parsing); -1 when it stays within. */
function crowdedAt(text: string, limit: number): number {
  // Every entry takes at least one character.
  if (text.length <= limit) return -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Past the limit: point at what follows the line end or comma.
    if ((c === 0x0a || c === 0x2c) && ++count > limit) return Math.min(i + 1, text.length);
  }
  return -1;
}

/** The deepest nesting of plain data, without recursion. */
function dataDepth(data: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

export function parseText(text: string, limits: LoadLimits = DEFAULT_LIMITS): Loaded {
  const lineCounter = new LineCounter();
  const issues: Issue[] = [];
  const none = (): Loaded => ({ text, lineCounter, doc: null, data: undefined, issues });

  // A file committed in the middle of a merge: say so, instead of a puzzling syntax error.
  const conflict = /^(?:<{7}|>{7})(?: |$)/m.exec(text);
  if (conflict) {
    countLines(text, lineCounter);
    issues.push({ ruleId: 'parse', messageId: 'mergeConflict', place: { offset: conflict.index } });
    return none();
  }

  const depth = flowDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    // The line counter is filled by parsing; fill it by hand for the position of the issue.
    countLines(text, lineCounter);
    issues.push({ ruleId: 'parse', messageId: 'depthLimit', data: { limit: limits.maxDepth }, place: { offset: 0 } });
    return none();
  }

  const crowded = crowdedAt(text, limits.maxEntries);
  if (crowded !== -1) {
    countLines(text, lineCounter);
    issues.push({ ruleId: 'parse', messageId: 'entryLimit', data: { limit: limits.maxEntries }, place: { offset: crowded } });
    return none();
  }

  let docs: Document.Parsed[];
  // The library builds an Error (with a stack trace) for every problem; a mangled file can have
  // a hundred thousand. Traces are never shown, so none are captured.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // uniqueKeys is checked below with a set per map: the library compares each new key with
    // every earlier one, which takes minutes for a file of 100 000 keys. logLevel 'error' keeps
    // its warnings (which quote file text raw) off the terminal; they are not needed here.
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' }) as Document.Parsed[];
  } catch (error) {
    countLines(text, lineCounter);
    if (error instanceof RangeError) {
      issues.push({ ruleId: 'parse', messageId: 'depthLimit', data: { limit: limits.maxDepth }, place: { offset: 0 } });
      return none();
    }
    throw error;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (!Array.isArray(docs)) docs = [];

  const [doc, ...more] = docs;
  if (more.length) {
    const second = more[0]!;
    issues.push({ ruleId: 'parse', messageId: 'multipleDocuments', data: { count: docs.length }, place: { offset: second.range[0] } });
  }
  for (const d of docs) {
    const unclosed = unclosedOpeners(d, text);
    for (const e of d.errors) {
      const opener = unclosed.get(e);
      // null: the error follows from another unclosed opener, which is reported instead.
      if (opener !== null) issues.push(opener ?? yamlIssue(e, limits.maxDepth));
    }
    for (const w of d.warnings) issues.push(yamlIssue(w, limits.maxDepth));
    duplicateKeys(d, issues);
  }
  if (!doc || doc.contents === null) {
    if (!issues.length) issues.push({ ruleId: 'parse', messageId: 'empty', place: { offset: 0 } });
    return none();
  }
  if (issues.length) return { text, lineCounter, doc, data: undefined, issues };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError) {
      issues.push({ ruleId: 'parse', messageId: 'depthLimit', data: { limit: limits.maxDepth }, place: { offset: 0 } });
    } else if (error instanceof ReferenceError) {
      // yaml throws ReferenceError for an excessive alias count (resource exhaustion guard)
      // and for an alias to an anchor that does not exist.
      const excessive = /alias count/i.test(error.message);
      issues.push({
        ruleId: 'parse',
        messageId: excessive ? 'aliasLimit' : 'badAlias',
        data: { limit: limits.maxAliasCount },
        place: { offset: firstAlias(text) },
      });
    } else throw error;
    return { text, lineCounter, doc, data: undefined, issues };
  }
  const nested = dataDepth(data, limits.maxDepth);
  if (nested > limits.maxDepth) {
    issues.push({ ruleId: 'parse', messageId: 'depthLimit', data: { limit: limits.maxDepth }, place: { offset: 0 } });
    return { text, lineCounter, doc, data: undefined, issues };
  }
  return { text, lineCounter, doc, data, issues };
}

/** One issue per key that repeats an earlier key of the same map. */
function duplicateKeys(doc: Document.Parsed, issues: Issue[]): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          const key = String(pair.key.value);
          if (seen.has(key)) {
            const range = pair.key.range;
            issues.push({ ruleId: 'parse', messageId: 'duplicateKey', data: { code: 'DUPLICATE_KEY', detail: '' }, place: { offset: range?.[0] ?? 0, end: range?.[1] ?? 0 } });
          }
          seen.add(key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
}

function firstAlias(text: string): number {
  const match = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text);
  return match ? match.index + match[1]!.length : 0;
}

function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

function yamlIssue(error: YAMLError, maxDepth: number): Issue {
  // Deep block nesting exhausts the parser's stack; say what it means.
  if (/call stack/i.test(error.message)) return { ruleId: 'parse', messageId: 'depthLimit', data: { limit: maxDepth }, place: { offset: error.pos[0] } };
  const messageId = YAML_CODES[error.code] ?? 'syntax';
  const detail = error.message.split('\n')[0] ?? error.code;
  return {
    ruleId: 'parse',
    messageId,
    data: { code: error.code, detail: detail.replace(/ at line \d+, column \d+:?$/, '') },
    place: { offset: error.pos[0], end: error.pos[1] },
  };
}

// The library reports a quote or bracket that is never closed where the value it opened ends:
// at the end of the file, or at the next line indented too little to continue it, often many
// lines later and as an indentation problem. Its wording tells these errors apart from other
// MISSING_CHAR and BAD_INDENT errors (if it changes, the errors keep their old place); the
// character the value opens with is captured.
const UNCLOSED = /^(?:Missing closing (["'])quote|Flow (?:sequence|map) (?:in block collection )?must (?:be sufficiently indented and )?end with a ([\]}]))/;
const OPENER: Record<string, string> = { '"': '"', "'": "'", ']': '[', '}': '{' };
const CLOSER: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

interface Opener {
  offset: number;
  end: number;
  char: string;
  error: YAMLError;
  dropped: boolean;
}

/** For each error about a quote or bracket that is never closed: an issue at the place where it
 * opens (found as the quoted scalar or flow collection that ends where the error is), or null
 * when the error only follows from another one: a quote left open swallows the closing brackets
 * around it, and a bracket closed with the wrong character (`{a: 1]`) takes its parent's. Errors
 * not in the map keep their own issue. Linear in the size of the document. */
function unclosedOpeners(doc: Document.Parsed, text: string): Map<YAMLError, Issue | null> {
  const result = new Map<YAMLError, Issue | null>();
  // End offset → opening character → errors.
  const wanted = new Map<number, Map<string, YAMLError[]>>();
  for (const e of doc.errors) {
    if (e.code !== 'MISSING_CHAR' && e.code !== 'BAD_INDENT') continue;
    const match = UNCLOSED.exec(e.message);
    if (!match) continue;
    const char = OPENER[match[1] ?? match[2]!]!;
    let byChar = wanted.get(e.pos[0]);
    if (!byChar) wanted.set(e.pos[0], (byChar = new Map()));
    let errors = byChar.get(char);
    if (!errors) byChar.set(char, (errors = []));
    errors.push(e);
  }
  if (!wanted.size) return result;

  // Every quoted scalar and bracketed collection that ends at such an error.
  const candidates = new Map<number, Array<{ offset: number; char: string }>>();
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    let char = '';
    if (isScalar(node)) char = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
    else if (isSeq(node) || isMap(node)) {
      for (const item of node.items) stack.push(item);
      // A flow map can also be a pair in a flow sequence ([a: 1]), which has no brace.
      if (node.flow) char = isSeq(node) ? '[' : '{';
    }
    const range = (node as { range?: [number, number, number] | null } | null)?.range;
    if (!char || !range || text[range[0]] !== char || !wanted.get(range[1])?.has(char)) continue;
    const list = candidates.get(range[1]) ?? [];
    list.push({ offset: range[0], char });
    candidates.set(range[1], list);
  }

  // Several values can end at the same place: closed ones inside (`[[1]`: the inner `[`), unclosed
  // ones around them. The outermost are the unclosed ones, one per error.
  const openers: Opener[] = [];
  for (const [end, byChar] of wanted) {
    const found = (candidates.get(end) ?? []).sort((a, b) => a.offset - b.offset);
    for (const [char, errors] of byChar) {
      const ofChar = found.filter((c) => c.char === char);
      for (let i = 0; i < errors.length && i < ofChar.length; i++) {
        openers.push({ offset: ofChar[i]!.offset, end, char, error: errors[i]!, dropped: false });
      }
    }
  }

  // Unclosed values nest or are apart; one pass in the order they open finds each one's parent.
  openers.sort((a, b) => a.offset - b.offset);
  const parents = new Map<Opener, Opener>();
  const open: Opener[] = [];
  for (const o of openers) {
    while (open.length && open.at(-1)!.end <= o.offset) open.pop();
    const parent = open.at(-1);
    if (parent) parents.set(o, parent);
    open.push(o);
  }
  for (const o of openers) {
    if (o.char === '"' || o.char === "'") {
      // The quote runs to the end of every unclosed bracket around it: their closers, if any,
      // are inside it. (Linear: those brackets end where the quote ends, so none of them is
      // around a second quote.)
      for (let p = parents.get(o); p; p = parents.get(p)) p.dropped = true;
    } else {
      // Ended by the other kind of closing bracket: that one was meant for the parent.
      let after = o.end;
      while (text[after] === ' ' || text[after] === '\t') after++;
      const parent = parents.get(o);
      if (parent && text[after] === (o.char === '[' ? '}' : ']')) parent.dropped = true;
    }
  }
  for (const o of openers) {
    const issue: Issue | null = o.dropped
      ? null
      : {
          ruleId: 'parse',
          messageId: o.char === '"' || o.char === "'" ? 'unclosedQuote' : 'unclosedBracket',
          data: { open: o.char, close: CLOSER[o.char]! },
          place: { offset: o.offset, end: o.offset + 1 },
        };
    result.set(o.error, issue);
  }
  return result;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pointerOf(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

// Key → pair per map, built once: a file with thousands of keys and hundreds of findings would
// otherwise search every map once per finding.
const PAIR_INDEX = new WeakMap<object, Map<string, Pair>>();
type Pair = { key: unknown; value: unknown };

function pairIndex(node: { items: unknown[] }, isPair: (n: unknown) => boolean, isScalar: (n: unknown) => boolean): Map<string, Pair> {
  let index = PAIR_INDEX.get(node);
  if (!index) {
    index = new Map();
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const pair = item as Pair;
      if (!isScalar(pair.key)) continue;
      const key = String((pair.key as { value: unknown }).value);
      if (!index.has(key)) index.set(key, pair);
    }
    PAIR_INDEX.set(node, index);
  }
  return index;
}

/** The character range of the node a pointer names, or of its deepest existing ancestor.
 * With `key`, the range of the map key whose value the pointer names. A whole list or map that
 * is the value of a key (`core:` and its seven values) is shown at its key, where a reader
 * looks, not at its first item. */
export function rangeOf(doc: Document.Parsed, pointer: string, key = false): [number, number] {
  let node: unknown = doc.contents;
  let range: [number, number] = [0, 0];
  const take = (n: unknown) => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    if (r) range = [r[0], r[1]];
  };
  take(node);
  const segments = pointerSegments(pointer);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = pairIndex(node, isPair, isScalar).get(segment);
      if (!pair) break;
      if ((last && key) || pair.value === null || pair.value === undefined) {
        take(pair.key);
        node = pair.value;
        if (last && key) break;
        continue;
      }
      node = pair.value;
      if (last && (isMap(node) || isSeq(node)) && !node.flow) take(pair.key);
      else take(node);
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) break;
      node = item;
      take(node);
    } else break;
  }
  return range;
}

/** A place in a file as a person reads it: 1-based, with the JSON pointer of the node when the
 * place names one. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  pointer: string;
}

/** Where an issue points, as 1-based line and column (with the end of its range, and the JSON
 * pointer when it names a node): the one translation of a Place for findings and for messages
 * about side files (answers, config). */
export function positionOf(loaded: Pick<Loaded, 'doc' | 'lineCounter'> | undefined, place: Place): Position {
  if ('line' in place) return { line: place.line, column: place.column, endLine: place.line, endColumn: place.column, pointer: '' };
  let start = 0;
  let end = 0;
  let pointer = '';
  if ('offset' in place) {
    start = place.offset;
    end = place.end ?? place.offset;
  } else {
    pointer = place.pointer;
    if (loaded?.doc) [start, end] = rangeOf(loaded.doc, place.pointer, place.key ?? false);
  }
  const pos = (offset: number) => (loaded ? loaded.lineCounter.linePos(offset) : { line: 1, col: 1 });
  const from = pos(start);
  const to = pos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, pointer };
}
