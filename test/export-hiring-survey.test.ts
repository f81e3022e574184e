// The hiring kit (step 6: the values benchmark as a structured interview) and the interpretation
// survey (step 7) of `philosophy export`, in Markdown and HTML, English and German, and the
// survey as CSV: what they say for the two examples (golden files), their structure as a
// CommonMark parser sees it, markdownlint, self-contained and escaped HTML, the same questions
// for every candidate, other rating scales, a model without a hiring section, and the CSV read
// back by a strict RFC 4180 parser.
// `UPDATE_GOLDEN=1 npx vitest run test/export-hiring-survey.test.ts` rewrites the golden files
// after an intended change; read the diff before committing it.
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
import { exportDocument } from '../src/commands/export.js';
import { buildExportContext, type ExportContext } from '../src/export/context.js';
import { SURVEY_COLUMNS, surveyCsv } from '../src/export/csv.js';
import type { Language } from '../src/model/constants.js';
import type { Philosophy } from '../src/model/schema.js';
import { buildContext } from '../src/render/context.js';
import { createEnvironment } from '../src/render/engine.js';
import { philosophy } from './arbitrary.js';

const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'export');
const EXAMPLES = ['acme-robotics', 'radwerk-berlin'] as const;
const KINDS = ['hiring-kit', 'survey'] as const;
const FORMATS = ['md', 'html'] as const;
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

type Kind = (typeof KINDS)[number];
type Format = (typeof FORMATS)[number];

const environments = {
  en: createEnvironment({ language: 'en', cwd: ROOT }),
  de: createEnvironment({ language: 'de', cwd: ROOT }),
};

function example(name: (typeof EXAMPLES)[number]): Philosophy {
  return parse(readFileSync(join(ROOT, 'philosophies', `${name}.yaml`), 'utf8')) as Philosophy;
}

function contextOf(model: Philosophy, source = 'acme-robotics.yaml'): ExportContext {
  return buildExportContext(buildContext(model, source, 'philosophy test'), undefined);
}

/** The engine's output: what `philosophy export` writes, without its stamp comment. */
function render(model: Philosophy, kind: Kind, format: Format, source?: string): string {
  return environments[model.language].render(`${kind}.${format}.hbs`, contextOf(model, source));
}

function minimal(language: Language): Philosophy {
  return {
    version: 1,
    language,
    company: { name: 'Tiny Tools', mission: 'Tools that last.' },
    values: { core: [{ name: 'Honesty' }, { name: 'Care', action: 'Listen first.' }] },
    vision: { statement: 'Straight answers.' },
  } as Philosophy;
}

const WORDS = {
  en: {
    kitTitle: ': values interview',
    kitH2: ['How to run the interview', 'Rating scale', 'Questions per value', 'Scorecard'],
    fields: ['Candidate', 'Interviewer', 'Date'],
    scaleHeader: ['Score', 'What the answers show'],
    scorecardHeader: ['Value', 'Score', 'Notes'],
    noQuestions: 'The values benchmark has no questions for this value yet.',
    notes: 'Notes:',
    score: 'Score:',
    sum: 'Sum of the scores',
    surveyTitle: ': what our values mean in your work',
    conflicts: 'Conflicts with the philosophy',
  },
  de: {
    kitTitle: ': Werte-Interview',
    kitH2: ['So führst du das Interview', 'Bewertungsskala', 'Fragen zu jedem Wert', 'Auswertung'],
    fields: ['Bewerbung von', 'Interview geführt von', 'Datum'],
    scaleHeader: ['Punkte', 'Was die Antworten zeigen'],
    scorecardHeader: ['Wert', 'Punkte', 'Notizen'],
    noQuestions: 'Der Werte-Benchmark hat zu diesem Wert noch keine Fragen.',
    notes: 'Notizen:',
    score: 'Bewertung:',
    sum: 'Summe der Punkte',
    surveyTitle: ': Was unsere Werte in deiner Arbeit bedeuten',
    conflicts: 'Wenn Entscheidungen der Philosophie widersprechen',
  },
} as const;

// --- Markdown as a CommonMark + GFM-tables parser reads it ---------------------------------

interface Node {
  type: string;
  value?: string;
  depth?: number;
  lang?: string | null;
  ordered?: boolean;
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

/** The top-level blocks under each heading of `depth`, up to the next heading of that depth or above. */
function sections(root: Node, depth: number): Array<{ title: string; blocks: Node[] }> {
  const out: Array<{ title: string; blocks: Node[] }> = [];
  for (const block of root.children ?? []) {
    if (block.type === 'heading' && block.depth! <= depth) {
      if (block.depth === depth) out.push({ title: squash(textOf(block)), blocks: [] });
      else out.push({ title: '', blocks: [] });
      continue;
    }
    out[out.length - 1]?.blocks.push(block);
  }
  return out.filter((s) => s.title !== '');
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

// markdownlint with every rule on, except MD013 (line length: paragraphs are one line each) and
// MD033 (inline HTML) allowing `<br>` only: the same configuration as the philosophy document.
const LINT_CONFIG = { default: true, MD013: false, MD033: { allowed_elements: ['br'] } };

function lintFindings(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: LINT_CONFIG });
  return (results['doc'] ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

// --- HTML -----------------------------------------------------------------------------------

const escapeHtml = (s: string) => Handlebars.escapeExpression(s);

function unescapeHtml(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? all;
  });
}

/** Visible text of an HTML fragment. */
const htmlText = (fragment: string) => squash(unescapeHtml(fragment.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ')));

/** Every tag the templates write; text from the file may add none. */
const HTML_TAGS = new Set(
  'html head meta title style body main h1 h2 h3 p strong span ul ol li div section table thead tbody tfoot tr th td footer'.split(' '),
);

/** How many tags of each name: the page's structure. */
function tagCensus(html: string): Record<string, number> {
  const count: Record<string, number> = {};
  for (const m of html.matchAll(/<(\/?[a-zA-Z][a-zA-Z0-9]*)/g)) count[m[1]!.toLowerCase()] = (count[m[1]!.toLowerCase()] ?? 0) + 1;
  return count;
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The questions the HTML kit asks, in order: each is a list item followed by its notes box. */
function htmlQuestions(html: string): string[] {
  return [...html.matchAll(/<li>((?:(?!<\/?li>)[\s\S])*?)<div class="notes"><\/div><\/li>/g)].map((m) => unescapeHtml(m[1]!));
}

/** Per value card: its heading and the score boxes it offers. */
function htmlCards(html: string): Array<{ title: string; boxes: string[] }> {
  return [...html.matchAll(/<section class="card">([\s\S]*?)<\/section>/g)].map((m) => ({
    title: htmlText(/<h3>([\s\S]*?)<\/h3>/.exec(m[1]!)![1]!),
    boxes: [.../<span class="boxes">([\s\S]*?)<\/span><\/p>/.exec(m[1]!)![1]!.matchAll(/<span>(\d+)<\/span>/g)].map((b) => b[1]!),
  }));
}

function htmlTableRows(table: string): string[][] {
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => htmlText(c[1]!)));
}

function htmlTable(html: string, cls: string): string {
  const m = new RegExp(`<table class="${cls}">([\\s\\S]*?)</table>`).exec(html);
  expect(m, `table.${cls}`).not.toBeNull();
  return m![1]!;
}

// --- 1. golden files ------------------------------------------------------------------------

describe('hiring kit and survey: golden files', () => {
  const cases = EXAMPLES.flatMap((name) => KINDS.flatMap((kind) => FORMATS.map((format) => [name, kind, format] as const)));
  it.each(cases)('%s %s.%s renders exactly as its golden file', (name, kind, format) => {
    const output = render(example(name), kind, format, `${name}.yaml`);
    const file = join(GOLDEN, `${name}-${kind}.${format}`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, output);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });

  it('German documents are German, with umlauts and du', () => {
    const kit = render(example('radwerk-berlin'), 'hiring-kit', 'md');
    expect(kit).toContain('So führst du das Interview');
    expect(kit).toMatch(/Ändere sie dort/);
    const survey = render(example('radwerk-berlin'), 'survey', 'html');
    expect(survey).toContain('<html lang="de">');
    expect(survey).toContain('Überprüfung');
    expect(survey).toContain('deiner Arbeit');
    for (const english of ['Score', 'Notes', 'values interview', 'Strongly', 'Thank you']) expect(kit + survey).not.toContain(english);
  });
});

// --- 2. Markdown: structure and markdownlint ------------------------------------------------

describe('hiring kit, Markdown: structure', () => {
  it.each(EXAMPLES)('%s: header fields, how-to, the rating scale, a section per value, the scorecard', (name) => {
    const model = example(name);
    const context = contextOf(model);
    const w = WORDS[model.language];
    const root = tree(render(model, 'hiring-kit', 'md'));

    expect(headings(root, 1)).toEqual([`${model.company.name}${w.kitTitle}`]);
    expect(headings(root, 2)).toEqual(w.kitH2);
    expect(headings(root, 3)).toEqual(context.values.map((v) => `${v.position}. ${v.name}`));

    const [fields, scale, scorecard, ...more] = tables(root);
    expect(more).toEqual([]);
    expect(fields).toEqual([[...w.fields], ['', '', '']]);
    expect(scale).toEqual([[...w.scaleHeader], ...context.scale.anchors.map((a) => [String(a.score), a.label])]);
    expect(scorecard).toEqual([
      [...w.scorecardHeader],
      ...context.values.map((v) => [`${v.position}. ${v.name}`, `___ / ${context.scale.max}`, '']),
      [w.sum, `___ / ${context.scale.total}`, ''],
    ]);
    expect(context.scale.total).toBe(context.scale.max * context.values.length);

    const perValue = sections(root, 3);
    expect(perValue).toHaveLength(context.values.length);
    perValue.forEach(({ blocks }, i) => {
      const value = context.values[i]!;
      const quote = blocks.find((b) => b.type === 'blockquote');
      expect(quote && squash(textOf(quote))).toBe(value.action ?? undefined);
      const list = blocks.find((b) => b.type === 'list');
      expect(list?.ordered).toBe(true);
      expect(list!.children!.map((item) => squash(textOf(item)))).toEqual(value.questions);
      const paragraphs = blocks.filter((b) => b.type === 'paragraph').map((b) => squash(textOf(b)));
      expect(paragraphs).toEqual([w.notes, `${w.score} ${context.scale.anchors.map((a) => `☐ ${a.score}`).join(' ')}`]);
      // Room for notes: an empty fenced block right after "Notes:".
      const code = blocks.filter((b) => b.type === 'code');
      expect(code).toEqual([expect.objectContaining({ lang: 'text', value: '' })]);
      expect(blocks.indexOf(code[0]!)).toBe(blocks.findIndex((b) => b.type === 'paragraph' && squash(textOf(b)) === w.notes) + 1);
    });
  });
});

describe('survey, Markdown: structure', () => {
  it.each(EXAMPLES)('%s: a section per value, then the conflicts; every item once, in the order of the list', (name) => {
    const model = example(name);
    const context = contextOf(model);
    const w = WORDS[model.language];
    const root = tree(render(model, 'survey', 'md'));

    expect(headings(root, 1)).toEqual([`${model.company.name}${w.surveyTitle}`]);
    expect(headings(root, 2)).toEqual([...context.values.map((v) => `${v.position}. ${v.name}`), w.conflicts]);
    expect(tables(root)).toEqual([]);

    const groups = [...context.values.map((v) => v.name), null];
    const labels = context.agreement.map((a) => `☐ ${a.score} ${a.label}`).join(' · ');
    const seen: string[] = [];
    sections(root, 2).forEach(({ blocks }, i) => {
      const lists = blocks.filter((b) => b.type === 'list');
      expect(lists).toHaveLength(1);
      expect(lists[0]!.ordered).toBe(true);
      const expected = context.survey.filter((item) => item.value === groups[i]);
      expect(expected.length).toBeGreaterThan(0);
      const items = lists[0]!.children!;
      expect(items).toHaveLength(expected.length);
      items.forEach((item, j) => {
        const want = expected[j]!;
        const [question, answer, ...rest] = item.children!;
        expect(rest).toEqual([]);
        expect(squash(textOf(question!))).toBe(want.text);
        if (want.kind === 'scale') {
          expect(answer!.type).toBe('paragraph');
          expect(squash(textOf(answer!))).toBe(labels);
        } else {
          expect(answer).toEqual(expect.objectContaining({ type: 'code', lang: 'text', value: '' }));
        }
        seen.push(want.id);
      });
    });
    expect(seen).toEqual(context.survey.map((item) => item.id));
  });

  it('names the agreement scale in the introduction and the next review at the end', () => {
    const en = render(example('acme-robotics'), 'survey', 'md');
    expect(en).toContain('from 1 (Strongly disagree) to 5 (Strongly agree).');
    expect(en).toMatch(/next review of our philosophy on 1 March 2027\.\n$/);
    const de = render(example('radwerk-berlin'), 'survey', 'md');
    expect(de).toContain('von 1 (Stimme gar nicht zu) bis 5 (Stimme voll zu).');
    expect(de).toMatch(/nächsten Überprüfung unserer Philosophie am 15\. April 2027\.\n$/);
    // Without a review date, the sentence still ends cleanly.
    expect(render(minimal('en'), 'survey', 'md')).toMatch(/next review of our philosophy\.\n$/);
  });
});

describe('hiring kit and survey, Markdown: markdownlint', () => {
  const cases = EXAMPLES.flatMap((name) => KINDS.map((kind) => [name, kind] as const));
  it.each(cases)('%s %s: no findings, with and without the stamp line', (name, kind) => {
    const output = render(example(name), kind, 'md');
    expect(lintFindings(output)).toEqual([]);
    expect(lintFindings(`<!-- philosophy:generated from ${name}.yaml digest=0123456789abcdef; edit it -->\n${output}`)).toEqual([]);
  });
});

// Text from the file may not add structure: the same nodes as the plain example, every planted
// string shown literally.
const MD_HOSTILE = [
  'a | b',
  '# not a heading',
  '<script>alert(1)</script>',
  '*not emphasis*',
  '1. not a list',
  '- not a list',
  '> not a quote',
  'line one\nline two',
  '{{x}}',
  '`code`',
  '```',
  '&amp;',
  '[link](http://x)',
  '</td>',
  '☐ 9',
];

/** The example with a hostile string in every field the two documents show: `shown` are the
 * company, value names and actions (both documents), `questions` the benchmark's (the kit only). */
function hostile(model: Philosophy, pieces: readonly string[]): { model: Philosophy; shown: string[]; questions: string[] } {
  let count = 0;
  const next = (into: string[]) => {
    const s = `${pieces[count % pieces.length]} #${count++}`;
    into.push(s);
    return s;
  };
  const shown: string[] = [];
  const questions: string[] = [];
  model.company.name = next(shown);
  const renamed = new Map<string, string>();
  for (const value of model.values.core) {
    const name = next(shown);
    renamed.set(value.name, name);
    value.name = name;
    value.action = next(shown);
  }
  for (const entry of model.hiring?.benchmark ?? []) {
    entry.value = renamed.get(entry.value) ?? entry.value;
    entry.questions = entry.questions.map(() => next(questions));
  }
  return { model, shown, questions };
}

const planted = (h: ReturnType<typeof hostile>, kind: Kind) => (kind === 'hiring-kit' ? [...h.shown, ...h.questions] : h.shown);

describe('hiring kit and survey, Markdown: text from the file stays text', () => {
  it.each(KINDS)('%s: same structure as the plain example, every planted string literal', (kind) => {
    const base = tree(render(example('acme-robotics'), kind, 'md'));
    const h = hostile(example('acme-robotics'), MD_HOSTILE);
    const output = render(h.model, kind, 'md');
    const root = tree(output);
    expect(census(root)).toEqual(census(base));
    const text = squash(textOf(root));
    expect(planted(h, kind).filter((s) => !text.includes(squash(s)))).toEqual([]);
    // markdownlint calls the planted http://x a bare URL (MD034); the rest stays clean.
    expect(lintFindings(output).filter((f) => !f.includes('MD034'))).toEqual([]);
  });

  it('random models: no structure from text in Markdown, no tag from text in HTML (100 runs)', () => {
    fc.assert(
      fc.property(philosophy, (random) => {
        // The survey groups its items by value name, so two core values of the same name
        // (which the unique-values rule reports) would share their items: keep names apart.
        random.values.core.forEach((v, i) => (v.name = `${v.name} (${i + 1})`));
        const context = contextOf(random);
        for (const kind of KINDS) {
          const root = tree(render(random, kind, 'md'));
          const nodes = [...walk(root)];
          expect(nodes.filter((n) => n.type === 'html' && n.value !== '<br>')).toEqual([]);
          for (const type of ['link', 'linkReference', 'image', 'definition', 'inlineCode', 'emphasis', 'strong', 'thematicBreak', 'delete']) {
            // The scorecard's total row is the one strong text of the kit.
            const allowed = type === 'strong' && kind === 'hiring-kit' ? 2 : 0;
            expect(nodes.filter((n) => n.type === type), type).toHaveLength(allowed);
          }
          // Fenced blocks are the answer space only: one per value, one per open survey item.
          const open = context.survey.filter((i) => i.kind === 'open').length;
          expect(nodes.filter((n) => n.type === 'code')).toHaveLength(kind === 'hiring-kit' ? context.values.length : open);
          expect(headings(root, 1)).toHaveLength(1);
          const h = kind === 'hiring-kit' ? headings(root, 3) : headings(root, 2).slice(0, -1);
          expect(h).toHaveLength(random.values.core.length);
          // …and the HTML page has only the template's own tags.
          const html = render(random, kind, 'html');
          expect(html).not.toMatch(/<script/i);
          expect(Object.keys(tagCensus(html)).filter((tag) => !HTML_TAGS.has(tag.replace('/', '')))).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// --- 3. HTML: language, self-contained, escaped ---------------------------------------------

const HTML_HOSTILE = '<script>alert(1)</script> </td> {{x}} "q" & it\'s `b` a=b';

describe('hiring kit and survey, HTML', () => {
  const cases = EXAMPLES.flatMap((name) => KINDS.map((kind) => [name, kind] as const));

  it.each(cases)('%s %s: lang set, one self-contained page', (name, kind) => {
    const model = example(name);
    const html = render(model, kind, 'html');
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${model.language}">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(|<script|<link|<img|<iframe|<object|<embed/i);
    expect(occurrences(html, '<h1>')).toBe(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it.each(KINDS)('%s: hostile text in every rendered field appears escaped, never raw', (kind) => {
    const plain = render(example('acme-robotics'), kind, 'html');
    const h = hostile(example('acme-robotics'), [HTML_HOSTILE]);
    const source = `${HTML_HOSTILE}.yaml`;
    const html = render(h.model, kind, 'html', source);
    const shown = [...planted(h, kind), ...(kind === 'hiring-kit' ? [source] : [])];
    for (const s of shown) expect(html, s).toContain(escapeHtml(s));
    expect(html).toContain('{{x}}');
    expect(html).not.toMatch(/<script|alert\(1\)<\/|"q"|& it/);
    expect(tagCensus(html)).toEqual(tagCensus(plain));
    // The visible text shows each planted string as written.
    const text = htmlText(html);
    expect(shown.filter((s) => !text.includes(squash(s)))).toEqual([]);
  });

  it.each(EXAMPLES)('%s survey: open questions with room to write, the statements as a table with the five labels', (name) => {
    const model = example(name);
    const context = contextOf(model);
    const html = render(model, 'survey', 'html');
    const tables = [...html.matchAll(/<table class="agreement">([\s\S]*?)<\/table>/g)].map((m) => htmlTableRows(m[1]!));
    expect(tables).toHaveLength(context.values.length + 1);
    const groups = [...context.values.map((v) => v.name), null];
    tables.forEach((rows, i) => {
      const statements = context.survey.filter((item) => item.value === groups[i] && item.kind === 'scale');
      expect(rows[0]).toEqual([expect.any(String), ...context.agreement.map((a) => a.label)]);
      expect(rows.slice(1)).toEqual(statements.map((s) => [s.text, ...context.agreement.map((a) => String(a.score))]));
    });
    for (const item of context.survey) {
      expect(occurrences(html, escapeHtml(item.text)), item.id).toBe(1);
      if (item.kind === 'open') expect(html).toContain(`<p><strong>${escapeHtml(item.text)}</strong></p>\n<div class="notes answer"></div>`);
    }
  });
});

// --- 4. the same questions for every candidate ----------------------------------------------

describe('hiring kit: the same questions for every candidate', () => {
  it.each(EXAMPLES)('%s: every question of every value exactly once, in order, in Markdown and HTML', (name) => {
    const model = example(name);
    const context = contextOf(model);
    const all = context.values.flatMap((v) => v.questions);
    expect(all).toEqual(model.hiring!.benchmark!.flatMap((b) => b.questions));
    expect(all.length).toBeGreaterThan(0);

    const md = render(model, 'hiring-kit', 'md');
    const listed = [...walk(tree(md))].filter((n) => n.type === 'list' && n.ordered).slice(1);
    expect(listed.flatMap((list) => list.children!.map((item) => squash(textOf(item))))).toEqual(all);
    for (const q of all) expect(occurrences(md, q), q).toBe(1);

    const html = render(model, 'hiring-kit', 'html');
    expect(htmlQuestions(html)).toEqual(all);
    for (const q of all) expect(occurrences(html, escapeHtml(q)), q).toBe(1);
  });

  it('a benchmark entry for a value that is not a core value is not asked; a value without questions says so', () => {
    const model = example('acme-robotics');
    model.hiring!.benchmark = model.hiring!.benchmark!.filter((b) => b.value !== 'Speed');
    model.hiring!.benchmark.push({ value: 'Curiosity', questions: ['What did you learn last week?'] });
    for (const format of FORMATS) {
      const output = render(model, 'hiring-kit', format);
      expect(output).not.toContain('What did you learn last week?');
      expect(occurrences(output, WORDS.en.noQuestions)).toBe(1);
    }
    const perValue = sections(tree(render(model, 'hiring-kit', 'md')), 3);
    expect(perValue[2]!.title).toBe('3. Speed');
    expect(perValue[2]!.blocks.some((b) => b.type === 'list')).toBe(false);
    expect(perValue[2]!.blocks.some((b) => squash(textOf(b)).startsWith(WORDS.en.noQuestions))).toBe(true);
  });
});

// --- 5. other scales, and a model without a hiring section ----------------------------------

describe('hiring kit: the rating scale', () => {
  it.each(['en', 'de'] as const)('a scale of 7 (%s): 7 anchors, boxes 1..7 for every value, maxima of 7 and values × 7', (language) => {
    const model = example(language === 'en' ? 'acme-robotics' : 'radwerk-berlin');
    model.hiring!.scale = 7;
    const context = contextOf(model);
    const w = WORDS[language];
    const seven = ['1', '2', '3', '4', '5', '6', '7'];
    expect(context.scale.anchors.map((a) => a.score)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const md = render(model, 'hiring-kit', 'md');
    const root = tree(md);
    const [, scale, scorecard] = tables(root);
    expect(scale!.slice(1).map((row) => row[0])).toEqual(seven);
    expect(scale!.slice(1).map((row) => row[1])).toEqual(context.scale.anchors.map((a) => a.label));
    expect(scorecard!.slice(1, -1).every((row) => row[1] === '___ / 7')).toBe(true);
    expect(scorecard!.at(-1)).toEqual([w.sum, `___ / ${7 * context.values.length}`, '']);
    expect(occurrences(md, `${w.score} ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5 ☐ 6 ☐ 7\n`)).toBe(context.values.length);
    expect(md).toContain(language === 'en' ? 'from 1 to 7' : 'von 1 bis 7');
    expect(lintFindings(md)).toEqual([]);

    const html = render(model, 'hiring-kit', 'html');
    const cards = htmlCards(html);
    expect(cards.map((c) => c.title)).toEqual(context.values.map((v) => `${v.position}. ${v.name}`));
    for (const card of cards) expect(card.boxes).toEqual(seven);
    expect(htmlTableRows(htmlTable(html, 'scale')).slice(1)).toEqual(context.scale.anchors.map((a) => [String(a.score), a.label]));
    expect(htmlTableRows(htmlTable(html, 'scorecard')).at(-1)).toEqual([w.sum, `___ / ${7 * context.values.length}`, '']);
  });

  it('the default scale is 1..5, its ends the extremes of the anchors', () => {
    const context = contextOf(minimal('en'));
    expect(context.scale.max).toBe(5);
    expect(context.scale.anchors).toHaveLength(5);
    for (const max of [2, 3, 7, 10]) {
      const model = minimal('en');
      model.hiring = { scale: max };
      const anchors = contextOf(model).scale.anchors;
      expect(anchors.map((a) => a.score)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
      expect(anchors[0]!.label).toBe(context.scale.anchors[0]!.label);
      expect(anchors.at(-1)!.label).toBe(context.scale.anchors.at(-1)!.label);
      const cards = htmlCards(render(model, 'hiring-kit', 'html'));
      for (const card of cards) expect(card.boxes).toHaveLength(max);
    }
  });
});

describe('a model without a hiring section', () => {
  it.each(['en', 'de'] as const)('(%s) still gives a usable kit: every value listed, "no questions yet", a scorecard', (language) => {
    const model = minimal(language);
    const w = WORDS[language];
    const md = render(model, 'hiring-kit', 'md');
    const root = tree(md);
    expect(headings(root, 2)).toEqual(w.kitH2);
    expect(headings(root, 3)).toEqual(['1. Honesty', '2. Care']);
    expect(occurrences(md, w.noQuestions)).toBe(2);
    expect(md).toContain('> Listen first.');
    expect(tables(root)[2]!.slice(1)).toEqual([
      ['1. Honesty', '___ / 5', ''],
      ['2. Care', '___ / 5', ''],
      [w.sum, '___ / 10', ''],
    ]);
    expect(lintFindings(md)).toEqual([]);

    const html = render(model, 'hiring-kit', 'html');
    expect(html).toContain(`<html lang="${language}">`);
    expect(htmlCards(html)).toEqual([
      { title: '1. Honesty', boxes: ['1', '2', '3', '4', '5'] },
      { title: '2. Care', boxes: ['1', '2', '3', '4', '5'] },
    ]);
    expect(occurrences(html, w.noQuestions)).toBe(2);
    expect(occurrences(html, '<div class="notes"></div>')).toBe(2);
    expect(htmlQuestions(html)).toEqual([]);
  });

  it.each(['en', 'de'] as const)('(%s) survey: every value and the conflicts, clean Markdown', (language) => {
    const model = minimal(language);
    const w = WORDS[language];
    const md = render(model, 'survey', 'md');
    expect(headings(tree(md), 2)).toEqual(['1. Honesty', '2. Care', w.conflicts]);
    expect(lintFindings(md)).toEqual([]);
    const html = render(model, 'survey', 'html');
    expect(occurrences(html, '<table class="agreement">')).toBe(3);
  });
});

// --- 6. the survey as CSV -------------------------------------------------------------------

/** A strict RFC 4180 reader: records end with CRLF (the last one too), fields with a comma,
 * quote or line break are quoted, quotes inside are doubled; anything else is an error. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') {
        field += c;
        i++;
      } else if (text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      i += 2;
    } else if (c === '\n') {
      throw new Error(`a bare LF ends a record at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || wasQuoted || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('the CSV reader of these tests', () => {
  it('reads quoted fields and refuses what RFC 4180 does not allow', () => {
    expect(parseCsv('a,"b,""c""",\r\n"x\r\ny",\r\n')).toEqual([
      ['a', 'b,"c"', ''],
      ['x\r\ny', ''],
    ]);
    for (const bad of ['a\n', 'a,b', 'a"b\r\n', '"a"b\r\n', '"a\r\n', 'a\rb\r\n']) expect(() => parseCsv(bad), JSON.stringify(bad)).toThrow();
  });
});

describe('survey: CSV', () => {
  it('acme-robotics: exactly as its golden file', () => {
    const csv = surveyCsv(contextOf(example('acme-robotics')));
    const file = join(GOLDEN, 'acme-robotics-survey.csv');
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, csv);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(csv).toBe(readFileSync(file, 'utf8'));
  });

  it.each(EXAMPLES)('%s: the header and one row per survey item, CRLF line ends', (name) => {
    const context = contextOf(example(name));
    const csv = surveyCsv(context);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...SURVEY_COLUMNS]);
    expect(rows).toHaveLength(context.survey.length);
    const first = context.agreement[0]!;
    const last = context.agreement.at(-1)!;
    rows.forEach((row, i) => {
      const item = context.survey[i]!;
      expect(row).toEqual(
        item.kind === 'scale'
          ? [item.id, item.value ?? '', 'scale', item.text, '1', '5', first.label, last.label]
          : [item.id, item.value ?? '', 'open', item.text, '', '', '', ''],
      );
    });
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.at(-1)![1]).toBe('');
  });

  it('quotes value names and texts with commas, quotes and line breaks, and reads them back as written', () => {
    const names = ['a,b', 'say "hi"', 'line one\nline two', 'all, "of"\r\nit', '  padded  '];
    const model = minimal('en');
    model.values.core = names.map((name) => ({ name }));
    const context = contextOf(model);
    const csv = surveyCsv(context);
    expect(csv).toContain('\r\nv1-meaning,"a,b",open,"What does “a,b” mean in your work? Describe a recent situation.",,,,\r\n');
    expect(csv).toContain('\r\nv2-know,"say ""hi""",scale,"I know how to live “say ""hi""” in my daily work.",1,5,Strongly disagree,Strongly agree\r\n');
    expect(csv).toContain('\r\nv3-rewarded,"line one\nline two",scale,');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toHaveLength(SURVEY_COLUMNS.length);
    expect(rows).toHaveLength(context.survey.length);
    expect(rows.map((r) => r[1])).toEqual(context.survey.map((item) => item.value ?? ''));
    expect(rows.map((r) => r[3])).toEqual(context.survey.map((item) => item.text));
    for (const name of names) expect(rows.filter((r) => r[1] === name)).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(SURVEY_COLUMNS.length);
  });

  it('German: the agreement labels of the German scale', () => {
    const [, ...rows] = parseCsv(surveyCsv(contextOf(example('radwerk-berlin'))));
    const scale = rows.find((r) => r[2] === 'scale')!;
    expect(scale.slice(4)).toEqual(['1', '5', 'Stimme gar nicht zu', 'Stimme voll zu']);
    expect(scale[3]).toMatch(/^Ich weiß, wie ich „Ehrlichkeit“/);
  });

  it('`philosophy export FILE survey --format csv --out -` writes the same CSV', async () => {
    let stdout = '';
    let stderr = '';
    const code = await exportDocument(
      'philosophies/acme-robotics.yaml',
      'survey',
      { format: 'csv', out: '-' },
      { cwd: ROOT, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, language: 'en' },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(GOLDEN, 'acme-robotics-survey.csv'), 'utf8'));
  });
});
