// The exported documents (welcome sheet, values interview, team sheets, values survey) in
// Markdown and HTML, English and German, rendered through the engine as `philosophy export`
// does: golden files, one set of message keys for both languages, the German register of each
// document, markdownlint, strict and self-contained HTML, words instead of codes, the hiring
// kit's weights, anchors and questions, the team sheets without filler, and random models.
// `UPDATE_GOLDEN=1 npx vitest run test/export-documents.test.ts` rewrites the golden files
// after an intended change; read the diff before committing it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findKpi } from '../src/catalog/index.js';
import { buildExportContext, findTeamView, type DocumentKind, type ExportContext } from '../src/export/context.js';
import { AIMS, REVIEW_CADENCES, SAYING_NO, TARGET_OPS } from '../src/model/constants.js';
import type { Philosophy } from '../src/model/schema.js';
import { buildContext } from '../src/render/context.js';
import { createEnvironment } from '../src/render/engine.js';
import { builtinMessages } from '../src/render/messages.js';
import { philosophy } from './arbitrary.js';
import { byTag, externalReferences, htmlText, lintFindings, parseHtml, squash, textOf, tree } from './helpers/documents.js';

const ROOT = join(import.meta.dirname, '..');
const GOLDEN = join(import.meta.dirname, 'golden', 'export');
const EXAMPLES = ['acme-robotics', 'radwerk-berlin'] as const;
const KINDS: DocumentKind[] = ['handout', 'hiring-kit', 'team-sheet', 'survey'];
const FORMATS = ['md', 'html'] as const;
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

type Example = (typeof EXAMPLES)[number];
type Format = (typeof FORMATS)[number];

const environments = {
  en: createEnvironment({ language: 'en', cwd: ROOT }),
  de: createEnvironment({ language: 'de', cwd: ROOT }),
};

function example(name: Example): Philosophy {
  return parse(readFileSync(join(ROOT, 'philosophies', `${name}.yaml`), 'utf8')) as Philosophy;
}

interface Options {
  team?: string | number;
  weights?: number[];
  formal?: boolean;
}

function contextOf(model: Philosophy, kind: DocumentKind, options: Options = {}, source = `${model.company.name.toLowerCase().replace(/\W+/g, '-')}.yaml`): ExportContext {
  const messages = builtinMessages(model.language);
  const base = buildContext(model, source, 'philosophy test', undefined, messages);
  const { team } = options;
  const view = team === undefined ? undefined : typeof team === 'number' ? base.teams[team] : findTeamView(base, team);
  if (team !== undefined && !view) throw new Error(`no team ${String(team)}`);
  return buildExportContext(base, messages, { kind, team: view, weights: options.weights, formal: options.formal });
}

/** The engine's output: what `philosophy export` writes, without its stamp comment and the
 * soft hyphens it adds to HTML. */
function render(model: Philosophy, kind: DocumentKind, format: Format, options: Options = {}): string {
  return environments[model.language].render(`${kind}.${format}.hbs`, contextOf(model, kind, options));
}

/** What a reader sees: Markdown as a CommonMark parser reads it, HTML without tags and styles. */
function visible(output: string, format: Format): string {
  return squash(format === 'md' ? textOf(tree(output)) : htmlText(parseHtml(output)));
}

// Each example plain, the welcome sheet with a team, and one team's sheet.
const CASES: Array<[Example, DocumentKind, string | undefined]> = [
  ...EXAMPLES.flatMap((e) => KINDS.map((k): [Example, DocumentKind, undefined] => [e, k, undefined])),
  ['acme-robotics', 'handout', 'sales'],
  ['radwerk-berlin', 'handout', 'product'],
  ['acme-robotics', 'team-sheet', 'sales'],
  ['radwerk-berlin', 'team-sheet', 'product'],
];

describe('golden files', () => {
  if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  for (const format of FORMATS) {
    it.each(CASES)(`%s %s (team %s) renders exactly as its golden ${format} file`, (name, kind, team) => {
      const model = example(name);
      const context = contextOf(model, kind, { team });
      const output = environments[model.language].render(`${kind}.${format}.hbs`, context);
      // Named as the command names the file: after the document.
      const file = join(GOLDEN, `${context.document.file}.${format}`);
      if (UPDATE) writeFileSync(file, output);
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(output).toBe(readFileSync(file, 'utf8'));
    });
  }
});

// --- the message catalogs -------------------------------------------------------------------

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const en = builtinMessages('en');
  const de = builtinMessages('de');

  it('English and German have the same keys, each with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(de[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('every key a built-in template names exists, and every key is used', () => {
    const sources = [
      ...readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs')).map((f) => readFileSync(join(ROOT, 'templates', f), 'utf8')),
      ...['src/export/context.ts', 'src/export/csv.ts', 'src/render/context.ts'].map((f) => readFileSync(join(ROOT, f), 'utf8')),
    ].join('\n');
    const named = [...sources.matchAll(/(?:\{\{|\()(?:t|word) "([\w.-]+)"/g)].map((m) => m[1]!);
    for (const key of named) expect(en, key).toHaveProperty([key]);
    // Keys built at run time: doc.<kind>, method.<id>, cadence.<id>, sayingNo.<id>, kpi.<ID>,
    // anchor.<value>.<level>, survey.agree<n>, team.direction.<dir>, csv.<column>, …
    const dynamic = /^(doc|method|cadence|sayingNo|kpi|anchor|team\.direction|csv)\.|^survey\.agree\d$/;
    for (const key of Object.keys(en)) expect(named.includes(key) || dynamic.test(key) || sources.includes(`'${key}'`), key).toBe(true);
  });

  it('names every catalog KPI with its abbreviation at most once', () => {
    for (const [key, text] of Object.entries({ ...en, ...de })) {
      if (!key.startsWith('kpi.')) continue;
      expect(findKpi(key.slice(4)), key).toBeDefined();
      const abbreviations = text.match(/\(([^)]+)\)/g) ?? [];
      expect(abbreviations.length, text).toBeLessThanOrEqual(1);
    }
  });

  // German register: the welcome sheet and the survey speak to one person (du), the team sheets
  // to the team (ihr), the interview guide to no one; sentences to the candidate come in a du
  // and a Sie form.
  const DU = /\b(du|dich|dir|dein\w*)\b/i;
  const IHR = /\b(ihr|euch|euer|eure\w*)\b/;
  const SIE = /\b(Sie|Ihnen|Ihr\w*)\b/;
  it('German: the welcome sheet says du, the team sheets ihr, the interview guide neither', () => {
    for (const [key, text] of Object.entries(de)) {
      if (key.startsWith('handout.') || key.startsWith('survey.')) expect(IHR.test(text), `${key}: ${text}`).toBe(false);
      if (key.startsWith('team.')) expect(DU.test(text), `${key}: ${text}`).toBe(false);
      if (key.startsWith('hiring.') && !/^hiring\.(opening|closing|fallbackQuestion)/.test(key)) {
        expect(DU.test(text) || IHR.test(text) || SIE.test(text.replace(/^Sie\b/, '')), `${key}: ${text}`).toBe(false);
      }
      if (/^hiring\.(opening|closing|fallbackQuestion)Formal$/.test(key)) expect(DU.test(text) || !SIE.test(text), `${key}: ${text}`).toBe(false);
      if (/^hiring\.(opening|closing|fallbackQuestion)$/.test(key)) expect(SIE.test(text.replace(/^Sie\b/, '')) || !DU.test(text), `${key}: ${text}`).toBe(false);
    }
  });

  it('German: one word for the customers, "Kunden"', () => {
    for (const [key, text] of Object.entries(de)) expect(/Kundschaft|Kundinnen|Kundin\b/.test(text), `${key}: ${text}`).toBe(false);
  });
});

// --- words, not codes -----------------------------------------------------------------------

/** Every text of the model, longest first: what the file says, as opposed to the document. */
function modelTexts(model: Philosophy): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(...v.split(/\s*\n\s*/).map((s) => s.trim()));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(model);
  return [...new Set(out.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
}

// Codes that are no English word show in no document; the rest show in no German one.
const CODES = {
  en: ['reduce-effort', 'team-lead', 'half-yearly', 'one-on-one', 'team-meeting', 'informal-meeting', 'in-app', ...TARGET_OPS],
  de: [...AIMS, ...SAYING_NO, ...REVIEW_CADENCES, ...TARGET_OPS, 'one-on-one', 'team-meeting', 'informal-meeting', 'in-app', 'survey', 'email', 'phone', 'sales', 'product', 'leadership', 'higher', 'lower'],
};
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('words, not codes', () => {
  for (const format of FORMATS) {
    it.each(CASES)(`%s %s (team %s), ${format}: no enum value, KPI id or ISO date that the file did not write`, (name, kind, team) => {
      const model = example(name);
      const context = contextOf(model, kind, { team });
      let seen = ` ${visible(render(model, kind, format, { team }), format)} `;
      // What remains once the file's own texts and the KPI names are taken out is our wording.
      const names = [...context.values.flatMap((v) => v.kpis), ...context.teams.flatMap((t) => t.metrics)].map((k) => k.label);
      for (const text of [...modelTexts(model), ...new Set(names)].sort((a, b) => b.length - a.length)) {
        seen = seen.replace(new RegExp(`(?<![\\p{L}\\d])${escapeRe(squash(text))}(?![\\p{L}\\d])`, 'gu'), ' ');
      }
      for (const code of CODES[model.language]) expect(seen, code).not.toMatch(new RegExp(`(^|[^\\w-])${code}([^\\w-]|$)`));
      const ids = [...(model.customKpis ?? []).map((c) => c.id), ...context.values.flatMap((v) => v.kpis.map((k) => k.id))];
      for (const id of ids) expect(seen, id).not.toMatch(new RegExp(`\\b${id}\\b`));
      expect(seen).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    });
  }

  it('dates in the language of the document, targets with no-break spaces and the local decimal mark', () => {
    const de = render(example('radwerk-berlin'), 'handout', 'md');
    expect(de).toContain('15. April 2027');
    expect(de).toContain('≥\u00a05,5\u00a0Punkte');
    expect(de).toContain('≥\u00a090\u00a0%');
    expect(de).not.toMatch(/[≥≤] /);
    const en = render(example('acme-robotics'), 'handout', 'md');
    expect(en).toContain('March 1, 2027');
    expect(en).toContain('≥\u00a090%');
    expect(en).not.toMatch(/[≥≤] /);
  });

  it('a custom KPI by its name, a catalog KPI with its abbreviation once, a hand-written channel capitalized', () => {
    const de = render(example('radwerk-berlin'), 'handout', 'md');
    expect(de).toContain('Ausfallzeit pro Schaden ≤\u00a02\u00a0Tage');
    expect(de).toContain('Kundenaufwand (CES)');
    expect(de).not.toContain('(Kundenaufwand) (CES)');
    expect(de).toContain('**Werkstatt**');
  });
});

// --- Markdown and HTML as readers see them ---------------------------------------------------

describe('Markdown: markdownlint', () => {
  it.each(CASES)('%s %s (team %s): no findings', (name, kind, team) => {
    expect(lintFindings(render(example(name), kind, 'md', { team }))).toEqual([]);
  });
});

describe('HTML: strict, the language set, self-contained, words breakable only at syllables', () => {
  it.each(CASES)('%s %s (team %s)', (name, kind, team) => {
    const model = example(name);
    const html = render(model, kind, 'html', { team });
    const root = parseHtml(html);
    expect(byTag(root, 'html')[0]!.attrs['lang']).toBe(model.language);
    expect(externalReferences(html)).toEqual([]);
    expect(html).not.toMatch(/overflow-wrap:\s*anywhere|word-break:\s*break-all/);
    expect(html).toMatch(/hyphens:\s*auto/);
    const name1 = contextOf(model, kind, { team }).document;
    expect(squash(htmlText(byTag(root, 'title')[0]!.children[0]!))).toBe(name1.title);
    expect(squash(htmlText(byTag(root, 'h1')[0]!))).toBe(name1.name);
  });
});

// --- the values interview -----------------------------------------------------------------

describe('values interview', () => {
  it('asks each value in priority order with weights by priority, overridable', () => {
    const model = example('acme-robotics');
    const context = contextOf(model, 'hiring-kit');
    expect(context.interview.map((v) => v.name)).toEqual(model.values.core.map((v) => v.name));
    expect(context.interview.map((v) => v.weight)).toEqual([5, 4, 3, 2, 1]);
    expect(context.scale.total).toBe((5 + 4 + 3 + 2 + 1) * 5);
    const weighted = contextOf(model, 'hiring-kit', { weights: [3, 3, 2, 1, 1] });
    expect(weighted.interview.map((v) => v.maxWeighted)).toEqual([15, 15, 10, 5, 5]);
    expect(weighted.scale.total).toBe(50);
    const md = render(model, 'hiring-kit', 'md', { weights: [3, 3, 2, 1, 1] });
    expect(md).toContain('| 1. Integrity | × 3 | \\_\\_\\_ / 5 | \\_\\_\\_ / 15 |');
    expect(md).toContain('**\\_\\_\\_ / 50**');
  });

  it('has the header fields, a decision and a signature; names no file', () => {
    for (const name of EXAMPLES) {
      const model = example(name);
      const seen = visible(render(model, 'hiring-kit', 'html'), 'html');
      const m = builtinMessages(model.language);
      for (const key of ['hiring.candidate', 'hiring.role', 'hiring.interviewer', 'hiring.date', 'hiring.hire', 'hiring.secondInterview', 'hiring.noHire', 'hiring.signature']) {
        expect(seen).toContain(m[key]);
      }
      expect(seen).not.toMatch(/\.ya?ml\b|YAML/i);
      const md = render(model, 'hiring-kit', 'md');
      expect(md).not.toMatch(/\.ya?ml\b|YAML/i);
    }
  });

  it('shows the reference answers where the benchmark has them, and anchors that fit the value', () => {
    const model = example('radwerk-berlin');
    model.hiring!.benchmark![0]!.referenceAnswers = ['„Ich habe einem Kunden gleich gesagt, dass der Rahmenschaden nicht im Abo ist und was er kostet.“'];
    const context = contextOf(model, 'hiring-kit');
    const honesty = context.interview[0]!;
    expect(honesty.referenceAnswers.length).toBeGreaterThan(0);
    const html = render(model, 'hiring-kit', 'html');
    expect(html).toContain('Rahmenschaden');
    // Ehrlichkeit is the catalog's honesty: its own anchors; a value unknown to the catalog gets
    // the general ones with its name.
    expect(honesty.anchors[0]!.label).toBe(builtinMessages('de')['anchor.honesty.1']);
    expect(honesty.anchors.map((a) => a.anchored)).toEqual([true, false, true, false, true]);
    const odd = { ...model, values: { core: [{ name: 'Berliner Schnauze' }] } } as Philosophy;
    expect(contextOf(odd, 'hiring-kit').interview[0]!.anchors[0]!.label).toContain('Berliner Schnauze');
  });

  it('a value without benchmark questions gets one general question, in du or, with --formal, in Sie', () => {
    const model = { ...example('radwerk-berlin'), hiring: { scale: 5, benchmark: [] } } as Philosophy;
    const informal = contextOf(model, 'hiring-kit').interview[0]!;
    expect(informal.fallback).toBe(true);
    expect(informal.ask[0]).toMatch(/^Erzähl von einer Situation/);
    const formal = contextOf(model, 'hiring-kit', { formal: true }).interview[0]!;
    expect(formal.ask[0]).toMatch(/^Erzählen Sie von einer Situation/);
    expect(render(model, 'hiring-kit', 'md', { formal: true })).toContain('Lassen Sie sich Zeit');
    expect(render(model, 'hiring-kit', 'md')).toContain('Lass dir Zeit');
  });

  it('other scales: anchors at 1, the middle and the top', () => {
    const model = { ...example('acme-robotics'), hiring: { scale: 7, benchmark: [] } } as Philosophy;
    expect(contextOf(model, 'hiring-kit').interview[0]!.anchors.map((a) => a.anchored)).toEqual([true, false, false, true, false, false, true]);
    const four = { ...model, hiring: { scale: 4, benchmark: [] } } as Philosophy;
    expect(contextOf(four, 'hiring-kit').interview[0]!.anchors.map((a) => a.anchored)).toEqual([true, false, false, true]);
  });
});

// --- team sheets -----------------------------------------------------------------------------

describe('team sheets', () => {
  it('repeat neither the vision nor the values, and have no filler rows', () => {
    for (const name of EXAMPLES) {
      const model = example(name);
      const context = contextOf(model, 'team-sheet');
      for (const format of FORMATS) {
        const output = render(model, 'team-sheet', format);
        expect(output).not.toContain(squash(model.vision.statement));
        for (const v of model.values.core) if (v.action) expect(output).not.toContain(v.action);
      }
      for (const sheet of context.sheets) for (const v of sheet.values) expect(v.metrics.length).toBeGreaterThan(0);
    }
  });

  it('a team none of whose numbers measures a value says so once', () => {
    const model = example('radwerk-berlin');
    const sales = contextOf(model, 'team-sheet', { team: 'sales' });
    expect(sales.sheets[0]!.values).toEqual([]);
    expect(render(model, 'team-sheet', 'md', { team: 'sales' })).toContain(builtinMessages('de')['team.noValues']);
  });
});

// --- random models ---------------------------------------------------------------------------

describe('random models', () => {
  it('every document renders as strict, self-contained HTML and lint-free Markdown structure (60 runs)', () => {
    fc.assert(
      fc.property(philosophy, (model) => {
        for (const kind of KINDS) {
          const html = render(model, kind, 'html');
          parseHtml(html);
          expect(externalReferences(html)).toEqual([]);
          render(model, kind, 'md');
        }
      }),
      { numRuns: 60 },
    );
  });
});
