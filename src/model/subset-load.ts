// The fastest reader, for the YAML this project writes and people write by hand: block maps with
// plain keys, block lists, plain and one-line quoted scalars, `|` and `>` block scalars, one-line
// flow lists and maps of scalars, comments. One pass over the lines, no tokens, no nodes.
//
// Like the js-yaml path in fast-load.ts it only ever answers "here is the data" or "not sure":
// anything outside the subset, anything it would have to guess at, any problem at all is
// `undefined`, and a slower reader decides. Whatever it accepts, the positioned loader reads
// without an issue into equal data (test/fast-load.test.ts checks that on mutated files).

type Data = Record<string, unknown>;

/** Thrown to abandon the attempt; never leaves this module. */
const UNSURE = Symbol('unsure');

// Characters that have a meaning of their own or that the readers treat differently: control
// characters (tab and CR included), DEL and C1, byte order marks, line and paragraph separators,
// surrogates (a file decoded from UTF-8 has only pairs, which the other readers then check).
const AWKWARD = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\u2028\u2029\ud800-\udfff]/;
/** Characters that end a plain scalar in a flow collection, by code (a table, as the scan
 * looks at every character of the line). */
const FLOW_STOP = new Uint8Array(0x80);
for (const c of ',[]{}#') FLOW_STOP[c.charCodeAt(0)] = 1;
const KEY_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
// Numbers of the YAML 1.2 core schema the reader turns into numbers itself…
const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
// …and every other form the core schema may read as a number or a special value (signs, leading
// zeros, exponents, octal, hex, infinity, not-a-number; "1.2.3" too, to be safe): not sure.
const OTHER_NUMBER = /^[-+]?(?:[0-9.]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF))$|^\.(?:nan|NaN|NAN)$|^0[ox]/;

export function subsetLoad(text: string, maxDepth: number): Data | undefined {
  if (AWKWARD.test(text) || text.includes('__proto__')) return undefined;
  try {
    return new Reader(text, maxDepth).document();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** indexOf within [from, end): a search must never run past its line (that would make a file of
 * many lines quadratic). */
function indexOnLine(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

// text.indexOf(' #', from) and text.indexOf(': ', from), but searching for the character that
// is not the space: spaces are everywhere, and a search that stops at each of them does several
// times the work.
function commentAfter(text: string, from: number): number {
  for (let at = text.indexOf('#', from + 1); at !== -1; at = text.indexOf('#', at + 1)) {
    if (text.charCodeAt(at - 1) === 0x20) return at - 1;
  }
  return -1;
}

function colonSpaceAfter(text: string, from: number): number {
  for (let at = text.indexOf(':', from); at !== -1; at = text.indexOf(':', at + 1)) {
    if (text.charCodeAt(at + 1) === 0x20) return at;
  }
  return -1;
}

/** The colon after a plain key (a letter, then letters and digits) that starts at `from`, when
 * a space or the line's end follows it; else -1. */
function keyEnd(text: string, from: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, from + 65);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower case, for letters
    if (c >= 0x61 && c <= 0x7a) continue;
    const d = text.charCodeAt(i);
    if (d >= 0x30 && d <= 0x39 && i > from) continue;
    if (d !== 0x3a || i === from) return -1;
    return i + 1 === lineEnd || text.charCodeAt(i + 1) === 0x20 ? i : -1;
  }
  return -1;
}

function unsure(): never {
  throw UNSURE;
}

/** Line tables, kept between files: a reader runs to its end before the next one starts, and
 * one file's tables were the most the reader allocated. */
let starts: Int32Array = new Int32Array(1024);
let ends: Int32Array = new Int32Array(1024);
let indents: Int32Array = new Int32Array(1024);

function grown(table: Int32Array): Int32Array {
  const larger = new Int32Array(table.length * 2);
  larger.set(table);
  return larger;
}

class Reader {
  /** Start and end offsets of each line (end excludes the line feed), and leading spaces of
   * each line (-1 for a line that is blank or only a comment), in the shared tables. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  /** How many lines the text has. */
  private readonly lines: number;
  /** The current line. */
  private at = 0;
  /** The next ` #` and `: ` at or after the last plain scalar's start (-1: none left). */
  private commentAt = -2;
  private colonAt = -2;
  /** Where the scalar or flow collection read last ends (returning a pair would allocate one
   * per value). */
  private end = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    let lines = 0;
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end === -1) {
        if (start === text.length) break;
        end = text.length;
      }
      let i = start;
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      if (lines === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
        indents = grown(indents);
      }
      starts[lines] = start;
      ends[lines] = end;
      indents[lines] = i === end || text.charCodeAt(i) === 0x23 ? -1 : i - start;
      lines++;
      start = end + 1;
    }
    this.starts = starts;
    this.ends = ends;
    this.indents = indents;
    this.lines = lines;
  }

  document(): Data {
    const first = this.nextContent();
    if (first === -1 || this.indent(first) !== 0) unsure();
    const line = this.text.slice(this.starts[first]!, this.ends[first]!);
    // Directives, document markers and a top-level list are for the full reader.
    if (line.startsWith('---') || line.startsWith('...') || line.startsWith('%') || line.startsWith('-')) unsure();
    const data = this.map(0, 1);
    if (this.nextContent() !== -1) unsure();
    return data;
  }

  /** Index of the next line with content (not blank, not only a comment), or -1; moves past
   * the skipped lines. */
  private nextContent(): number {
    const { indents } = this;
    while (this.at < this.lines) {
      if (indents[this.at]! !== -1) return this.at;
      this.at++;
    }
    return -1;
  }

  /** Leading spaces of a line (of any kind). */
  private indent(line: number): number {
    const known = this.indents[line]!;
    if (known !== -1) return known;
    const { text } = this;
    const start = this.starts[line]!;
    let i = start;
    while (text.charCodeAt(i) === 0x20) i++;
    return i - start;
  }

  /** A block map whose keys start at column `indent`; the current line holds its first key. */
  private map(indent: number, depth: number, firstKeyAt?: number): Data {
    if (depth > this.maxDepth) unsure();
    const data: Data = {};
    let keys = 0;
    let keyAt = firstKeyAt;
    for (;;) {
      if (keyAt === undefined) {
        const line = this.nextContent();
        if (line === -1) break;
        const lineIndent = this.indent(line);
        if (lineIndent < indent) break;
        if (lineIndent > indent) unsure();
        keyAt = this.starts[line]! + lineIndent;
      }
      const lineEnd = this.ends[this.at]!;
      const colon = keyEnd(this.text, keyAt, lineEnd);
      if (colon === -1) {
        // A list at the map's own indentation ends a map that is a list item's; anything else
        // is not a key.
        if (this.text.startsWith('-', keyAt)) break;
        unsure();
      }
      const key = this.text.slice(keyAt, colon);
      if (colon - keyAt <= 5 && KEY_WORDS.has(key)) unsure();
      data[key] = this.value(colon + 1, indent, depth, true);
      keys++;
      keyAt = undefined;
    }
    // A key given twice leaves fewer keys than assignments (counted, as a lookup per key costs
    // more than one count per map).
    if (Object.keys(data).length !== keys) unsure();
    return data;
  }

  /** A block list whose dashes are at column `indent`; the current line holds the first dash. */
  private list(indent: number, depth: number): unknown[] {
    if (depth > this.maxDepth) unsure();
    const items: unknown[] = [];
    for (;;) {
      const line = this.nextContent();
      if (line === -1) break;
      const lineIndent = this.indent(line);
      if (lineIndent < indent) break;
      if (lineIndent > indent) unsure();
      const dash = this.starts[line]! + lineIndent;
      const lineEnd = this.ends[line]!;
      if (this.text.charCodeAt(dash) !== 0x2d) break;
      if (dash + 1 < lineEnd && this.text.charCodeAt(dash + 1) !== 0x20) break;
      // `- key: value`: a map starting on the dash's line, its keys at the column after it.
      let content = dash + 1;
      while (content < lineEnd && this.text.charCodeAt(content) === 0x20) content++;
      if (keyEnd(this.text, content, lineEnd) !== -1) items.push(this.map(content - this.starts[line]!, depth + 1, content));
      else items.push(this.value(dash + 1, indent, depth, false));
    }
    return items;
  }

  /**
   * The value after a key's colon or a list's dash at `from` on the current line; `owner` is
   * the column of that key or dash. Leaves the current line past everything the value took.
   */
  private value(from: number, owner: number, depth: number, ofKey: boolean): unknown {
    const { text } = this;
    const lineEnd = this.ends[this.at]!;
    let i = from;
    while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    // Nothing (or only a comment) on the line: a nested block, or null.
    if (i === lineEnd || (text.charCodeAt(i) === 0x23 && i > from)) {
      this.at++;
      const next = this.nextContent();
      if (next === -1) return null;
      const nextIndent = this.indent(next);
      const nextStart = this.starts[next]! + nextIndent;
      const isDash = text.charCodeAt(nextStart) === 0x2d && (nextStart + 1 === this.ends[next] || text.charCodeAt(nextStart + 1) === 0x20);
      if (nextIndent > owner) return isDash ? this.list(nextIndent, depth + 1) : this.map(nextIndent, depth + 1);
      // A key's list may sit at the key's own indentation.
      if (nextIndent === owner && ofKey && isDash) return this.list(nextIndent, depth + 1);
      return null;
    }
    const c = text[i]!;
    let value: unknown;
    if (c === '|' || c === '>') return this.blockScalar(i, owner);
    if (c === '"' || c === "'") value = this.quoted(i, lineEnd);
    else if (c === '[' || c === '{') {
      if (depth + 1 > this.maxDepth) unsure();
      value = this.flow(i, lineEnd);
    } else value = this.plain(i, lineEnd);
    const end = this.end;
    // After the value: spaces, then the end of the line or a comment.
    let j = end;
    while (j < lineEnd && text.charCodeAt(j) === 0x20) j++;
    if (j < lineEnd && !(text.charCodeAt(j) === 0x23 && j > end)) unsure();
    this.at++;
    // A more indented line after a one-line value would continue it (or be an error).
    const next = this.nextContent();
    if (next !== -1 && this.indent(next) > owner) unsure();
    return value;
  }

  /** `value`, noting that it ends at `end`. */
  private ended<T>(value: T, end: number): T {
    this.end = end;
    return value;
  }

  /** A plain scalar in block context, up to a comment or the line's end. */
  private plain(from: number, lineEnd: number): unknown {
    const { text } = this;
    const c = text[from]!;
    // Indicators a plain scalar cannot start with (or that need care: `-`, `?`, `:`).
    if ('-?:,[]{}#&*!|>\'"%@`'.includes(c)) {
      const second = text.charCodeAt(from + 1);
      if (!((c === '-' || c === '?' || c === ':') && from + 1 < lineEnd && second !== 0x20)) unsure();
      if (c !== '-') unsure();
    }
    // Searches that run ahead are kept: values come in the order of the text, so each search
    // covers new ground and a file costs one pass.
    if (this.commentAt !== -1 && this.commentAt < from) this.commentAt = commentAfter(text, from);
    let end = this.commentAt !== -1 && this.commentAt < lineEnd ? this.commentAt : lineEnd;
    while (end > from && text.charCodeAt(end - 1) === 0x20) end--;
    if (this.colonAt !== -1 && this.colonAt < from) this.colonAt = colonSpaceAfter(text, from);
    if ((this.colonAt !== -1 && this.colonAt + 1 < end) || text.charCodeAt(end - 1) === 0x3a) unsure();
    return this.ended(scalar(text.slice(from, end)), end);
  }

  /** A quoted scalar that closes on its line. */
  private quoted(from: number, lineEnd: number): string {
    const { text } = this;
    const q = text[from]!;
    let out = '';
    let i = from + 1;
    for (;;) {
      const close = indexOnLine(text, q.charCodeAt(0), i, lineEnd);
      if (close === -1) unsure();
      if (q === "'") {
        out += text.slice(i, close);
        if (text[close + 1] !== "'") return this.ended(out, close + 1);
        out += "'";
        i = close + 2;
        continue;
      }
      const slash = indexOnLine(text, 0x5c, i, close);
      if (slash === -1) {
        out += text.slice(i, close);
        return this.ended(out, close + 1);
      }
      out += text.slice(i, slash);
      out += escaped(text, slash, lineEnd);
      i = slash + (text[slash + 1] === 'u' ? 6 : 2);
    }
  }

  /** A one-line flow list or map of scalars. */
  private flow(from: number, lineEnd: number): unknown {
    const { text } = this;
    const isMap = text[from] === '{';
    const closer = isMap ? '}' : ']';
    const map: Data = {};
    const list: unknown[] = [];
    let i = from + 1;
    const skip = () => {
      while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    };
    skip();
    if (text[i] === closer) return this.ended(isMap ? map : list, i + 1);
    for (;;) {
      skip();
      let key = '';
      if (isMap) {
        const colon = keyEnd(text, i, lineEnd);
        if (colon === -1 || colon + 1 === lineEnd) unsure();
        key = text.slice(i, colon);
        if (KEY_WORDS.has(key) || Object.hasOwn(map, key)) unsure();
        i = colon + 1;
        skip();
      }
      let value: unknown;
      const c = text[i];
      if (c === '"' || c === "'") {
        value = this.quoted(i, lineEnd);
        i = this.end;
      } else {
        let end = i;
        while (end < lineEnd) {
          const code = text.charCodeAt(end);
          if (code < 0x80 && FLOW_STOP[code] === 1) break;
          end++;
        }
        const raw = text.slice(i, end).trimEnd();
        // `yaml` keeps spaces before a comma in some places ("[a , 'b']" has "a "): a space is
        // accepted only before the closing bracket.
        const spaces = end - i - raw.length;
        if (spaces > 1 || (spaces === 1 && text[end] !== closer)) unsure();
        if (!raw || raw.includes(': ') || raw.endsWith(':') || '-?:&*!|>\'"%@`'.includes(raw[0]!)) unsure();
        value = scalar(raw);
        i = end;
      }
      if (isMap) map[key] = value;
      else list.push(value);
      skip();
      const next = text[i];
      if (next === closer) return this.ended(isMap ? map : list, i + 1);
      if (next !== ',' || text.charCodeAt(i + 1) !== 0x20) unsure();
      i++;
    }
  }

  /** `|` or `>` with an optional `-`, its lines more indented than `owner`. */
  private blockScalar(from: number, owner: number): string {
    const { text } = this;
    const lineEnd = this.ends[this.at]!;
    const header = text.slice(from, lineEnd);
    if (header !== '|' && header !== '>' && header !== '|-' && header !== '>-') unsure();
    const literal = header[0] === '|';
    const strip = header.length === 2;
    this.at++;
    const lines: string[] = [];
    let indent = -1;
    let trailingBlank = 0;
    while (this.at < this.lines) {
      const start = this.starts[this.at]!;
      const end = this.ends[this.at]!;
      if (start === end) {
        // An empty line: part of the scalar if content follows.
        lines.push('');
        trailingBlank++;
        this.at++;
        continue;
      }
      const lineIndent = this.indent(this.at);
      if (start + lineIndent === end) unsure(); // a line of spaces only
      if (indent === -1) {
        if (lineIndent <= owner) break;
        if (lines.length) unsure(); // empty lines before the first content line
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      if (lineIndent > indent && !literal) unsure();
      if (text.charCodeAt(end - 1) === 0x20) unsure(); // trailing spaces
      lines.push(text.slice(start + indent, end));
      trailingBlank = 0;
      this.at++;
    }
    if (indent === -1) unsure();
    const content = lines.slice(0, lines.length - trailingBlank);
    let out = '';
    if (literal) out = content.join('\n');
    else {
      for (let k = 0; k < content.length; k++) {
        const line = content[k]!;
        if (k === 0) out = line;
        else if (line === '') out += '\n';
        else out += content[k - 1] === '' ? line : ' ' + line;
      }
    }
    // Trailing empty lines belong to what follows; step back so the structure sees them.
    this.at -= trailingBlank;
    const next = this.nextContent();
    if (next !== -1 && this.indent(next) > owner) unsure();
    return strip ? out : out + '\n';
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };

/** The character a double-quoted escape at `at` stands for; the rare ones are not sure. */
function escaped(text: string, at: number, lineEnd: number): string {
  const c = text[at + 1];
  if (c === undefined || at + 1 >= lineEnd) unsure();
  const simple = ESCAPES[c];
  if (simple !== undefined) return simple;
  if (c !== 'u') unsure();
  const hex = text.slice(at + 2, at + 6);
  if (at + 6 > lineEnd || !/^[0-9a-fA-F]{4}$/.test(hex)) unsure();
  const code = parseInt(hex, 16);
  // Surrogates and control characters: let the other readers decide.
  if ((code >= 0xd800 && code <= 0xdfff) || code < 0x20 || (code >= 0x7f && code <= 0x9f)) unsure();
  return String.fromCharCode(code);
}

/** A plain scalar as the YAML 1.2 core schema reads it, or not sure. */
function scalar(raw: string): unknown {
  // Most text starts with a letter no special value starts with.
  if (!'0123456789-+.~nNtTfF'.includes(raw[0]!)) return raw;
  switch (raw) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  if (INT.test(raw) || FLOAT.test(raw)) return Number(raw);
  if (OTHER_NUMBER.test(raw)) unsure();
  return raw;
}
