// The one object every template sees: the model, normalized so that every field exists (null
// or an empty list where the file has nothing), with catalog knowledge resolved in the
// document's language. Templates run in strict mode, so a misspelled name in a template is an
// error with the template's line, never a silent blank.
import { INCENTIVE_CAVEAT, findChannel, findKpi, findTeam } from '../catalog/index.js';
import { CONTROL_CHARACTERS, type Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import { capitalized, documentDate, formatTarget, kpiName, NBSP } from './format.js';
import { builtinMessages, type Messages } from './messages.js';

export interface KpiView {
  id: string;
  /** The catalog's or the custom KPI's name in the document's language; the id when unknown. */
  name: string;
  /** How documents name it, in the words of the document messages (`kpi.<ID>`): the
   * abbreviation at most once ("Kundenaufwand (CES)"), a custom KPI by its name alone. */
  label: string;
  /** higher | lower: which way is better, when known. */
  direction: string | null;
  /** One-line definition, when the catalog or the custom KPI has one. */
  definition: string | null;
  /** The target written out, e.g. "≥ 90 %"; null without a target. */
  target: string | null;
  custom: boolean;
}

export interface ValueView {
  /** 1-based position: the priority when values conflict. */
  position: number;
  /** Whether the value has anything beyond its name to show (action, meaning, lists, KPIs). */
  details: boolean;
  name: string;
  meaning: string | null;
  action: string | null;
  behaviours: string[];
  notThis: string[];
  kpis: KpiView[];
  tools: string[];
  /** Interview questions from the values benchmark for this value. */
  questions: string[];
  /** Answers of the people who best live the value (the benchmark's yardstick), if given. */
  referenceAnswers: string[];
}

export interface ChannelView {
  /** The catalog's name in the document's language, else as written. */
  name: string;
  hours: string | null;
  firstResponse: string | null;
}

export interface TeamView {
  /** The catalog's name in the document's language, else as written. */
  name: string;
  activities: string | null;
  metrics: KpiView[];
}

export interface RenderContext {
  language: Language;
  /** File name of the source, e.g. `acme-robotics.yaml`. */
  source: string;
  /** e.g. `philosophy 0.1.0`. */
  generator: string;
  /** Where editors find the JSON Schema: the source's modeline, else the conventional path. */
  schemaPath: string;
  company: { name: string; mission: string };
  needs: {
    supportRole: string | null;
    /** delight | reduce-effort | both; the `label` helper words it. */
    aim: string | null;
    principles: string[];
    customerNeeds: string[];
    channels: ChannelView[];
    selfHelp: string[];
    /** The service funnel, or null when none of its steps is written. */
    funnel: { proactive: string | null; selfService: string | null; human: string | null } | null;
  };
  brainstorm: string[];
  values: ValueView[];
  vision: {
    statement: string;
    criteria: { understandable: string | null; serviceKind: string | null; nowAndFuture: string | null };
    stakeholders: string[];
  };
  empowerment: { decisions: string[]; sayingNo: string | null; escalation: string | null };
  sharing: {
    onboarding: string | null;
    socialMedia: string | null;
    promotions: string | null;
    incentives: string | null;
    /** The warning printed with incentives (null without incentives). */
    incentivesCaveat: string | null;
    toneOfVoice: string | null;
    brandVoice: string | null;
    rituals: string[];
  };
  hiring: { scale: number | null; benchmark: Array<{ value: string; questions: string[]; referenceAnswers: string[] }> };
  teams: TeamView[];
  feedback: {
    /** How the team listens, in words: the wizard's names for its choices, others as written. */
    methods: string[];
    conflictPolicy: string | null;
    /** monthly | quarterly | half-yearly | yearly; the `label` helper words it. */
    reviewCadence: string | null;
    /** As in the file (YYYY-MM-DD); `nextReviewText` is how a reader sees it. */
    nextReview: string | null;
    /** The date in the document's language: "December 2, 2027" / "2. Dezember 2027". */
    nextReviewText: string | null;
  };
  customKpis: Array<{ id: string; name: string; definition: string | null; formula: string | null; unit: string | null; direction: string | null }>;
  /** Which sections have anything to show (a section without data is left out). */
  show: {
    needs: boolean;
    criteria: boolean;
    empowerment: boolean;
    sharing: boolean;
    hiring: boolean;
    /** Any value has details (see ValueView.details). */
    living: boolean;
    teams: boolean;
    feedback: boolean;
    customKpis: boolean;
  };
  /** The model exactly as loaded, for views that reproduce the file (the YAML view). */
  model: Philosophy;
}

const text = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value);
const list = (value: readonly string[] | undefined): string[] => [...(value ?? [])];
const CONTROLS = new RegExp(CONTROL_CHARACTERS.source, 'gu');

function withoutControls(node: unknown): unknown {
  if (typeof node === 'string') return CONTROL_CHARACTERS.test(node) ? node.replace(CONTROLS, '') : node;
  if (Array.isArray(node)) return node.map(withoutControls);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k.replace(CONTROLS, ''), withoutControls(v)]));
}

function funnelView(model: Philosophy) {
  const f = model.needs?.funnel;
  const view = { proactive: text(f?.proactive), selfService: text(f?.selfService), human: text(f?.human) };
  return view.proactive === null && view.selfService === null && view.human === null ? null : view;
}
const anyOf = (...values: unknown[]) => values.some((v) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined));

export const DEFAULT_SCHEMA_PATH = '../schema/philosophy.schema.json';

export function buildContext(
  loaded: Philosophy,
  source: string,
  generator: string,
  schemaPath = DEFAULT_SCHEMA_PATH,
  messages: Messages = builtinMessages(loaded.language),
): RenderContext {
  // No document carries a control character: the text-controls rule reports them, and a
  // rendering of a file with such a finding drops them.
  const model = withoutControls(loaded) as Philosophy;
  const lang = model.language;
  const customs = model.customKpis ?? [];
  const kpiView = (id: string, target?: Parameters<typeof formatTarget>[0]): KpiView => {
    const custom = customs.find((c) => c.id === id);
    const known = findKpi(id);
    const name = kpiName(id, lang, customs);
    return {
      id,
      name,
      label: custom ? custom.name : (messages[`kpi.${id}`] ?? name),
      direction: custom ? (custom.direction ?? null) : (known?.direction ?? null),
      definition: custom ? (custom.definition ?? null) : known ? known.definition[lang] : null,
      target: target ? formatTarget(target, id, lang, customs, NBSP) : null,
      custom: custom !== undefined,
    };
  };
  const benchmark = (model.hiring?.benchmark ?? []).map((b) => ({
    value: b.value,
    questions: list(b.questions),
    referenceAnswers: list(b.referenceAnswers),
  }));
  const benchmarkOf = (name: string) => {
    const key = name.trim().toLowerCase();
    return benchmark.filter((b) => b.value.trim().toLowerCase() === key);
  };

  const needs = {
    supportRole: text(model.needs?.supportRole),
    aim: model.needs?.aim ?? null,
    principles: list(model.needs?.principles),
    customerNeeds: list(model.needs?.customerNeeds),
    channels: (model.needs?.channels ?? []).map((c) => ({
      // A channel code (`email`, `self-service`) becomes the catalog's word; a channel the team
      // named in its own words ("Werkstatt") keeps them.
      name: findChannel(c.name)?.id === c.name.trim().toLowerCase() ? findChannel(c.name)!.name[lang] : capitalized(c.name),
      hours: text(c.hours),
      firstResponse: text(c.firstResponse),
    })),
    selfHelp: list(model.needs?.selfHelp),
    funnel: funnelView(model),
  };
  const criteria = {
    understandable: text(model.vision.criteria?.understandable),
    serviceKind: text(model.vision.criteria?.serviceKind),
    nowAndFuture: text(model.vision.criteria?.nowAndFuture),
  };
  const empowerment = {
    decisions: list(model.empowerment?.decisions),
    sayingNo: model.empowerment?.sayingNo ?? null,
    escalation: text(model.empowerment?.escalation),
  };
  const sharing = {
    onboarding: text(model.sharing?.onboarding),
    socialMedia: text(model.sharing?.socialMedia),
    promotions: text(model.sharing?.promotions),
    incentives: text(model.sharing?.incentives),
    incentivesCaveat: text(model.sharing?.incentives) === null ? null : INCENTIVE_CAVEAT[lang],
    toneOfVoice: text(model.sharing?.toneOfVoice),
    brandVoice: text(model.sharing?.brandVoice),
    rituals: list(model.sharing?.rituals),
  };
  const feedback = {
    methods: list(model.feedback?.methods).map((m) => messages[`method.${m}`] ?? capitalized(m)),
    conflictPolicy: text(model.feedback?.conflictPolicy),
    reviewCadence: model.feedback?.reviewCadence ?? null,
    nextReview: model.feedback?.nextReview ?? null,
    nextReviewText: model.feedback?.nextReview ? documentDate(model.feedback.nextReview, lang) : null,
  };
  const teams = (model.teams ?? []).map((t) => ({
    name: findTeam(t.team)?.name[lang] ?? capitalized(t.team),
    activities: text(t.activities),
    metrics: (t.metrics ?? []).map((id) => kpiView(id)),
  }));
  const customKpis = customs.map((c) => ({
    id: c.id,
    name: c.name,
    definition: c.definition ?? null,
    formula: c.formula ?? null,
    unit: c.unit ?? null,
    direction: c.direction ?? null,
  }));

  const values = model.values.core.map((v, i) => {
    const view = {
      position: i + 1,
      details: false,
      name: v.name,
      meaning: text(v.meaning),
      action: text(v.action),
      behaviours: list(v.behaviours),
      notThis: list(v.notThis),
      kpis: (v.kpis ?? []).map((k) => kpiView(k.id, k.target)),
      tools: list(v.tools),
      questions: benchmarkOf(v.name).flatMap((b) => b.questions),
      referenceAnswers: benchmarkOf(v.name).flatMap((b) => b.referenceAnswers),
    };
    view.details = anyOf(view.meaning, view.action, view.behaviours, view.notThis, view.kpis, view.tools);
    return view;
  });

  return {
    language: lang,
    source,
    generator,
    schemaPath,
    company: { name: model.company.name, mission: model.company.mission },
    needs,
    brainstorm: list(model.values.brainstorm),
    values,
    vision: { statement: model.vision.statement, criteria, stakeholders: list(model.vision.stakeholders) },
    empowerment,
    sharing,
    hiring: { scale: model.hiring?.scale ?? null, benchmark },
    teams,
    feedback,
    customKpis,
    show: {
      needs: anyOf(...Object.values(needs)),
      criteria: anyOf(...Object.values(criteria)),
      empowerment: anyOf(...Object.values(empowerment)),
      sharing: anyOf(...Object.values(sharing)),
      hiring: benchmark.some((b) => b.questions.length > 0),
      living: values.some((v) => v.details),
      teams: teams.length > 0,
      feedback: anyOf(...Object.values(feedback)),
      customKpis: customKpis.length > 0,
    },
    // The YAML view reproduces the file exactly; its escapes keep control characters out of the bytes.
    model: loaded,
  };
}
