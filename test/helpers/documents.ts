// Readers for the exported documents in tests: Markdown as a CommonMark + GFM parser sees it,
// markdownlint with the project's configuration, and a small strict HTML reader for what the
// templates write (no HTML parser is installed).
import { lint } from 'markdownlint/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

// --- Markdown as a CommonMark + GFM-tables parser reads it ---------------------------------

export interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

export function tree(markdown: string): Node {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
}

export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text a reader sees; `<br>` and line breaks count as spaces, block ends as newlines. */
export function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'html' || node.type === 'break') return ' ';
  const inner = (node.children ?? []).map(textOf).join('');
  return ['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote'].includes(node.type) ? `${inner}\n` : inner;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function headings(root: Node, depth: number): string[] {
  return [...walk(root)].filter((n) => n.type === 'heading' && n.depth === depth).map((n) => squash(textOf(n)));
}

export function tables(root: Node): string[][][] {
  return [...walk(root)]
    .filter((n) => n.type === 'table')
    .map((t) => (t.children ?? []).map((row) => (row.children ?? []).map((cell) => squash(textOf(cell)))));
}

/** How many nodes of each type: the document's structure, whatever its text says. */
export function census(root: Node): Record<string, number> {
  const count: Record<string, number> = {};
  for (const node of walk(root)) {
    if (node.type === 'text' || node.type === 'break' || (node.type === 'html' && node.value === '<br>')) continue;
    count[node.type] = (count[node.type] ?? 0) + 1;
  }
  return count;
}

/** Lines that announce something ("…:") but are not followed by the list, table or quote they
 * announce: the trace of a section or field rendered without its data. */
export function danglingLabels(markdown: string): string[] {
  const lines = markdown.split('\n');
  return lines.filter((line, i) => {
    if (!/:(\*\*)?$/.test(line)) return false;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    return next === undefined || lines[i + 1] !== '' || !/^(- |\| |> |\d+\. )/.test(next);
  });
}

// markdownlint with every rule on, except MD013 (line length: paragraphs are one line each) and
// MD033 (inline HTML) allowing `<br>` only: the same configuration as the philosophy document.
export const LINT_CONFIG = { default: true, MD013: false, MD033: { allowed_elements: ['br'] } };

export function lintFindings(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: LINT_CONFIG });
  return (results['doc'] ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

// --- HTML as a strict reader sees it ----------------------------------------------------------
// No HTML parser is installed, so this is a small, strict one for what our templates write:
// every element closed explicitly and properly nested, attribute values double-quoted, no `<`
// or `>` in text, every `&` a known character reference, and no nesting an HTML parser would
// repair (a block inside <p>, anything but <li> in a list, …). Whatever it accepts, a browser
// reads the same way; text from the file that broke out of its place would fail it.

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
export const RAW_TEXT = new Set(['style', 'title']);
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
export const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'span', 'strong', 'em', 'title']);
export const CHILDREN: Record<string, string[]> = {
  html: ['head', 'body'],
  ul: ['li'],
  ol: ['li'],
  dl: ['dt', 'dd', 'div'],
  table: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot'],
  thead: ['tr'],
  tbody: ['tr'],
  tr: ['th', 'td'],
};
export const PARENTS: Record<string, string[]> = { li: ['ul', 'ol'], dt: ['dl', 'div'], dd: ['dl', 'div'], tr: ['thead', 'tbody', 'tfoot'], th: ['tr'], td: ['tr'] };
export const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decode(text: string, where: string): string {
  return text.replace(/&([^;\s&]*);?/g, (all, name: string) => {
    if (!all.endsWith(';')) throw new Error(`bare & in ${where}: ${JSON.stringify(text.slice(0, 80))}`);
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (/^#[0-9]+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    if (name in NAMED) return NAMED[name]!;
    throw new Error(`unknown character reference ${all} in ${where}`);
  });
}

export function parseHtml(html: string): Element {
  const doctype = /^<!doctype html>\s*/i.exec(html);
  if (!doctype) throw new Error('no <!doctype html> at the start');
  const root: Element = { tag: '#document', attrs: {}, children: [] };
  const stack: Element[] = [root];
  let i = doctype[0].length;
  const context = () => JSON.stringify(html.slice(Math.max(0, i - 60), i + 60));
  while (i < html.length) {
    const parent = stack[stack.length - 1]!;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) throw new Error(`unclosed comment at ${context()}`);
      i = end + 3;
    } else if (html.startsWith('</', i)) {
      const m = /^<\/([a-z][a-z0-9]*)>/.exec(html.slice(i, i + 40));
      if (!m) throw new Error(`bad end tag at ${context()}`);
      if (parent.tag !== m[1]) throw new Error(`</${m[1]}> closes <${parent.tag}> at ${context()}`);
      stack.pop();
      i += m[0].length;
    } else if (html[i] === '<') {
      const m = /^<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"<>]*")?)*)\s*>/.exec(html.slice(i));
      if (!m) throw new Error(`bad start tag or stray "<" at ${context()}`);
      const tag = m[1]!;
      const attrs: Record<string, string> = {};
      for (const a of m[2]!.matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} at ${context()}`);
        attrs[a[1]!] = decode(a[2] ?? '', `attribute ${a[1]}`);
      }
      if (PHRASING_ONLY.has(parent.tag) && BLOCK.has(tag)) throw new Error(`<${tag}> inside <${parent.tag}> at ${context()}`);
      if (CHILDREN[parent.tag] && !CHILDREN[parent.tag]!.includes(tag)) throw new Error(`<${tag}> inside <${parent.tag}> at ${context()}`);
      if (PARENTS[tag] && !PARENTS[tag]!.includes(parent.tag)) throw new Error(`<${tag}> inside <${parent.tag}> at ${context()}`);
      const element: Element = { tag, attrs, children: [] };
      parent.children.push(element);
      i += m[0].length;
      if (RAW_TEXT.has(tag)) {
        const end = html.indexOf(`</${tag}>`, i);
        if (end === -1) throw new Error(`unclosed <${tag}>`);
        const raw = html.slice(i, end);
        if (tag === 'title' && /[<>]/.test(raw)) throw new Error(`markup in <title>: ${raw}`);
        element.children.push(tag === 'title' ? decode(raw, 'title') : raw);
        i = end + tag.length + 3;
      } else if (!VOID.has(tag)) stack.push(element);
    } else {
      const end = html.indexOf('<', i) === -1 ? html.length : html.indexOf('<', i);
      const raw = html.slice(i, end);
      if (raw.includes('>')) throw new Error(`">" in text at ${context()}`);
      if (CHILDREN[parent.tag] && raw.trim() !== '') throw new Error(`text inside <${parent.tag}> at ${context()}`);
      parent.children.push(decode(raw, `<${parent.tag}>`));
      i = end;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed: ${stack.slice(1).map((e) => `<${e.tag}>`).join(' ')}`);
  return root;
}

export function* elements(node: Element): Generator<Element> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* elements(child);
}

export const byTag = (root: Element, tag: string) => [...elements(root)].filter((e) => e.tag === tag);
export const hasClass = (e: Element, name: string) => (e.attrs['class'] ?? '').split(/\s+/).includes(name);

export const INLINE = new Set(['a', 'b', 'code', 'em', 'i', 'small', 'span', 'strong']);

/** Visible text: <style> and <title> left out, a space around every element but inline ones. */
export function htmlText(node: Element | string): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'style' || node.tag === 'title' || node.tag === 'br') return ' ';
  const inner = node.children.map(htmlText).join('');
  return INLINE.has(node.tag) ? inner : ` ${inner} `;
}

export const text = (e: Element) => squash(htmlText(e));
export const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** A self-contained page: no script, no reference to anything outside the file. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const pattern of [/<script/i, /<link/i, /<img/i, /<iframe/i, /<object/i, /<embed/i, /\ssrc=/i, /\shref=/i, /@import/i, /url\(/i, /https?:\/\//i, /["'(]\/\//])
    if (pattern.test(html)) found.push(pattern.source);
  return found;
}

