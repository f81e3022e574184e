// Step 4: each core value becomes something to do and something to measure: an action
// statement, the KPIs that move when the value is lived (with targets), the tools that help, and
// what the value does and does not look like in a conversation.
import { findKpi, matchValue } from '../../catalog/index.js';
import { fill } from '../../core/text.js';
import { DIRECTIONS, KPI_ID_PATTERN, TARGET_OPS, type Direction, type Language, type TargetOp } from '../../model/constants.js';
import { rule as actionStartsWithVerb, startsWithVerb } from '../../rules/action-starts-with-verb.js';
import { setAt } from '../asker.js';
import type { Choice, Draft, Path, QuestionDef, Step, StepContext } from '../types.js';
import { chooseItems, itemsAt, kpiChoices, line, quiet, withFigures } from './shared.js';

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
    message: { en: '{kpi}: name of your own KPI', de: '{kpi}: Name deiner eigenen KPI' },
    hint: {
      en: 'The catalog does not know this KPI, so describe it once; every value and team can then use it.',
      de: 'Der Katalog kennt diese KPI nicht, also beschreib sie einmal; danach können alle Werte und Teams sie nutzen.',
    },
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
    message: { en: '{kpi}: unit (e.g. %, days)', de: '{kpi}: Einheit (z. B. %, days)' },
  } satisfies QuestionDef<string>,
  kpiDirection: {
    message: { en: '{kpi}: is higher or lower better?', de: '{kpi}: Ist ein höherer oder ein niedrigerer Wert besser?' },
  } satisfies QuestionDef<string>,
  targetOp: {
    message: { en: '{kpi}: what kind of target?', de: '{kpi}: Welche Art von Ziel?' },
  } satisfies QuestionDef<string>,
  targetValue: {
    message: { en: '{kpi}: target value', de: '{kpi}: Zielwert' },
    hint: {
      en: 'Typical: {benchmark} Leave it empty to set the target later.',
      de: 'Üblich: {benchmark} Lass es leer, um das Ziel später festzulegen.',
    },
  } satisfies QuestionDef<number>,
  targetUnit: {
    message: { en: '{kpi}: unit of the target (empty: {unit})', de: '{kpi}: Einheit des Ziels (leer: {unit})' },
  } satisfies QuestionDef<string>,
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
  range: { en: '{kpi} runs from {min} to {max}.', de: '{kpi} reicht von {min} bis {max}.' },
};

const BAD_KPI_ID = {
  en: 'not usable as a KPI id: {ids} (use letters, digits and _, e.g. TTV)',
  de: 'nicht als KPI-ID verwendbar: {ids} (Buchstaben, Ziffern und _, z. B. TTV)',
};

const OP_NAMES: Record<TargetOp, { en: string; de: string }> = {
  gte: { en: 'at least (≥)', de: 'mindestens (≥)' },
  gt: { en: 'more than (>)', de: 'mehr als (>)' },
  lte: { en: 'at most (≤)', de: 'höchstens (≤)' },
  lt: { en: 'less than (<)', de: 'weniger als (<)' },
  eq: { en: 'exactly (=)', de: 'genau (=)' },
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

type CustomKpi = NonNullable<Draft['customKpis']>[number];

function customKpis(draft: Draft): CustomKpi[] {
  return (draft.customKpis ?? []).filter((k) => typeof k === 'object' && k !== null);
}

/** Asks for the definition of a KPI the catalog does not know, once per run; a KPI defined in
 * an earlier run is offered again with its answers as defaults. */
async function defineCustomKpi(ctx: StepContext, id: string, defined: Set<string>): Promise<void> {
  if (defined.has(id)) return;
  defined.add(id);
  const { ask, language } = ctx;
  const existing = customKpis(ctx.draft).findIndex((k) => k.id === id);
  const n = existing >= 0 ? existing : (ctx.draft.customKpis?.length ?? 0);
  if (existing < 0) setAt(ctx.draft as Record<string, unknown>, ['customKpis', n, 'id'], id);
  const data = { kpi: id };
  await ask.text(Q.kpiName, ['customKpis', n, 'name'], { data });
  await ask.text(Q.kpiDefinition, ['customKpis', n, 'definition'], { data });
  await ask.text(Q.kpiFormula, ['customKpis', n, 'formula'], { data });
  await ask.text(Q.kpiUnit, ['customKpis', n, 'unit'], { data });
  await ask.select(
    Q.kpiDirection,
    ['customKpis', n, 'direction'],
    DIRECTIONS.map((d): Choice<Direction> => ({ value: d, name: DIRECTION_NAMES[d][language] })),
    { data },
  );
}

function rangeCheck(kpi: string, min: number | undefined, max: number | undefined): QuestionDef<number>['validate'] {
  if (min === undefined && max === undefined) return undefined;
  return (value, language) =>
    (min !== undefined && value < min) || (max !== undefined && value > max)
      ? fill(TEXT.range[language], { kpi, min: min ?? '−∞', max: max ?? '∞' })
      : undefined;
}

/** A target already set for KPI `id` under another core value, if any. */
function earlierTarget(draft: StepContext['draft'], id: string, base: Path): { op?: TargetOp; value?: number } | undefined {
  const here = base.join('/');
  const core = (draft.values?.core ?? []) as Array<{ kpis?: Array<{ id?: string; target?: { op?: TargetOp; value?: number } }> }>;
  for (let i = 0; i < core.length; i++) {
    const kpis = core[i]?.kpis ?? [];
    for (let j = 0; j < kpis.length; j++) {
      const kpi = kpis[j];
      if (kpi?.id === id && kpi.target?.value !== undefined && ['values', 'core', i, 'kpis', j, 'target'].join('/') !== here) return kpi.target;
    }
  }
  return undefined;
}

async function askTarget(ctx: StepContext, base: Path, id: string): Promise<void> {
  const { ask, language } = ctx;
  const catalog = findKpi(id);
  const custom = customKpis(ctx.draft).find((k) => k.id === id);
  const direction = catalog?.direction ?? custom?.direction;
  const unit = catalog?.unit ?? custom?.unit;
  const data = { kpi: id, benchmark: catalog ? catalog.benchmark.text[language] : TEXT.noBenchmark[language], unit: unit ?? '—' };
  // The same KPI under another value usually has the same target: offer it.
  const earlier = earlierTarget(ctx.draft, id, base);

  await ask.select(
    Q.targetOp,
    [...base, 'op'],
    TARGET_OPS.map((op): Choice<TargetOp> => ({ value: op, name: OP_NAMES[op][language] })),
    { data, default: earlier?.op ?? (direction === 'lower' ? 'lte' : 'gte') },
  );
  // The hint names this KPI's typical values, so it is shown for every KPI.
  const valueQuestion: QuestionDef<number> = { ...Q.targetValue, validate: rangeCheck(id, catalog?.min, catalog?.max) };
  const value = await ask.number(valueQuestion, [...base, 'value'], { data, ...(earlier?.value !== undefined ? { default: earlier.value } : {}) });
  // A target without a value is not a target: drop the operator too, and ask again next time.
  if (value === undefined) {
    setAt(ctx.draft as Record<string, unknown>, base, undefined);
    return;
  }
  await ask.text(Q.targetUnit, [...base, 'unit'], { data });
}

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  const core = itemsAt(ctx.draft, ['values', 'core'], 'name');
  const defined = new Set<string>();

  for (const [i, value] of core.entries()) {
    const name = value['name'] as string;
    const suggestion = matchValue(name);
    const data = { value: name };
    const path = ['values', 'core', i] as const;
    ctx.say(ctx.t(TEXT.value, { n: i + 1, total: core.length, value: name }));

    const action = await ask.text(quiet(Q.action, i), [...path, 'action'], { data, ...(suggestion ? { default: suggestion.action[language] } : {}) });
    if (action !== undefined) {
      const check = startsWithVerb(action, language);
      if (!check.ok && check.firstWord) {
        const m = actionStartsWithVerb.messages['notVerbFirst']!;
        ctx.say(`  ⚠ ${fill(m.message[language], { value: name, firstWord: check.firstWord })}`);
        ctx.say(`    ${m.hint[language]}`);
      }
    }

    const ids = await chooseItems(ctx, quiet(Q.kpis, i), [...path, 'kpis'], 'id', kpiChoices(ctx.draft, language), {
      data,
      other: true,
      normalize: normalizeKpiId,
      ...(suggestion ? { default: suggestion.kpis } : {}),
    });
    for (const [j, id] of ids.entries()) {
      if (!findKpi(id)) await defineCustomKpi(ctx, id, defined);
      await askTarget(ctx, [...path, 'kpis', j, 'target'], id);
    }

    await ask.list(quiet(Q.tools, i), [...path, 'tools'], { data, ...(suggestion ? { default: suggestion.tools[language] } : {}) });
    await ask.list(quiet(Q.behaviours, i), [...path, 'behaviours'], { data });
    await ask.list(quiet(Q.notThis, i), [...path, 'notThis'], { data });
  }
}

const L = {
  kpis: { en: 'KPIs', de: 'KPIs' },
};

const OP_SIGNS: Record<string, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

function summary(draft: Draft, language: Language): string[] {
  const out: string[] = [];
  for (const value of draft.values?.core ?? []) {
    if (!value?.name) continue;
    out.push(line(language, value.name, value.action));
    const kpis = (value.kpis ?? [])
      .filter((k) => k?.id)
      .map((k) => (k!.target?.value !== undefined ? `${k!.id} ${OP_SIGNS[k!.target.op ?? ''] ?? ''} ${k!.target.value}${k!.target.unit ? ` ${k!.target.unit}` : ''}` : k!.id!));
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
