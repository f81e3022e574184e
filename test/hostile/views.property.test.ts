// Issue 6, property test of the views: random text in every text field of a philosophy (the shape
// of the English example, each string replaced by text from test/arbitrary.ts: YAML and Markdown
// syntax, `{{`, `<script>`, control characters, right-to-left text, emoji) shows up literally in
//   - the Markdown document (templates/philosophy.md.hbs), checked by parsing it with mdast
//     (CommonMark + GFM tables) and reading its text nodes, and
//   - the HTML handout (templates/handout.html.hbs, as exported: with soft hyphens), checked by parsing it: parse5 is not
//     installed, so a small tokenizer here splits tags, comments and raw-text elements (style,
//     script) from text and decodes character references in the text (named &amp; &lt; &gt; &quot;
//     &apos; &nbsp;, decimal and hex), once, left to right, as a browser does. No tag may come from
//     the text: every tag name must be one the template writes for the plain example.
// Which fields a view shows is found first with a marker in every field (the handout leaves many
// out); every field the view shows must then show the random text.
import { CONTROL_CHARACTERS } from '../../src/model/constants.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildExportContext } from '../../src/export/context.js';
import { builtinMessages } from '../../src/render/messages.js';
import type { Philosophy } from '../../src/model/schema.js';
import { buildContext } from '../../src/render/context.js';
import { createEnvironment } from '../../src/render/engine.js';
import { hyphenateHtml } from '../../src/render/hyphenate.js';
import { text as randomText } from '../arbitrary.js';
import { ROOT } from '../e2e/run.js';

const RUNS = Number(process.env['PROPERTY_RUNS_VIEWS'] ?? 200);
const EXAMPLE = parse(readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8')) as Philosophy;
const environment = createEnvironment({ language: 'en', cwd: ROOT });

// --- the text fields of the model -------------------------------------------------------------------

type Path = Array<string | number>;

/** Keys whose strings are not free text: enum values, ids, dates, KPI references. */
const NOT_TEXT = new Set(['version', 'language', 'aim', 'sayingNo', 'reviewCadence', 'nextReview', 'id', 'op', 'direction', 'metrics']);

function textPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => textPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : textPaths(v, [...path, k])));
  }
  return [];
}

// The hiring benchmark names its value: it follows the value's name (below), it is not a field.
const PATHS = textPaths(EXAMPLE).filter((p) => !(p[0] === 'hiring' && p[3] === 'value'));

function setAt(root: unknown, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/** The example with the i-th text field set to texts[i]; the benchmark follows the value names. */
function modelWith(texts: readonly string[]): Philosophy {
  const model = structuredClone(EXAMPLE);
  PATHS.forEach((path, i) => setAt(model, path, texts[i]!));
  const names = new Map(EXAMPLE.values.core.map((v, i) => [v.name, model.values.core[i]!.name]));
  for (const entry of model.hiring?.benchmark ?? []) entry.value = names.get(entry.value) ?? entry.value;
  return model;
}

// A team, channel or feedback method whose text equals a catalog id is shown by its catalog name
// ("hr" → "HR"); a random text gets a prefix so that it never does.
const CATALOG_NAMED = (path: Path) => (path[0] === 'teams' && path[2] === 'team') || (path[1] === 'channels' && path[3] === 'name') || path[1] === 'methods';
const dressed = (texts: string[]) => texts.map((t, i) => (CATALOG_NAMED(PATHS[i]!) ? `X${t}` : t));

// --- reading the views ----------------------------------------------------------------------------------

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** The text of a Markdown document as a reader sees it; html (the cell's <br>) and breaks count as spaces. */
function markdownText(markdown: string): string {
  const root = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as MdNode;
  const parts: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'text') parts.push(node.value ?? '');
    else if (node.type === 'html' || node.type === 'break' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.type === 'html' ? ' ' : ` ${node.value ?? ''} `);
    for (const child of node.children ?? []) walk(child);
    if (node.type !== 'text') parts.push(' ');
  };
  walk(root);
  return parts.join('');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references once, left to right. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref] ?? all;
  });
}

/** Text nodes (decoded) and tag names of an HTML document. */
function readHtml(html: string): { text: string; tags: string[] } {
  const text: string[] = [];
  const tags: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    text.push(decodeEntities(html.slice(i, end)));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!tag) {
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        i = html.indexOf('>', lt) + 1 || html.length;
        continue;
      }
      // A "<" that opens no tag is text (a parser would say so too).
      text.push('<');
      i = lt + 1;
      continue;
    }
    // The end of the tag, skipping quoted attribute values.
    let j = lt + tag[0].length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const name = tag[2]!.toLowerCase();
    tags.push(`${tag[1]}${name}`);
    text.push(' ');
    i = j + 1;
    if (!tag[1] && (name === 'style' || name === 'script' || name === 'textarea' || name === 'title')) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      if (name === 'textarea' || name === 'title') text.push(decodeEntities(html.slice(i, close === -1 ? html.length : close)));
      i = close === -1 ? html.length : close;
    }
  }
  return { text: text.join(''), tags };
}

/** Whitespace as a reader sees it; NUL as a Markdown parser reads it (U+FFFD). */
const squash = (s: string) => s.replace(/\u0000/g, '\ufffd').replace(/\s+/g, ' ').trim();

// --- the views ------------------------------------------------------------------------------------------

const markdownOf = (model: Philosophy) => environment.render('philosophy.md.hbs', buildContext(model, 'random.yaml', 'philosophy test'));
// As `export` writes it: with soft hyphens at syllable breaks, which a reader does not see (the
// checks below take them out of both sides).
const handoutOf = (model: Philosophy) =>
  hyphenateHtml(environment.render('handout.html.hbs', buildExportContext(buildContext(model, 'random.yaml', 'philosophy test'), builtinMessages(model.language), { kind: 'handout' })), model.language);
const unhyphenated = (s: string) => s.replace(/\u00AD/g, '');

/** The fields a view shows: those whose marker appears in it. */
function shownFields(view: (model: Philosophy) => string, read: (output: string) => string): number[] {
  const markers = PATHS.map((_, i) => `Zq${i}qZ`);
  const seen = read(view(modelWith(markers)));
  return markers.flatMap((m, i) => (seen.includes(m) ? [i] : []));
}

const fieldName = (i: number) => PATHS[i]!.join('.');
// Control characters are a finding of their own (text-controls) and never reach a document, so
// the texts that must stay literal are the texts without them.
const CONTROLS = new RegExp(CONTROL_CHARACTERS.source, 'gu');
const texts = fc.array(randomText.map((t) => t.replace(CONTROLS, '')), { minLength: PATHS.length, maxLength: PATHS.length });

describe('random text in every field stays literal text in the views (fast-check)', () => {
  it('the model has text fields to fill', () => {
    expect(PATHS.length).toBeGreaterThan(100);
  });

  describe('Markdown document', () => {
    const shown = shownFields(markdownOf, markdownText);
    it('shows most fields of the example', () => {
      expect(shown.length).toBeGreaterThan(PATHS.length * 0.8);
    });

    it(`every shown field, literally, as mdast reads it (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(texts, (random) => {
          const values = dressed(random);
          const seen = squash(markdownText(markdownOf(modelWith(values))));
          const missing = shown.filter((i) => !seen.includes(squash(values[i]!))).map((i) => `${fieldName(i)}: ${JSON.stringify(values[i])}`);
          expect(missing).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  });

  // The handout is one template for both languages (templates/handout.html.hbs) since the
  // per-language copies went away; it is found as the export finds it, and a missing one fails.
  describe('HTML handout', () => {
    const shown = shownFields(handoutOf, (html) => unhyphenated(readHtml(html).text));
    const templateTags = new Set(readHtml(handoutOf(EXAMPLE)).tags);

    it('shows the fields a handout needs', () => {
      expect(shown.length).toBeGreaterThan(30);
      for (const path of ['company.name', 'company.mission', 'vision.statement', 'values.core.0.name', 'values.core.0.action']) {
        expect(shown.map(fieldName), path).toContain(path);
      }
    });

    it(`every shown field, literally, in the decoded text nodes; no tag from the text (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(texts, (random) => {
          const values = dressed(random);
          const { text, tags } = readHtml(handoutOf(modelWith(values)));
          const seen = squash(unhyphenated(text));
          const missing = shown.filter((i) => !seen.includes(squash(unhyphenated(values[i]!)))).map((i) => `${fieldName(i)}: ${JSON.stringify(values[i])}`);
          expect(missing).toEqual([]);
          expect(tags.filter((t) => !templateTags.has(t))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  });
});
