// Step 4: each core value becomes something to do and something to measure: an action
// statement, the KPIs that move when the value is lived (with targets), the tools that help, and
// what the value does and does not look like in a conversation.
import { findKpi } from '../../catalog/index.js';
import { fill } from '../../core/text.js';
import { DIRECTIONS, KPI_ID_PATTERN, TARGET_OPS, type Direction, type Language, type TargetOp } from '../../model/constants.js';
import type { Target } from '../../model/schema.js';
import { formatTarget } from '../../render/format.js';
import { startsWithVerb } from '../../rules/action-starts-with-verb.js';
import { canonicalUnit, doubtOf, parseTarget } from '../answers.js';
import { getAt, setAt } from '../asker.js';
import type { Choice, Codec, Draft, Path, QuestionDef, Step, StepContext } from '../types.js';
import { chooseItems, itemsAt, kpiChoices, kpiFor, line, quiet, report, valueSuggestion, withFigures } from './shared.js';

const Q = {
  action: {
    message: { en: '{value}: action statement', de: '{value}: Handlungsleitsatz' },
    hint: {
      en: 'Start with a strong verb or write an I-statement, e.g. “Get it right the first time.” Enter takes the suggestion.',
      de: 'Beginne mit einem starken Verb oder schreib einen Ich-Satz, z. B. „Lös es beim ersten Mal richtig.“ Enter übernimmt den Vorschlag.',
    },
  } satisfies QuestionDef<string>,
  kpis: {
    message: { en: '{value}: which KPIs show that you live it?', de: '{value}: An welchen KPIs seht ihr, dass ihr den Wert lebt?' },
    hint: {
      en: 'Pick numbers that move when the value is lived: for “right the first time”, first-contact resolution says more than response time. The catalog’s suggestions are ticked.',
      de: 'Wähle Zahlen, die sich bewegen, wenn der Wert gelebt wird: Für „beim ersten Mal richtig“ sagt die Erstlösungsquote mehr als die Antwortzeit. Die Vorschläge des Katalogs sind angekreuzt.',
    },
    validate: (ids, language) => {
      const bad = ids.filter((id) => !normalizeKpiId(id));
      return bad.length ? fill(BAD_KPI_ID[language], { ids: bad.join(', ') }) : undefined;
    },
  } satisfies QuestionDef<string[]>,
  kpiName: {
    message: { en: 'Your own KPI: its name', de: 'Deine eigene KPI: ihr Name' },
    hint: {
      en: 'The catalog does not know this KPI, so describe it once; every value and team can then use it.',
      de: 'Der Katalog kennt diese KPI nicht, also beschreib sie einmal; danach können alle Werte und Teams sie nutzen.',
    },
    required: true,
  } satisfies QuestionDef<string>,
  kpiId: {
    message: { en: '{name}: short id used in summaries and the file', de: '{name}: Kürzel für Übersichten und die Datei' },
    validate: (id, language) => (ID_PATTERN.test(id) && !findKpi(id) ? undefined : fill(BAD_KPI_ID[language], { ids: id })),
    required: true,
  } satisfies QuestionDef<string>,
  kpiDefinition: {
    message: { en: '{kpi}: what does it measure?', de: '{kpi}: Was misst sie?' },
  } satisfies QuestionDef<string>,
  kpiFormula: {
    message: { en: '{kpi}: how is it calculated?', de: '{kpi}: Wie wird sie berechnet?' },
    hint: { en: 'E.g. “setups finished without a contact ÷ all setups × 100”.', de: 'Z. B. „Einrichtungen ohne Kontakt ÷ alle Einrichtungen × 100“.' },
  } satisfies QuestionDef<string>,
  kpiUnit: {
    message: { en: '{kpi}: unit (e.g. %, h, days, points)', de: '{kpi}: Einheit (z. B. %, Std., Tage, Punkte)' },
  } satisfies QuestionDef<string>,
  kpiDirection: {
    message: { en: '{kpi}: is higher or lower better?', de: '{kpi}: Ist ein höherer oder ein niedrigerer Wert besser?' },
  } satisfies QuestionDef<string>,
  target: {
    message: { en: '{value}: target for {kpi}', de: '{value}: Ziel für {kpi}' },
    hint: {
      en: 'Typical: {benchmark} Enter takes the suggestion; type e.g. “at least 75 %”, “≤ 4 h” or just the number. Backspace, then Enter leaves it empty to set later.',
      de: 'Üblich: {benchmark} Enter übernimmt den Vorschlag; tippe z. B. „mindestens 75 %“, „≤ 4 Std.“ oder nur die Zahl. Rücktaste, dann Enter lässt es leer, um es später festzulegen.',
    },
  } satisfies QuestionDef<Target>,
  reword: {
    message: { en: 'Reword it now? (the text stays there to edit)', de: 'Jetzt umformulieren? (der Text bleibt zum Bearbeiten stehen)' },
  } satisfies QuestionDef<boolean>,
  tools: {
    message: { en: '{value}: a tool that supports it', de: '{value}: ein Werkzeug, das den Wert unterstützt' },
    hint: {
      en: 'Choose technology that fits the value: autonomy calls for a knowledge base or a chatbot; personal support for one view of the customer across channels.',
      de: 'Wähle Technik, die zum Wert passt: Autonomie braucht eine Wissensdatenbank oder einen Chatbot; persönlicher Support eine Sicht auf den Kunden über alle Kanäle.',
    },
  } satisfies QuestionDef<string[]>,
  behaviours: {
    message: { en: '{value}: what does it look like in a conversation?', de: '{value}: Woran erkennt man den Wert im Gespräch?' },
    hint: {
      en: 'Something you could observe, e.g. “Tell the customer before a promised date slips, not after.”',
      de: 'Etwas, das man beobachten kann, z. B. „Dem Kunden Bescheid geben, bevor ein zugesagter Termin platzt, nicht danach.“',
    },
  } satisfies QuestionDef<string[]>,
  notThis: {
    message: { en: '{value}: what will you not do?', de: '{value}: Was tut ihr nicht?' },
    hint: {
      en: 'The line you won’t cross, e.g. “Close a ticket while the problem is still there.”',
      de: 'Die Grenze, die ihr nicht überschreitet, z. B. „Ein Ticket schließen, obwohl das Problem noch besteht.“',
    },
  } satisfies QuestionDef<string[]>,
};

const TEXT = {
  value: { en: 'Value {n} of {total}: {value}', de: 'Wert {n} von {total}: {value}' },
  noBenchmark: { en: 'no benchmark in the catalog.', de: 'kein Richtwert im Katalog.' },
  notTarget: {
    en: 'expected a target such as “at least 75 %”, “≤ 4 h” or a number',
    de: 'erwartet wird ein Ziel wie „mindestens 75 %“, „≤ 4 Std.“ oder eine Zahl',
  },
  doubt: { en: '{kpi} {typed}: did you mean {meant}?', de: '{kpi} {typed}: Meintest du {meant}?' },
  take: { en: 'Yes, {meant}', de: 'Ja, {meant}' },
  keep: { en: 'No, keep {typed}', de: 'Nein, {typed} bleibt' },
};

const BAD_KPI_ID = {
  en: 'not usable as a KPI id: {ids} (use letters, digits and _, e.g. TTV)',
  de: 'nicht als KPI-ID verwendbar: {ids} (Buchstaben, Ziffern und _, z. B. TTV)',
};

const DIRECTION_NAMES: Record<Direction, { en: string; de: string }> = {
  higher: { en: 'Higher is better', de: 'Höher ist besser' },
  lower: { en: 'Lower is better', de: 'Niedriger ist besser' },
};

const ID_PATTERN = new RegExp(KPI_ID_PATTERN);

/** A typed KPI id in the file's spelling ("time to value" → TIME_TO_VALUE); '' when nothing
 * usable is left. */
export function normalizeKpiId(text: string): string {
  const id = text.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return ID_PATTERN.test(id) ? id : '';
}

/** A short id for a KPI named in words: its initials ("Same-day payout fix rate" → SDPFR), or
 * the name itself when it is one word or already an id, or its initials clash with the catalog. */
export function proposeKpiId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  if (words.length >= 2 && ID_PATTERN.test(initials) && !findKpi(initials)) return initials;
  return normalizeKpiId(name);
}

type CustomKpi = NonNullable<Draft['customKpis']>[number];

function customKpis(draft: Draft): CustomKpi[] {
  return (draft.customKpis ?? []).filter((k) => typeof k === 'object' && k !== null);
}

/** Defines a KPI the catalog does not know, once per run, in one pass: name, short id (proposed
 * from the name), definition, formula, unit, direction. A KPI defined in an earlier run is
 * offered again with its answers as defaults. Returns the id (the lead may shorten it). */
async function defineCustomKpi(ctx: StepContext, id: string, typedName: string | undefined, defined: Set<string>): Promise<string> {
  if (defined.has(id)) return id;
  const { ask, language } = ctx;
  const existing = customKpis(ctx.draft).findIndex((k) => k.id === id);
  const n = existing >= 0 ? existing : (ctx.draft.customKpis?.length ?? 0);
  if (existing < 0) setAt(ctx.draft as Record<string, unknown>, ['customKpis', n, 'id'], id);
  const base = ['customKpis', n] as const;
  const name = await ask.text(Q.kpiName, [...base, 'name'], { data: { kpi: id }, ...(typedName ? { default: typedName } : {}) });
  // Only a KPI new in this run gets its id proposed from the name; an existing id stays.
  let final = id;
  if (existing < 0 && name) {
    const proposed = proposeKpiId(name) || id;
    setAt(ctx.draft as Record<string, unknown>, [...base, 'id'], undefined);
    final = (await ask.text(Q.kpiId, [...base, 'id'], { data: { name }, default: proposed })) ?? id;
    final = normalizeKpiId(final) || id;
    setAt(ctx.draft as Record<string, unknown>, [...base, 'id'], final);
  }
  defined.add(id);
  defined.add(final);
  const data = { kpi: final };
  await ask.text(Q.kpiDefinition, [...base, 'definition'], { data });
  await ask.text(Q.kpiFormula, [...base, 'formula'], { data });
  await ask.text(Q.kpiUnit, [...base, 'unit'], { data });
  await ask.select(
    Q.kpiDirection,
    [...base, 'direction'],
    DIRECTIONS.map((d): Choice<Direction> => ({ value: d, name: DIRECTION_NAMES[d][language] })),
    { data },
  );
  return final;
}

/** A target already set for KPI `id` under another core value, if any. */
function earlierTarget(draft: StepContext['draft'], id: string, base: Path): Target | undefined {
  const here = base.join('/');
  const core = (draft.values?.core ?? []) as Array<{ kpis?: Array<{ id?: string; target?: Target }> }>;
  for (let i = 0; i < core.length; i++) {
    const kpis = core[i]?.kpis ?? [];
    for (let j = 0; j < kpis.length; j++) {
      const kpi = kpis[j];
      if (kpi?.id === id && kpi.target?.value !== undefined && ['values', 'core', i, 'kpis', j, 'target'].join('/') !== here) return kpi.target;
    }
  }
  return undefined;
}

/** How a target is typed and shown for KPI `id`: "≥ 70 %", "at least 75", "4,5 h". A typed
 * unit that is the KPI's own is not written into the file; the target's earlier unit is kept. */
export function targetCodec(id: string, language: Language, draft: Draft, current?: Partial<Target>): Codec<Target> {
  const catalog = kpiFor(id, draft);
  const custom = customKpis(draft).find((k) => k.id === id);
  const direction = catalog?.direction ?? custom?.direction;
  const unit = catalog?.unit ?? custom?.unit;
  const format = (target: Target) => formatTarget(target, id, language, customKpis(draft) as never);
  // The same unit in other words ("Tage" for days) keeps the file's spelling.
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && canonicalUnit(a) === canonicalUnit(b);
  const unitOf = (typed: string | undefined) => (typed === undefined || same(typed, unit) || same(typed, current?.unit) ? current?.unit : typed);
  return {
    parse(text) {
      const typed = parseTarget(text, direction);
      if (!typed) return { problem: TEXT.notTarget[language] };
      const u = unitOf(typed.unit);
      return { ok: { op: typed.op, value: typed.value, ...(u ? { unit: u } : {}) } };
    },
    format,
    fromFile(raw) {
      const r = raw as Partial<Target> | null;
      const ok =
        typeof r === 'object' && r !== null && (TARGET_OPS as readonly unknown[]).includes(r.op) && typeof r.value === 'number' && Number.isFinite(r.value) && (r.unit === undefined || typeof r.unit === 'string');
      return ok ? { ok: { op: r.op!, value: r.value!, ...(r.unit ? { unit: r.unit } : {}) } } : { problem: TEXT.notTarget[language] };
    },
    doubt(target) {
      // Only on the KPI's own scale: a target in another unit is the team's choice.
      if (target.unit !== undefined && !same(target.unit, unit)) return undefined;
      const meant = doubtOf(target.value, { ...(catalog?.min !== undefined ? { min: catalog.min } : {}), ...(catalog?.max !== undefined ? { max: catalog.max } : {}), ...(catalog?.target !== undefined ? { typical: catalog.target } : {}), ...(unit ? { unit } : {}), ...(direction ? { direction } : {}) });
      if (meant === undefined) return undefined;
      const instead = { ...target, value: meant };
      const data = { kpi: id, typed: format(target), meant: format(instead) };
      return { question: fill(TEXT.doubt[language], data), instead, take: fill(TEXT.take[language], data), keep: fill(TEXT.keep[language], data) };
    },
  };
}

async function askTarget(ctx: StepContext, base: Path, id: string, value: string): Promise<void> {
  const { ask, language } = ctx;
  // The benchmark of the kind of business, where the catalog has one for it.
  const catalog = kpiFor(id, ctx.draft);
  const data = { value, kpi: id, benchmark: catalog ? catalog.benchmark.text[language] : TEXT.noBenchmark[language] };
  // The same KPI under another value usually has the same target; else the catalog's typical one.
  const earlier = earlierTarget(ctx.draft, id, base);
  const direction = catalog?.direction ?? customKpis(ctx.draft).find((k) => k.id === id)?.direction;
  const suggested: Target | undefined =
    earlier ?? (catalog?.target !== undefined ? { op: direction === 'lower' ? 'lte' : 'gte', value: catalog.target } : undefined);
  const current = getAt(ctx.draft, base) as Partial<Target> | undefined;
  // A half-written target (an operator without a value, from an older draft) is no answer.
  if (current && typeof current.value !== 'number') setAt(ctx.draft as Record<string, unknown>, base, undefined);
  await ask.parsed(Q.target, base, targetCodec(id, language, ctx.draft, current), { data, ...(suggested ? { default: suggested } : {}) });
}

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  const core = itemsAt(ctx.draft, ['values', 'core'], 'name');
  const defined = new Set<string>();
  // What the lead typed for a KPI of their own, by the id made from it: the name to offer.
  const typedNames = new Map<string, string>();

  for (const [i, value] of core.entries()) {
    const name = value['name'] as string;
    const suggestion = valueSuggestion(name, ctx.draft);
    const data = { value: name };
    const path = ['values', 'core', i] as const;
    ctx.say(ctx.t(TEXT.value, { n: i + 1, total: core.length, value: name }));

    let action = await ask.text(quiet(Q.action, i), [...path, 'action'], { data, ...(suggestion ? { default: suggestion.action[language] } : {}) });
    // A weak action statement gets what a weak vision gets: the finding, and the offer to
    // reword it with the text there to edit. Asked once; keeping it is the team's call.
    if (action !== undefined) {
      const check = startsWithVerb(action, language);
      if (!check.ok && check.firstWord && report(ctx, 'action-starts-with-verb', 'notVerbFirst', { value: name, firstWord: check.firstWord })) {
        if (await ask.confirm(Q.reword, { default: true })) action = await ask.text(Q.action, [...path, 'action'], { data, editable: true });
      }
    }

    const chosen = await chooseItems(ctx, quiet(Q.kpis, i), [...path, 'kpis'], 'id', kpiChoices(ctx.draft, language), {
      data,
      other: true,
      normalize: (typed) => {
        const id = proposeKpiId(typed);
        if (id && !typedNames.has(id)) typedNames.set(id, typed.trim());
        return id;
      },
      ...(suggestion ? { default: suggestion.kpis } : {}),
    });
    for (const [j, chosenId] of chosen.entries()) {
      let id = chosenId;
      if (!findKpi(id)) {
        id = await defineCustomKpi(ctx, id, typedNames.get(id), defined);
        if (id !== chosenId) setAt(ctx.draft as Record<string, unknown>, [...path, 'kpis', j, 'id'], id);
      }
      await askTarget(ctx, [...path, 'kpis', j, 'target'], id, name);
    }

    await ask.list(quiet(Q.tools, i), [...path, 'tools'], { data, ...(suggestion ? { default: suggestion.tools[language] } : {}) });
    await ask.list(quiet(Q.behaviours, i), [...path, 'behaviours'], { data });
    await ask.list(quiet(Q.notThis, i), [...path, 'notThis'], { data });
  }
}

const L = {
  kpis: { en: 'KPIs', de: 'KPIs' },
};

function summary(draft: Draft, language: Language): string[] {
  const out: string[] = [];
  for (const value of draft.values?.core ?? []) {
    if (!value?.name) continue;
    out.push(line(language, value.name, value.action));
    const kpis = (value.kpis ?? [])
      .filter((k) => k?.id)
      .map((k) =>
        k!.target?.value !== undefined && k!.target.op ? `${k!.id} ${formatTarget(k!.target as Target, k!.id!, language, customKpis(draft) as never)}` : k!.id!,
      );
    out.push(`  ${line(language, L.kpis, kpis.join(', '))}`);
  }
  return out;
}

export const step: Step = {
  number: 4,
  title: { en: 'Make it actionable', de: 'Umsetzbar machen' },
  intro: withFigures(4, {
    en: 'A value counts when people can act on it and see whether they do. For each core value: an action statement, the KPIs that really measure it with a target, the tools that support it, and what it does and doesn’t look like in a conversation.',
    de: 'Ein Wert zählt, wenn man danach handeln und sehen kann, ob man es tut. Für jeden Kernwert: ein Handlungsleitsatz, die KPIs, die ihn wirklich messen, mit einem Ziel, die Werkzeuge, die ihn stützen, und woran man ihn im Gespräch erkennt und woran nicht.',
  }),
  questions: Q,
  run,
  summary,
};
