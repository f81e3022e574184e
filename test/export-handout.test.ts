// The onboarding handout and the team sheets of `philosophy export`, in Markdown and HTML,
// English and German, with and without --team: what they say for the two examples (golden
// files), their structure as a CommonMark parser and a strict HTML reader see it, markdownlint,
// self-contained HTML with every piece of text from the file escaped exactly where it belongs,
// the --team variants, and sections without data left out.
// `UPDATE_GOLDEN=1 npx vitest run test/export-handout.test.ts` rewrites the golden files after
// an intended change; read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { lint } from 'markdownlint/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildExportContext, findTeamView, type ExportContext } from '../src/export/context.js';
import type { Language } from '../src/model/constants.js';
import type { Philosophy } from '../src/model/schema.js';
import { buildContext } from '../src/render/context.js';
import { createEnvironment } from '../src/render/engine.js';
import { philosophy } from './arbitrary.js';

const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'export');
const EXAMPLES = ['acme-robotics', 'radwerk-berlin'] as const;
const KINDS = ['handout', 'team-sheet'] as const;
const FORMATS = ['md', 'html'] as const;
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

type Example = (typeof EXAMPLES)[number];
type Kind = (typeof KINDS)[number];
type Format = (typeof FORMATS)[number];

const environments = {
  en: createEnvironment({ language: 'en', cwd: ROOT }),
  de: createEnvironment({ language: 'de', cwd: ROOT }),
};

function example(name: Example): Philosophy {
  return parse(readFileSync(join(ROOT, 'philosophies', `${name}.yaml`), 'utf8')) as Philosophy;
}

/** What the export command hands the templates; `team` as a user would name it with --team,
 * or the index of the team in the model. */
function contextOf(model: Philosophy, team?: string | number, source = 'acme-robotics.yaml'): ExportContext {
  const base = buildContext(model, source, 'philosophy test');
  const view = team === undefined ? undefined : typeof team === 'number' ? base.teams[team] : findTeamView(base, team);
  if (team !== undefined && !view) throw new Error(`no team ${String(team)}`);
  return buildExportContext(base, view);
}

/** The engine's output: what `philosophy export` writes, without its stamp comment. */
function render(model: Philosophy, kind: Kind, format: Format, team?: string | number, source?: string): string {
  return environments[model.language].render(`${kind}.${format}.hbs`, contextOf(model, team, source));
}

function minimal(language: Language): Philosophy {
  return {
    version: 1,
    language,
    company: { name: 'Tiny Tools', mission: 'Tools that last.' },
    values: { core: [{ name: 'Honesty' }] },
    vision: { statement: 'Straight answers.' },
  } as Philosophy;
}

/** The command's file name for a team: its name in the document's language, as a slug. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const WORDS = {
  en: {
    handoutTitle: (company: string) => `Welcome to ${company}: how we do support`,
    handoutH2: ['Our purpose', 'Our support vision', 'Our values', 'Where customers reach us', 'What you decide on your own', 'When something clashes with this philosophy'],
    yourTeam: (team: string) => `Your team: ${team}`,
    sheetsTitle: (company: string) => `${company}: our support philosophy, team by team`,
    sheetTitle: (company: string, team: string) => `${company}: our support philosophy for ${team}`,
    valuesHeader: ['Value', 'What to do'],
    viaActivities: 'No direct metric: you contribute through your key activities',
    viaDailyWork: 'No direct metric: you contribute through your daily work',
    handoutViaActivities: 'None: you contribute through your key activities',
    noTeams: 'No teams are listed in this philosophy yet.',
  },
  de: {
    handoutTitle: (company: string) => `Willkommen bei ${company}: so machen wir Support`,
    handoutH2: ['Unser Zweck', 'Unsere Support-Vision', 'Unsere Werte', 'Wo uns die Kundschaft erreicht', 'Was du selbst entscheidest', 'Wenn etwas der Philosophie widerspricht'],
    yourTeam: (team: string) => `Dein Team: ${team}`,
    sheetsTitle: (company: string) => `${company}: unsere Support-Philosophie, Team für Team`,
    sheetTitle: (company: string, team: string) => `${company}: unsere Support-Philosophie für ${team}`,
    valuesHeader: ['Wert', 'Was zu tun ist'],
    viaActivities: 'Keine direkte Kennzahl: Ihr tragt mit euren Kernaufgaben dazu bei',
    viaDailyWork: 'Keine direkte Kennzahl: Ihr tragt mit eurer täglichen Arbeit dazu bei',
    handoutViaActivities: 'Keine: Ihr tragt mit euren Kernaufgaben dazu bei',
    noTeams: 'In dieser Philosophie sind noch keine Teams eingetragen.',
  },
} as const;

// --- Markdown as a CommonMark + GFM-tables parser reads it ---------------------------------

interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

function tree(markdown: string): Node {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }) as Node;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text a reader sees; `<br>` and line breaks count as spaces, block ends as newlines. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'html' || node.type === 'break') return ' ';
  const inner = (node.children ?? []).map(textOf).join('');
  return ['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote'].includes(node.type) ? `${inner}\n` : inner;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function headings(root: Node, depth: number): string[] {
  return [...walk(root)].filter((n) => n.type === 'heading' && n.depth === depth).map((n) => squash(textOf(n)));
}

function tables(root: Node): string[][][] {
  return [...walk(root)]
    .filter((n) => n.type === 'table')
    .map((t) => (t.children ?? []).map((row) => (row.children ?? []).map((cell) => squash(textOf(cell)))));
}

/** How many nodes of each type: the document's structure, whatever its text says. */
function census(root: Node): Record<string, number> {
  const count: Record<string, number> = {};
  for (const node of walk(root)) {
    if (node.type === 'text' || node.type === 'break' || (node.type === 'html' && node.value === '<br>')) continue;
    count[node.type] = (count[node.type] ?? 0) + 1;
  }
  return count;
}

/** Lines that announce something ("…:") but are not followed by the list, table or quote they
 * announce: the trace of a section or field rendered without its data. */
function danglingLabels(markdown: string): string[] {
  const lines = markdown.split('\n');
  return lines.filter((line, i) => {
    if (!/:(\*\*)?$/.test(line)) return false;
    const next = lines.slice(i + 1).find((l) => l.trim() !== '');
    return next === undefined || lines[i + 1] !== '' || !/^(- |\| |> |\d+\. )/.test(next);
  });
}

// markdownlint with every rule on, except MD013 (line length: paragraphs are one line each) and
// MD033 (inline HTML) allowing `<br>` only: the same configuration as the philosophy document.
const LINT_CONFIG = { default: true, MD013: false, MD033: { allowed_elements: ['br'] } };

function lintFindings(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: LINT_CONFIG });
  return (results['doc'] ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

// --- HTML as a strict reader sees it ----------------------------------------------------------
// No HTML parser is installed, so this is a small, strict one for what our templates write:
// every element closed explicitly and properly nested, attribute values double-quoted, no `<`
// or `>` in text, every `&` a known character reference, and no nesting an HTML parser would
// repair (a block inside <p>, anything but <li> in a list, …). Whatever it accepts, a browser
// reads the same way; text from the file that broke out of its place would fail it.

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['style', 'title']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
const PHRASING_ONLY = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'span', 'strong', 'em', 'title']);
const CHILDREN: Record<string, string[]> = {
  html: ['head', 'body'],
  ul: ['li'],
  ol: ['li'],
  dl: ['dt', 'dd', 'div'],
  table: ['caption', 'colgroup', 'thead', 'tbody', 'tfoot'],
  thead: ['tr'],
  tbody: ['tr'],
  tr: ['th', 'td'],
};
const PARENTS: Record<string, string[]> = { li: ['ul', 'ol'], dt: ['dl', 'div'], dd: ['dl', 'div'], tr: ['thead', 'tbody', 'tfoot'], th: ['tr'], td: ['tr'] };
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string, where: string): string {
  return text.replace(/&([^;\s&]*);?/g, (all, name: string) => {
    if (!all.endsWith(';')) throw new Error(`bare & in ${where}: ${JSON.stringify(text.slice(0, 80))}`);
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (/^#[0-9]+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    if (name in NAMED) return NAMED[name]!;
    throw new Error(`unknown character reference ${all} in ${where}`);
  });
}

function parseHtml(html: string): Element {
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

function* elements(node: Element): Generator<Element> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* elements(child);
}

const byTag = (root: Element, tag: string) => [...elements(root)].filter((e) => e.tag === tag);
const hasClass = (e: Element, name: string) => (e.attrs['class'] ?? '').split(/\s+/).includes(name);

const INLINE = new Set(['a', 'b', 'code', 'em', 'i', 'small', 'span', 'strong']);

/** Visible text: <style> and <title> left out, a space around every element but inline ones. */
function htmlText(node: Element | string): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'style' || node.tag === 'title' || node.tag === 'br') return ' ';
  const inner = node.children.map(htmlText).join('');
  return INLINE.has(node.tag) ? inner : ` ${inner} `;
}

const text = (e: Element) => squash(htmlText(e));
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** A self-contained page: no script, no reference to anything outside the file. */
function externalReferences(html: string): string[] {
  const found: string[] = [];
  for (const pattern of [/<script/i, /<link/i, /<img/i, /<iframe/i, /<object/i, /<embed/i, /\ssrc=/i, /\shref=/i, /@import/i, /url\(/i, /https?:\/\//i, /["'(]\/\//])
    if (pattern.test(html)) found.push(pattern.source);
  return found;
}

// --- 1. golden files ------------------------------------------------------------------------

// Each example without a team and with one: acme's sales team has no metric that also measures
// a value, radwerk's product team has several (and a custom KPI).
const GOLDEN_CASES: Array<[Example, Kind, string | undefined]> = [
  ['acme-robotics', 'handout', undefined],
  ['acme-robotics', 'handout', 'sales'],
  ['radwerk-berlin', 'handout', undefined],
  ['radwerk-berlin', 'handout', 'product'],
  ['acme-robotics', 'team-sheet', undefined],
  ['acme-robotics', 'team-sheet', 'sales'],
  ['radwerk-berlin', 'team-sheet', undefined],
  ['radwerk-berlin', 'team-sheet', 'product'],
];

describe('handout and team sheets: golden files', () => {
  if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  for (const format of FORMATS) {
    it.each(GOLDEN_CASES)(`%s %s (team %s) renders exactly as its golden ${format} file`, (name, kind, team) => {
      const model = example(name);
      const context = contextOf(model, team, `${name}.yaml`);
      const output = environments[model.language].render(`${kind}.${format}.hbs`, context);
      // The file name the command would write: FILE-KIND[-TEAM].FORMAT.
      const file = join(GOLDEN, `${name}-${kind}${context.team ? `-${slug(context.team.name)}` : ''}.${format}`);
      if (UPDATE) writeFileSync(file, output);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(output).toBe(readFileSync(file, 'utf8'));
    });
  }
});

// --- 2. Markdown: structure and markdownlint ------------------------------------------------

describe('handout, Markdown: structure', () => {
  it.each(EXAMPLES)('%s: one title, the sections in order, a subsection per value, the channels table', (name) => {
    const model = example(name);
    const words = WORDS[model.language];
    const output = render(model, 'handout', 'md');
    const root = tree(output);
    expect(headings(root, 1)).toEqual([words.handoutTitle(model.company.name)]);
    expect(headings(root, 2)).toEqual(words.handoutH2);
    expect(headings(root, 3)).toEqual(model.values.core.map((v, i) => `${i + 1}. ${v.name}`));
    const [channels, ...more] = tables(root);
    expect(more).toEqual([]);
    expect(channels!.slice(1).map((row) => row[0])).toHaveLength(model.needs!.channels!.length);
    // Every value's action, behaviours, what we won't do and KPIs with their definitions.
    const shown = squash(textOf(root));
    for (const value of model.values.core) {
      for (const line of [value.action!, ...value.behaviours!, ...value.notThis!]) expect(shown).toContain(squash(line));
    }
    const context = contextOf(model);
    for (const kpi of context.values.flatMap((v) => v.kpis)) {
      expect(shown).toContain(kpi.label);
      expect(shown).toContain(kpi.target!);
      expect(shown).toContain(squash(kpi.definition!));
    }
    expect(shown).toContain(squash(model.feedback!.conflictPolicy!));
    expect(shown).toContain(squash(model.empowerment!.escalation!));
    // Never a level skipped.
    const depths = [...walk(root)].filter((n) => n.type === 'heading').map((n) => n.depth!);
    depths.forEach((d, i) => expect(d - (depths[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('words who approves a no in the language of the document', () => {
    expect(render(example('acme-robotics'), 'handout', 'md')).toContain('Never say no to a customer on your own: every no needs the approval of leadership.');
    expect(render(example('radwerk-berlin'), 'handout', 'md')).toContain('Ein Nein an Kundinnen oder Kunden sprichst du nie allein aus: Vorher muss die Teamleitung zustimmen.');
  });
});

describe('team sheets, Markdown: structure', () => {
  it.each(EXAMPLES)('%s: one title, a section per team, each with a row per value', (name) => {
    const model = example(name);
    const words = WORDS[model.language];
    const root = tree(render(model, 'team-sheet', 'md'));
    const context = contextOf(model);
    expect(headings(root, 1)).toEqual([words.sheetsTitle(model.company.name)]);
    expect(headings(root, 2)).toEqual(context.teams.map((t) => t.name));
    expect(headings(root, 3)).toEqual([]);
    const all = tables(root);
    expect(all).toHaveLength(model.teams!.length);
    for (const [i, table] of all.entries()) {
      expect(table[0]!.slice(0, 2)).toEqual(words.valuesHeader);
      expect(table.slice(1).map((row) => row[0])).toEqual(model.values.core.map((v) => v.name));
      expect(table.slice(1).map((row) => row[1])).toEqual(model.values.core.map((v) => v.action));
      // The third column: the team's metrics that measure the value, or how it contributes.
      context.sheets[i]!.values.forEach((value, v) => {
        const cell = table[v + 1]![2]!;
        if (value.metrics.length === 0) expect(cell).toBe(words.viaActivities);
        else for (const metric of value.metrics) expect(cell).toContain(`${metric.label} ${metric.target}`);
      });
    }
  });

  it("lists a team's metrics with their definitions, and how a value is measured in the team", () => {
    const output = render(example('acme-robotics'), 'team-sheet', 'md');
    expect(output).toContain('- Customer satisfaction score (CSAT). The share of surveyed customers who say they were satisfied with an interaction.');
    expect(output).toContain('| Integrity | Say what you mean. Mean what you say. | Net Promoter Score (NPS) ≥ 50 points |');
    const de = render(example('radwerk-berlin'), 'team-sheet', 'md', 'product');
    expect(de).toContain('| Verantwortung | Ich bleibe dran, bis das Rad wieder rollt. | Ausfallzeit pro Schaden (DOWNTIME) ≤ 2 Tage |');
    expect(de).toContain('- Ausfallzeit pro Schaden (DOWNTIME). Wie viele Tage jemand nach einer Schadensmeldung ohne fahrbereites Rad auskommen muss.');
  });
});

describe('Markdown: markdownlint and announced content', () => {
  const cases = EXAMPLES.flatMap((name) => KINDS.flatMap((kind) => [[name, kind, undefined], [name, kind, 'support'], [name, kind, 'leadership']] as const));
  it.each(cases)('%s %s (team %s): no findings, nothing announced without content', (name, kind, team) => {
    const output = render(example(name), kind, 'md', team);
    expect(lintFindings(output)).toEqual([]);
    expect(danglingLabels(output)).toEqual([]);
  });

  it.each(EXAMPLES)('%s: the stamp line the command adds keeps markdownlint happy', (name) => {
    const output = `<!-- philosophy:generated from ${name}.yaml digest=0123456789abcdef; edit ${name}.yaml and run \`philosophy export\` -->\n${render(example(name), 'handout', 'md')}`;
    expect(lintFindings(output)).toEqual([]);
  });
});

// --- 3. HTML: strict structure, self-contained, escaped ---------------------------------------

describe('HTML: structure', () => {
  const cases = EXAMPLES.flatMap((name) => KINDS.flatMap((kind) => [[name, kind, undefined], [name, kind, 'sales']] as const));
  it.each(cases)('%s %s (team %s): strict HTML, the language set, self-contained', (name, kind, team) => {
    const model = example(name);
    const html = render(model, kind, 'html', team);
    const root = parseHtml(html);
    const [page] = byTag(root, 'html');
    expect(page!.attrs['lang']).toBe(model.language);
    expect(byTag(root, 'html')).toHaveLength(1);
    expect(byTag(root, 'h1')).toHaveLength(1);
    expect(byTag(root, 'meta').some((m) => m.attrs['name'] === 'viewport')).toBe(true);
    const [title] = byTag(root, 'title').map((t) => t.children.join(''));
    expect(title).toMatch(new RegExp(`^${model.company.name} – .+`));
    expect(externalReferences(html)).toEqual([]);
  });

  it.each(EXAMPLES)('%s handout: the sections in order, a card per value, its lists and KPIs', (name) => {
    const model = example(name);
    const words = WORDS[model.language];
    const root = parseHtml(render(model, 'handout', 'html'));
    expect(byTag(root, 'h1').map(text)).toEqual([words.handoutTitle(model.company.name)]);
    expect(byTag(root, 'h2').map(text)).toEqual(words.handoutH2);
    const cards = byTag(root, 'article').filter((e) => hasClass(e, 'card') && hasClass(e, 'keep'));
    expect(cards.map((c) => text(byTag(c, 'h3')[0]!))).toEqual(model.values.core.map((v, i) => `${i + 1}. ${v.name}`));
    const context = contextOf(model);
    cards.forEach((card, i) => {
      const value = context.values[i]!;
      expect(byTag(card, 'p').filter((p) => hasClass(p, 'action')).map(text)).toEqual([value.action]);
      const lists = byTag(card, 'dd').map((dd) => byTag(dd, 'li').map(text));
      expect(lists).toEqual([value.behaviours.map(squash), value.notThis.map(squash), value.kpis.map((k) => squash(`${k.label}, ${model.language === 'de' ? 'Ziel' : 'target'} ${k.target}. ${k.definition}`))]);
    });
    const [channels] = byTag(root, 'table');
    expect(byTag(channels!, 'tr')).toHaveLength(model.needs!.channels!.length + 1);
  });

  it.each(EXAMPLES)('%s team sheets: a <section class="sheet"> per team with its name, metrics and values', (name) => {
    const model = example(name);
    const root = parseHtml(render(model, 'team-sheet', 'html'));
    const context = contextOf(model);
    const sheets = byTag(root, 'section').filter((e) => hasClass(e, 'sheet'));
    expect(sheets.map((s) => text(byTag(s, 'h2')[0]!))).toEqual(context.teams.map((t) => t.name));
    sheets.forEach((sheet, i) => {
      const team = context.sheets[i]!;
      expect(byTag(sheet, 'li').map(text)).toEqual(team.metrics.map((m) => squash(`${m.label}. ${m.definition}`)));
      const rows = byTag(byTag(sheet, 'tbody')[0]!, 'tr').map((tr) => byTag(tr, 'td').map(text));
      expect(rows.map((r) => r[0])).toEqual(model.values.core.map((v) => v.name));
      expect(rows.map((r) => r[1])).toEqual(model.values.core.map((v) => v.action));
      // Printed, each sheet stands on its own page: it names the vision again.
      expect(text(sheet)).toContain(squash(model.vision.statement));
    });
  });
});

// Hostile text in every field the two documents show, each piece marked so it can be counted.
const HOSTILE = ['<script>alert(1)</script>', '</td></tr></table>', '{{x}} {{{y}}}', '"quotes" and \'single\'', '& amp &amp; &lt;', '</section><h2>x</h2>', '<!-- c -->', '`tick` a=b', 'a > b < c'];

interface Doc {
  kind: Kind;
  /** Index of the --team team in the model, if any. */
  team: number | undefined;
  model: Philosophy;
}

interface Planted {
  text: string;
  /** How often the text must show in a document: once per place it belongs to. */
  places: (doc: Doc) => number;
}

function hostileModel(name: Example): { model: Philosophy; planted: Planted[] } {
  const model = example(name);
  const planted: Planted[] = [];
  const next = (places: Planted['places']) => {
    const text = `${HOSTILE[planted.length % HOSTILE.length]} (${planted.length})`;
    planted.push({ text, places });
    return text;
  };
  const teams = () => model.teams ?? [];
  const sheetsOf = (doc: Doc) => (doc.team === undefined ? teams().map((_, i) => i) : [doc.team]);
  const teamHas = (t: number, id: string) => (teams()[t]!.metrics ?? []).includes(id);
  const handout = (n: number, withTeam = 0) => (doc: Doc) => (doc.kind === 'handout' ? n + (doc.team === undefined ? 0 : withTeam) : 0);
  const perSheet = (doc: Doc) => (doc.kind === 'team-sheet' ? sheetsOf(doc).length : 0);

  // title, heading, footer; each team sheet names the company again
  model.company.name = next((doc) => 3 + perSheet(doc));
  model.company.mission = next(handout(1));
  model.vision.statement = next((doc) => (doc.kind === 'handout' ? 1 : perSheet(doc)));
  const needs = model.needs!;
  needs.channels = needs.channels!.map(() => ({ name: next(handout(1)), hours: next(handout(1)), firstResponse: next(handout(1)) }));
  for (const value of model.values.core) {
    // The card, the --team table, every team sheet's table.
    value.name = next((doc) => handout(1, 1)(doc) + perSheet(doc));
    value.action = next((doc) => handout(1, 1)(doc) + perSheet(doc));
    value.behaviours = value.behaviours!.map(() => next(handout(1)));
    value.notThis = value.notThis!.map(() => next(handout(1)));
    for (const kpi of value.kpis!) {
      // The target, in the card and wherever a team's metric also measures the value.
      const id = kpi.id;
      kpi.target!.unit = next((doc) => {
        const teamsWith = sheetsOf(doc).filter((t) => teamHas(t, id)).length;
        return doc.kind === 'handout' ? 1 + (doc.team !== undefined && teamHas(doc.team, id) ? 1 : 0) : teamsWith;
      });
    }
  }
  model.empowerment!.decisions = model.empowerment!.decisions!.map(() => next(handout(1)));
  model.empowerment!.escalation = next(handout(1));
  model.feedback!.conflictPolicy = next(handout(1));
  teams().forEach((team, t) => {
    // Its heading; with --team also the title of the sheet.
    team.team = next((doc) => (doc.kind === 'handout' ? (doc.team === t ? 1 : 0) : (sheetsOf(doc).includes(t) ? 1 : 0) + (doc.team === t ? 1 : 0)));
    team.activities = next((doc) => (sheetsOf(doc).includes(t) && (doc.kind === 'team-sheet' || doc.team === t) ? 1 : 0));
  });
  for (const custom of model.customKpis!) {
    const id = custom.id;
    const valuesWith = model.values.core.filter((v) => v.kpis?.some((k) => k.id === id)).length;
    // Its name is part of its label: in the value cards, in a team's metrics and value table.
    custom.name = next((doc) => {
      const inTeams = sheetsOf(doc).filter((t) => teamHas(t, id)).length;
      if (doc.kind === 'handout') return valuesWith + (doc.team !== undefined && teamHas(doc.team, id) ? 1 + valuesWith : 0);
      return inTeams * (1 + valuesWith);
    });
    custom.definition = next((doc) => {
      if (doc.kind === 'handout') return valuesWith + (doc.team !== undefined && teamHas(doc.team, id) ? 1 : 0);
      return sheetsOf(doc).filter((t) => teamHas(t, id)).length;
    });
  }
  return { model, planted };
}

/** The teams of an example worth a --team case: one whose metrics measure a custom KPI, if any. */
const teamCases = (model: Philosophy) => [undefined, ...(model.teams ?? []).map((_, i) => i)];

describe('HTML: text from the file stays text', () => {
  for (const name of EXAMPLES) {
    const { model, planted } = hostileModel(name);
    const plain = example(name);
    for (const kind of KINDS) {
      it.each(teamCases(model))(`${name} ${kind} (team #%s): every piece escaped exactly where it belongs, never raw`, (team) => {
        const html = render(model, kind, 'html', team);
        const root = parseHtml(html);
        const doc: Doc = { kind, team, model };
        expect(planted.length).toBeGreaterThan(60);
        const wrong = planted
          .map((p) => ({ text: p.text, expected: p.places(doc), found: occurrences(html, Handlebars.escapeExpression(p.text)) }))
          .filter((p) => p.found !== p.expected);
        expect(wrong).toEqual([]);
        for (const p of planted) if (/[<>&"'`=]/.test(p.text)) expect(html.includes(p.text), p.text).toBe(false);
        // Read back, the text says what the file says, and the page has the structure of the plain one.
        const shown = text(root);
        for (const p of planted) if (p.places(doc) > 0) expect(shown).toContain(squash(p.text));
        const tags = (r: Element) => [...elements(r)].map((e) => e.tag).join(' ');
        expect(tags(root)).toBe(tags(parseHtml(render(plain, kind, 'html', team))));
        expect(externalReferences(html)).toEqual([]);
      });
    }
  }

  it('random models: always strict, self-contained HTML (100 runs)', () => {
    fc.assert(
      fc.property(philosophy, fc.nat(), (random, pick) => {
        const teams = random.teams ?? [];
        const team = teams.length && pick % 2 ? pick % teams.length : undefined;
        for (const kind of KINDS) {
          const html = render(random, kind, 'html', team);
          const root = parseHtml(html);
          expect(byTag(root, 'html')[0]!.attrs['lang']).toBe(random.language);
          expect(byTag(root, 'h1')).toHaveLength(1);
          expect(externalReferences(html)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('Markdown: text from the file stays text', () => {
  for (const name of EXAMPLES) {
    const { model, planted } = hostileModel(name);
    const plain = example(name);
    for (const kind of KINDS) {
      it.each([undefined, 1, 3])(`${name} ${kind} (team #%s): no structure from text, every piece shown literally`, (team) => {
        const output = render(model, kind, 'md', team);
        const root = tree(output);
        expect(census(root)).toEqual(census(tree(render(plain, kind, 'md', team))));
        const nodes = [...walk(root)];
        expect(nodes.filter((n) => n.type === 'html' && n.value !== '<br>')).toEqual([]);
        const shown = squash(textOf(root));
        const doc: Doc = { kind, team, model };
        for (const p of planted) expect(shown.includes(squash(p.text)), p.text).toBe(p.places(doc) > 0);
      });
    }
  }

  it('random models: never any structure from text (100 runs)', () => {
    fc.assert(
      fc.property(philosophy, (random) => {
        for (const kind of KINDS) {
          const root = tree(render(random, kind, 'md', random.teams?.length ? 0 : undefined));
          const nodes = [...walk(root)];
          expect(nodes.filter((n) => n.type === 'html' && n.value !== '<br>')).toEqual([]);
          for (const type of ['link', 'linkReference', 'image', 'definition', 'inlineCode', 'code', 'emphasis', 'thematicBreak']) {
            expect(nodes.filter((n) => n.type === type)).toEqual([]);
          }
          expect(nodes.filter((n) => n.type === 'heading' && n.depth === 1)).toHaveLength(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// --- 4. --team ------------------------------------------------------------------------------

describe('--team', () => {
  it('the handout for sales (acme) has a section on the team: activities, metrics, what each value asks', () => {
    const model = example('acme-robotics');
    const sales = model.teams!.find((t) => t.team === 'sales')!;
    for (const format of FORMATS) {
      const output = render(model, 'handout', format, 'sales');
      const shown = format === 'md' ? squash(textOf(tree(output))) : text(parseHtml(output));
      expect(shown).toContain(squash(sales.activities!));
      expect(shown).toContain('Sales-qualified leads (SQL)');
      expect(shown).toContain('The share of customers who stop buying or cancel during a period.');
      expect(shown).toContain(WORDS.en.handoutViaActivities);
      // …and the handout without a team has none of it.
      const without = render(model, 'handout', format);
      expect(without).not.toContain('Sales-qualified leads');
      expect(without).not.toContain(WORDS.en.yourTeam('Sales'));
    }
    const root = tree(render(model, 'handout', 'md', 'sales'));
    expect(headings(root, 2)).toEqual([...WORDS.en.handoutH2, WORDS.en.yourTeam('Sales')]);
    const teamTable = tables(root)[1]!;
    expect(teamTable.slice(1).map((row) => row[0])).toEqual(model.values.core.map((v) => v.name));
    expect(teamTable.slice(1).map((row) => row[1])).toEqual(model.values.core.map((v) => v.action));
  });

  it("the German handout for product (radwerk) names the team's metrics that measure each value", () => {
    const model = example('radwerk-berlin');
    const root = tree(render(model, 'handout', 'md', 'Produkt'));
    expect(headings(root, 2)).toEqual([...WORDS.de.handoutH2, WORDS.de.yourTeam('Produkt')]);
    const rows = tables(root)[1]!.slice(1);
    expect(rows.map((r) => r[2])).toEqual([WORDS.de.handoutViaActivities, 'Ausfallzeit pro Schaden (DOWNTIME) ≤ 2 Tage', 'Kundenzufriedenheit (CSAT) ≥ 90 %', WORDS.de.handoutViaActivities]);
  });

  it.each(EXAMPLES)('%s: team sheets without a team have one section per team (7), with a team one', (name) => {
    const model = example(name);
    const words = WORDS[model.language];
    expect(model.teams).toHaveLength(7);
    const all = parseHtml(render(model, 'team-sheet', 'html'));
    expect(byTag(all, 'section').filter((s) => hasClass(s, 'sheet'))).toHaveLength(7);
    expect(headings(tree(render(model, 'team-sheet', 'md')), 2)).toHaveLength(7);

    const one = parseHtml(render(model, 'team-sheet', 'html', 'sales'));
    const sheets = byTag(one, 'section').filter((s) => hasClass(s, 'sheet'));
    const salesName = contextOf(model, 'sales').team!.name;
    expect(sheets.map((s) => text(byTag(s, 'h2')[0]!))).toEqual([salesName]);
    expect(byTag(one, 'h1').map(text)).toEqual([words.sheetTitle(model.company.name, salesName)]);
    const md = tree(render(model, 'team-sheet', 'md', 'sales'));
    expect(headings(md, 1)).toEqual([words.sheetTitle(model.company.name, salesName)]);
    expect(headings(md, 2)).toEqual([salesName]);
  });

  it('a team without activities contributes through its daily work', () => {
    for (const language of ['en', 'de'] as const) {
      const model = minimal(language);
      model.values.core[0]!.action = 'Tell the truth.';
      model.teams = [{ team: 'design' }];
      for (const format of FORMATS) {
        const output = render(model, 'team-sheet', format);
        expect(output).toContain(WORDS[language].viaDailyWork);
        if (format === 'md') expect(lintFindings(output)).toEqual([]);
        else parseHtml(output);
      }
    }
  });
});

// --- 5. sections without data ---------------------------------------------------------------

describe('sections without data are left out', () => {
  it.each(['en', 'de'] as const)('minimal model (%s), handout: title, purpose, vision and the value only', (language) => {
    const model = minimal(language);
    const words = WORDS[language];
    const md = render(model, 'handout', 'md');
    const root = tree(md);
    expect(headings(root, 1)).toEqual([words.handoutTitle('Tiny Tools')]);
    expect(headings(root, 2)).toEqual(words.handoutH2.slice(0, 3));
    expect(headings(root, 3)).toEqual([]);
    expect(tables(root)).toEqual([]);
    expect(md).toContain('1. Honesty');
    expect(md).not.toMatch(/priority|Priorität/);
    expect(danglingLabels(md)).toEqual([]);
    expect(lintFindings(md)).toEqual([]);

    const html = parseHtml(render(model, 'handout', 'html'));
    expect(byTag(html, 'h2').map(text)).toEqual(words.handoutH2.slice(0, 3));
    expect(byTag(html, 'table')).toEqual([]);
    expect(byTag(html, 'article')).toEqual([]);
    expect(byTag(html, 'ol').map((ol) => byTag(ol, 'li').map(text))).toEqual([['Honesty']]);
  });

  it.each(['en', 'de'] as const)('minimal model (%s), team sheets: no team yet, said once', (language) => {
    const model = minimal(language);
    const md = render(model, 'team-sheet', 'md');
    const root = tree(md);
    expect(headings(root, 1)).toEqual([WORDS[language].sheetsTitle('Tiny Tools')]);
    expect(headings(root, 2)).toEqual([]);
    expect(tables(root)).toEqual([]);
    expect(md).toContain(WORDS[language].noTeams);
    expect(lintFindings(md)).toEqual([]);
    expect(danglingLabels(md)).toEqual([]);
    const html = parseHtml(render(model, 'team-sheet', 'html'));
    expect(byTag(html, 'section')).toEqual([]);
    expect(text(html)).toContain(WORDS[language].noTeams);
  });

  // Each optional field on its own: its section (or line) appears with just that, nothing
  // announced without content, and still clean Markdown and strict HTML.
  const ONE_FIELD: Array<[string, (m: Philosophy) => void, RegExp, string | null]> = [
    ['needs.channels', (m) => (m.needs = { channels: [{ name: 'email' }] }), /^\| (Email|E-Mail) \| – \| – \|$/m, 'table'],
    ['value.action', (m) => (m.values.core[0]!.action = 'Tell the truth.'), /^> Tell the truth\.$/m, 'article'],
    ['value.behaviours', (m) => (m.values.core[0]!.behaviours = ['Admit errors.']), /^- Admit errors\.$/m, 'dl'],
    ['value.notThis', (m) => (m.values.core[0]!.notThis = ['Lying.']), /^- Lying\.$/m, 'dl'],
    ['value.kpis', (m) => (m.values.core[0]!.kpis = [{ id: 'CSAT' }]), /^- (Customer satisfaction score \(CSAT\)|Kundenzufriedenheit \(CSAT\))\. /m, 'dl'],
    ['value.meaning', (m) => (m.values.core[0]!.meaning = 'Say the truth.'), /^### 1\. Honesty$/m, 'article'],
    ['empowerment.decisions', (m) => (m.empowerment = { decisions: ['Refund 10 EUR.'] }), /^- Refund 10 EUR\.$/m, 'ul'],
    ['empowerment.sayingNo', (m) => (m.empowerment = { sayingNo: 'anyone' }), /^(You may say no|Ein Nein an Kundinnen oder Kunden darfst du)/m, null],
    ['empowerment.escalation', (m) => (m.empowerment = { escalation: 'Ask the lead.' }), /Ask the lead\.$/m, 'strong'],
    ['feedback.conflictPolicy', (m) => (m.feedback = { conflictPolicy: 'Talk.' }), /^> Talk\.$/m, null],
  ];

  for (const language of ['en', 'de'] as const) {
    it.each(ONE_FIELD)(`${language} handout: only %s`, (_field, set, expected, tag) => {
      const model = minimal(language);
      set(model);
      const md = render(model, 'handout', 'md');
      expect(md).toMatch(expected);
      expect(danglingLabels(md)).toEqual([]);
      expect(lintFindings(md)).toEqual([]);
      const html = parseHtml(render(model, 'handout', 'html'));
      if (tag) expect(byTag(html, tag).length).toBeGreaterThan(0);
      expect(byTag(html, 'h2').map(text).slice(0, 3)).toEqual(WORDS[language].handoutH2.slice(0, 3));
    });
  }

  it('a feedback section without a conflict policy adds nothing to the handout', () => {
    const model = minimal('en');
    model.feedback = { methods: ['survey'], reviewCadence: 'yearly' };
    expect(headings(tree(render(model, 'handout', 'md')), 2)).toEqual(WORDS.en.handoutH2.slice(0, 3));
  });
});
