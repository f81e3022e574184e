// The Markdown philosophy document (templates/philosophy.md.hbs, one layout for both languages,
// its words from templates/<lang>/messages.yaml): what it says for the two examples (golden files), its structure as a CommonMark parser sees it, that no text from
// a philosophy file can add structure to it, that markdownlint is happy, and that sections
// without data are left out. `UPDATE_GOLDEN=1 npx vitest run test/render-markdown.test.ts`
// rewrites the golden files after an intended change; read the diff before committing it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Language } from '../src/model/constants.js';
import type { Philosophy } from '../src/model/schema.js';
import { buildContext } from '../src/render/context.js';
import { createEnvironment } from '../src/render/engine.js';
import { philosophy } from './arbitrary.js';

const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(import.meta.dirname, 'golden');
const EXAMPLES = ['acme-robotics', 'radwerk-berlin'] as const;
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const environments = {
  en: createEnvironment({ language: 'en', cwd: ROOT }),
  de: createEnvironment({ language: 'de', cwd: ROOT }),
};

/** The engine's output: what `philosophy render` writes, without its first (stamp) line. */
function render(model: Philosophy): string {
  return environments[model.language].render('philosophy.md.hbs', buildContext(model, 'acme-robotics.yaml', 'philosophy test', undefined));
}

function example(name: (typeof EXAMPLES)[number]): Philosophy {
  return parse(readFileSync(join(ROOT, 'philosophies', `${name}.yaml`), 'utf8')) as Philosophy;
}

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

function headings(root: Node, depth?: number): string[] {
  return [...walk(root)].filter((n) => n.type === 'heading' && (depth === undefined || n.depth === depth)).map((n) => squash(textOf(n)));
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

// markdownlint with every rule on, except:
// - MD013 (line length): paragraphs are written as one line each; wrapping user text at a fixed
//   width would change it, and every Markdown viewer wraps anyway.
// - MD033 (inline HTML) allows `<br>` only: a table cell cannot hold a line break otherwise, and
//   the values and team tables list several KPIs per cell.
// MD041 (first line is a heading) stays on: the engine's output starts with the title, and the
// generated-from comment the render command puts above it is an HTML comment, which MD041 skips.
const LINT_CONFIG = { default: true, MD013: false, MD033: { allowed_elements: ['br'] } };

function lintFindings(markdown: string): string[] {
  const results = lint({ strings: { doc: markdown }, config: LINT_CONFIG });
  return (results['doc'] ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`);
}

const H2: Record<Language, string[]> = {
  en: [
    'Our purpose',
    'Support vision',
    'Support values',
    'How we live our values',
    'Our guiding principles',
    'Our customers',
    'What you decide on your own',
    'How we share this philosophy',
    'Hiring for our values',
    'How every team lives it',
    'Listening and reviews',
    'KPIs of our own',
  ],
  de: [
    'Unser Zweck',
    'Support-Vision',
    'Unsere Werte',
    'Wie wir unsere Werte leben',
    'Unsere Grundsätze',
    'Unsere Kunden',
    'Was ihr selbst entscheidet',
    'Wie wir die Philosophie teilen',
    'Einstellen nach unseren Werten',
    'Wie jedes Team die Philosophie lebt',
    'Zuhören und überprüfen',
    'Eigene Kennzahlen',
  ],
};

// --- 1. golden files ------------------------------------------------------------------------

describe('Markdown view: golden files', () => {
  it.each(EXAMPLES)('%s renders exactly as its golden file', (name) => {
    const output = render(example(name));
    const file = join(GOLDEN, `${name}.md`);
    if (UPDATE) writeFileSync(file, output);
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });

  it.each(EXAMPLES)('the committed philosophies/%s.md is the stamp line plus the golden file', (name) => {
    const committed = readFileSync(join(ROOT, 'philosophies', `${name}.md`), 'utf8');
    const [stamp, ...rest] = committed.split('\n');
    expect(stamp).toMatch(new RegExp(`^<!-- philosophy:generated from ${name}\\.yaml digest=[0-9a-f]{16}; .* -->$`));
    expect(rest.join('\n')).toBe(readFileSync(join(GOLDEN, `${name}.md`), 'utf8'));
  });
});

// --- 2. structure ---------------------------------------------------------------------------

describe('Markdown view: structure', () => {
  it.each(EXAMPLES)('%s: one title, the sections in order, the values table in priority order', (name) => {
    const model = example(name);
    const root = tree(render(model));
    const lang = model.language;

    expect(headings(root, 1)).toEqual([
      lang === 'de' ? `${model.company.name}: unsere Support-Philosophie` : `${model.company.name}: our customer service philosophy`,
    ]);
    expect(headings(root, 2)).toEqual(H2[lang]);
    // Never a level skipped: a heading is at most one level below the one before it.
    const depths = [...walk(root)].filter((n) => n.type === 'heading').map((n) => n.depth!);
    depths.forEach((d, i) => expect(d - (depths[i - 1] ?? 0)).toBeLessThanOrEqual(1));

    const names = model.values.core.map((v) => v.name);
    const [valuesTable, channelTable, teamTable, ...more] = tables(root);
    expect(more).toEqual([]);
    expect(valuesTable!.slice(1).map((row) => row[0])).toEqual(names);
    expect(valuesTable!.slice(1).map((row) => row[1])).toEqual(model.values.core.map((v) => v.action));
    expect(channelTable).toHaveLength(model.needs!.channels!.length + 1);
    expect(teamTable).toHaveLength(model.teams!.length + 1);
    // A subsection per value, numbered by priority.
    const subsections = headings(root, 3);
    expect(subsections.slice(0, names.length)).toEqual(names.map((n, i) => `${i + 1}. ${n}`));
  });

  it('writes KPIs out with their names and targets, several to a cell', () => {
    const [valuesTable] = tables(tree(render(example('acme-robotics'))));
    expect(valuesTable![1]).toEqual(['Integrity', 'Say what you mean. Mean what you say.', 'Net Promoter Score (NPS) ≥ 50 points Quality assurance score (QA) ≥ 90%']);
    const de = tables(tree(render(example('radwerk-berlin'))))[0]!;
    expect(de[4]![2]).toBe('Kundenaufwand (CES) ≥ 5,5 Punkte Self-Service-Quote ≥ 35 %');
    // …and a custom KPI by its own name, never its id.
    expect(de[2]![2]).toBe('Erstlösungsquote (FCR) ≥ 75 % Ausfallzeit pro Schaden ≤ 2 Tage');
  });

  it('words enum values and dates in the language of the document', () => {
    const en = render(example('acme-robotics'));
    expect(en).toContain('In every conversation we want to delight customers and reduce their effort.');
    expect(en).toContain('every no needs the approval of leadership.');
    expect(en).toContain('We review this philosophy quarterly; the next review is on March 1, 2027.');
    expect(en).toContain('- Direction: higher is better');
    const de = render(example('radwerk-berlin'));
    expect(de).toContain('Unser Anspruch in jedem Gespräch: Kunden begeistern und ihren Aufwand senken.');
    expect(de).toContain('Vorher muss die Teamleitung zustimmen.');
    expect(de).toContain('Wir überprüfen die Philosophie halbjährlich; die nächste Überprüfung ist am 15. April 2027.');
    expect(de).toContain('- Richtung: niedriger ist besser');
  });

  it.each(EXAMPLES)('%s: every "…:" line is followed by what it announces', (name) => {
    expect(danglingLabels(render(example(name)))).toEqual([]);
  });
});

// --- 3. hostile text ------------------------------------------------------------------------

const HOSTILE = [
  'a | b',
  '# not a heading',
  '<script>alert(1)</script>',
  '*not emphasis*',
  '_x_',
  '[link](http://x)',
  '1. not a list',
  '- not a list',
  '> not a quote',
  'line one\nline two',
  '{{ not a template }}',
  '`code`',
  '&amp;',
  '\\backslash',
  '🚲 👩🏽‍🔧 emoji',
  'مرحبا بالعالم RTL',
  '+ plus',
  '2) paren',
  'first\n# heading\n- item\n1) item\n> quote\n===\n---\n```\n~~~',
  '<!-- comment -->',
  '![image](x.png)',
  '**strong** __strong__',
  '~~gone~~',
  '[ref]: http://x',
  '| a | b |\n| --- | --- |',
  '<br>',
  'trailing\\',
  '&#42; &copy;',
  '\\*',
];

/** The English example with a hostile string in every text field the document shows. */
function hostileModel(): { model: Philosophy; planted: string[] } {
  const model = example('acme-robotics');
  const planted: string[] = [];
  const next = () => {
    const s = `${HOSTILE[planted.length % HOSTILE.length]} #${planted.length}`;
    planted.push(s);
    return s;
  };
  const all = (list: string[] | undefined) => list?.map(() => next());
  model.company.name = next();
  model.company.mission = next();
  const needs = model.needs!;
  needs.supportRole = next();
  needs.principles = all(needs.principles);
  needs.customerNeeds = all(needs.customerNeeds);
  needs.channels = needs.channels!.map(() => ({ name: next(), hours: next(), firstResponse: next() }));
  needs.selfHelp = all(needs.selfHelp);
  for (const value of model.values.core) {
    value.name = next();
    value.meaning = next();
    value.action = next();
    value.behaviours = all(value.behaviours);
    value.notThis = all(value.notThis);
    value.tools = all(value.tools);
    for (const kpi of value.kpis ?? []) if (kpi.target) kpi.target.unit = next();
  }
  const vision = model.vision;
  vision.statement = next();
  vision.criteria = { understandable: next(), serviceKind: next(), nowAndFuture: next() };
  vision.stakeholders = all(vision.stakeholders);
  model.empowerment!.decisions = all(model.empowerment!.decisions);
  model.empowerment!.escalation = next();
  const sharing = model.sharing!;
  sharing.onboarding = next();
  sharing.socialMedia = next();
  sharing.promotions = next();
  sharing.incentives = next();
  sharing.rituals = all(sharing.rituals);
  for (const entry of model.hiring!.benchmark!) {
    entry.value = next();
    entry.questions = all(entry.questions)!;
  }
  for (const team of model.teams!) {
    team.team = next();
    team.activities = next();
  }
  model.feedback!.methods = all(model.feedback!.methods);
  model.feedback!.conflictPolicy = next();
  for (const kpi of model.customKpis!) {
    kpi.name = next();
    kpi.definition = next();
    kpi.formula = next();
    kpi.unit = next();
  }
  return { model, planted };
}

describe('Markdown view: text from the file stays text', () => {
  const base = tree(render(example('acme-robotics')));
  const { model, planted } = hostileModel();
  const output = render(model);
  const root = tree(output);

  it('adds no structure: same headings, tables, lists, quotes and emphasis as the plain example', () => {
    expect(planted.length).toBeGreaterThan(100);
    expect(census(root)).toEqual(census(base));
    expect([...walk(root)].filter((n) => n.type === 'heading').map((n) => n.depth)).toEqual(
      [...walk(base)].filter((n) => n.type === 'heading').map((n) => n.depth),
    );
    expect(tables(root).map((t) => t.length)).toEqual(tables(base).map((t) => t.length));
    expect(tables(root)[0]!.slice(1).map((row) => row[0])).toEqual(model.values.core.map((v) => squash(v.name)));
  });

  it('has no HTML but <br>, and no link, image, code or emphasis of its own', () => {
    const nodes = [...walk(root)];
    expect(nodes.filter((n) => n.type === 'html').map((n) => n.value)).toEqual(nodes.filter((n) => n.type === 'html').map(() => '<br>'));
    for (const type of ['link', 'linkReference', 'image', 'imageReference', 'definition', 'inlineCode', 'code', 'emphasis', 'thematicBreak', 'delete']) {
      expect(nodes.filter((n) => n.type === type), type).toEqual([]);
    }
  });

  it('shows every planted string literally', () => {
    const text = squash(textOf(root));
    // Hand-written names of channels, teams and methods start with a capital, as in a list.
    const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
    const missing = planted.filter((s) => !text.includes(squash(s)) && !text.includes(squash(capital(s))));
    expect(missing).toEqual([]);
  });

  it('stays one line per table row and per heading', () => {
    const rows = output.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) expect(row.endsWith(' |') || row.endsWith('-- |'), row).toBe(true);
    const lines = output.split('\n');
    for (const [i, line] of lines.entries()) if (/^#{1,6} /.test(line)) expect(lines[i + 1], line).toBe('');
  });

  it('random models: never any structure from text (200 runs)', () => {
    fc.assert(
      fc.property(philosophy, (random) => {
        const root = tree(render(random));
        const nodes = [...walk(root)];
        const html = nodes.filter((n) => n.type === 'html' && n.value !== '<br>');
        expect(html).toEqual([]);
        for (const type of ['link', 'linkReference', 'image', 'definition', 'inlineCode', 'code', 'emphasis', 'thematicBreak']) {
          expect(nodes.filter((n) => n.type === type)).toEqual([]);
        }
        expect(nodes.filter((n) => n.type === 'heading' && n.depth === 1)).toHaveLength(1);
        expect(headings(root, 2).slice(0, 3)).toEqual(H2[random.language].slice(0, 3));
        // The numbered list of values right after its heading, one item per value.
        const blocks = root.children!;
        const valuesHeading = blocks.findIndex((n) => n.type === 'heading' && n.depth === 2 && squash(textOf(n)) === H2[random.language][2]);
        const list = blocks.slice(valuesHeading + 1).find((n) => n.type === 'list');
        expect(list?.children).toHaveLength(random.values.core.length);
      }),
      { numRuns: 200 },
    );
  });

  // Four leading spaces or a tab would make a code block, a leading line break would end the
  // list item: the escaping trims them.
  it('text that starts with white space stays text', () => {
    const model = minimal('en');
    model.values.core = [{ name: '\nfirst' }, { name: 'second' }];
    model.vision.stakeholders = ['    indented', '\ttabbed'];
    const root = tree(render(model));
    expect([...walk(root)].filter((n) => n.type === 'code')).toEqual([]);
    expect([...walk(root)].filter((n) => n.type === 'list')[0]!.children).toHaveLength(2);
  });
});

// --- 4. markdownlint ------------------------------------------------------------------------

describe('Markdown view: markdownlint', () => {
  it.each(EXAMPLES)('%s: no findings', (name) => {
    expect(lintFindings(render(example(name)))).toEqual([]);
  });

  it.each(EXAMPLES)('committed philosophies/%s.md, stamp line included: no findings', (name) => {
    expect(lintFindings(readFileSync(join(ROOT, 'philosophies', `${name}.md`), 'utf8'))).toEqual([]);
  });
});

// --- 5. sections without data ---------------------------------------------------------------

function minimal(language: Language): Philosophy {
  return {
    version: 1,
    language,
    company: { name: 'Tiny Tools', mission: 'Tools that last.' },
    values: { core: [{ name: 'Honesty' }] },
    vision: { statement: 'Straight answers.' },
  } as Philosophy;
}

describe('Markdown view: sections without data are left out', () => {
  it.each(['en', 'de'] as const)('minimal model (%s): title, purpose, vision and values only', (language) => {
    const output = render(minimal(language));
    const root = tree(output);
    expect(headings(root, 1)).toHaveLength(1);
    expect(headings(root, 2)).toEqual(H2[language].slice(0, 3));
    expect(headings(root, 3)).toEqual([]);
    expect(tables(root)).toEqual([]);
    expect(danglingLabels(output)).toEqual([]);
    // One value: no talk of a priority order.
    expect(output).not.toMatch(/priority|Priorität/);
    expect(lintFindings(output)).toEqual([]);
  });

  // Each optional field on its own: its section appears with just that, nothing announced
  // without content, and still clean Markdown.
  const ONE_FIELD: Array<[string, (m: Philosophy) => void, RegExp]> = [
    ['needs.supportRole', (m) => (m.needs = { supportRole: 'We fix things.' }), /We fix things\./],
    ['needs.aim', (m) => (m.needs = { aim: 'reduce-effort' }), /reduce customer effort|Aufwand der Kunden senken/],
    ['needs.principles', (m) => (m.needs = { principles: ['Be kind.'] }), /^- Be kind\.$/m],
    ['needs.customerNeeds', (m) => (m.needs = { customerNeeds: ['Speed.'] }), /^- Speed\.$/m],
    ['needs.channels', (m) => (m.needs = { channels: [{ name: 'email' }] }), /^\| (Email|E-Mail) \| – \| – \|$/m],
    ['needs.selfHelp', (m) => (m.needs = { selfHelp: ['Search.'] }), /^- Search\.$/m],
    ['value.meaning', (m) => (m.values.core[0]!.meaning = 'Say the truth.'), /^Say the truth\.$/m],
    ['value.action', (m) => (m.values.core[0]!.action = 'Tell the truth.'), /^> Tell the truth\.$/m],
    ['value.behaviours', (m) => (m.values.core[0]!.behaviours = ['Admit errors.']), /^- Admit errors\.$/m],
    ['value.notThis', (m) => (m.values.core[0]!.notThis = ['Lying.']), /^- Lying\.$/m],
    ['value.tools', (m) => (m.values.core[0]!.tools = ['A wiki']), /^- A wiki$/m],
    ['value.kpis', (m) => (m.values.core[0]!.kpis = [{ id: 'CSAT' }]), /^\| Honesty \| – \| (Customer satisfaction \(CSAT\)|Kundenzufriedenheit \(CSAT\)) \|$/m],
    ['vision.criteria', (m) => (m.vision.criteria = { serviceKind: 'Direct.' }), /Direct\.$/m],
    ['vision.stakeholders', (m) => (m.vision.stakeholders = ['CEO: yes']), /^- CEO: yes$/m],
    ['empowerment.decisions', (m) => (m.empowerment = { decisions: ['Refund 10 EUR.'] }), /^- Refund 10 EUR\.$/m],
    ['empowerment.sayingNo', (m) => (m.empowerment = { sayingNo: 'anyone' }), /^(Anyone on the team may say no|Ein Nein an Kunden darf jede Person)/m],
    ['empowerment.escalation', (m) => (m.empowerment = { escalation: 'Ask the lead.' }), /Ask the lead\.$/m],
    ['sharing.onboarding', (m) => (m.sharing = { onboarding: 'Day one.' }), /^\*\*(Onboarding|Einarbeitung):\*\* Day one\.$/m],
    ['sharing.rituals', (m) => (m.sharing = { rituals: ['All-hands'] }), /^- All-hands$/m],
    ['hiring.benchmark', (m) => (m.hiring = { benchmark: [{ value: 'Honesty', questions: ['Why?'] }] }), /^ {2}1\. Why\?$/m],
    ['teams', (m) => (m.teams = [{ team: 'sales' }]), /^\| (Sales|Vertrieb) \| – \| – \|$/m],
    ['feedback.methods', (m) => (m.feedback = { methods: ['survey'] }), /^- (Survey|Umfrage)$/m],
    ['feedback.conflictPolicy', (m) => (m.feedback = { conflictPolicy: 'Talk.' }), /Talk\.$/m],
    ['feedback.reviewCadence', (m) => (m.feedback = { reviewCadence: 'yearly' }), /(yearly|jährlich)\.$/m],
    ['feedback.nextReview', (m) => (m.feedback = { nextReview: '2030-01-31' }), /(January 31, 2030|31\. Januar 2030)\.$/m],
    ['customKpis', (m) => (m.customKpis = [{ id: 'TTV', name: 'Time to value' }]), /^### Time to value \(TTV\)$/m],
  ];

  for (const language of ['en', 'de'] as const) {
    it.each(ONE_FIELD)(`${language}: only %s`, (_field, set, expected) => {
      const model = minimal(language);
      set(model);
      const output = render(model);
      expect(output).toMatch(expected);
      expect(danglingLabels(output)).toEqual([]);
      expect(lintFindings(output)).toEqual([]);
      expect(headings(tree(output), 2).slice(0, 3)).toEqual(H2[language].slice(0, 3));
    });
  }

  it('hiring: a benchmark entry without questions is left out, and so is the section when none has any', () => {
    const model = minimal('en');
    model.hiring = { scale: 5, benchmark: [{ value: 'Honesty', questions: [] }] };
    expect(render(model)).not.toContain('Hiring');
    model.hiring.benchmark!.push({ value: 'Speed', questions: ['How fast?'] });
    const output = render(model);
    expect(output).toContain('- Speed\n  1. How fast?');
    expect(output).not.toContain('- Honesty');
  });
});
