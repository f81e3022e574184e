// What the export templates see: the render context plus what the exported documents need
// beyond the philosophy page: the chosen team, a sheet per team with how each value applies to
// it, the rating scale with an anchor for every score, and the interpretation survey's items.
import type { Bilingual } from '../core/bilingual.js';
import { findTeam } from '../catalog/index.js';
import type { Language } from '../model/constants.js';
import type { KpiView, RenderContext, TeamView } from '../render/context.js';
import { fill } from '../core/text.js';

export interface TeamSheet extends TeamView {
  /** How each core value shows in this team's work: its action, and which of the team's
   * metrics also measure the value. */
  values: Array<{ name: string; action: string | null; metrics: KpiView[] }>;
}

export interface ScaleAnchor {
  score: number;
  label: string;
}

export interface SurveyItem {
  /** Stable id for form tools, e.g. `v1-meaning`, `v1-know`, `conflicts`. */
  id: string;
  /** The value the item is about, or null for the closing questions. */
  value: string | null;
  kind: 'open' | 'scale';
  text: string;
}

export interface ExportContext extends RenderContext {
  /** The team named with --team, if any. */
  team: TeamSheet | null;
  /** The sheets to print: the chosen team's, or every team's. */
  sheets: TeamSheet[];
  /** The hiring rating scale, 1..max, each score with its anchor; `total` is the highest
   * possible sum over all core values. */
  scale: { max: number; anchors: ScaleAnchor[]; total: number };
  /** The agreement scale of the survey (1..5), each point labelled. */
  agreement: ScaleAnchor[];
  survey: SurveyItem[];
}

const ANCHORS: Bilingual[] = [
  { en: 'No sign of the value in the answer', de: 'Keine Spur des Werts in der Antwort' },
  { en: 'Knows the value, no example of living it', de: 'Kennt den Wert, ohne Beispiel, ihn zu leben' },
  { en: 'Some evidence: one example, told in general terms', de: 'Erste Belege: ein Beispiel, eher allgemein erzählt' },
  { en: 'Clear evidence: concrete examples, told with care', de: 'Klare Belege: konkrete Beispiele, mit Bedacht erzählt' },
  { en: 'Lives it like our best colleagues: examples, reflection, impact', de: 'Lebt ihn wie unsere besten Kolleginnen und Kollegen: Beispiele, Reflexion, Wirkung' },
];

const AGREEMENT: Bilingual[] = [
  { en: 'Strongly disagree', de: 'Stimme gar nicht zu' },
  { en: 'Disagree', de: 'Stimme eher nicht zu' },
  { en: 'Neither', de: 'Teils, teils' },
  { en: 'Agree', de: 'Stimme eher zu' },
  { en: 'Strongly agree', de: 'Stimme voll zu' },
];

const SURVEY: Record<'meaning' | 'know' | 'rewarded' | 'conflicts' | 'conflictsHandled', Bilingual> = {
  meaning: { en: 'What does “{value}” mean in your work? Describe a recent situation.', de: 'Was bedeutet „{value}“ in deiner Arbeit? Beschreibe eine Situation aus letzter Zeit.' },
  know: { en: 'I know how to live “{value}” in my daily work.', de: 'Ich weiß, wie ich „{value}“ in meiner täglichen Arbeit lebe.' },
  rewarded: { en: 'Our metrics reward living “{value}”.', de: 'Unsere Kennzahlen belohnen es, „{value}“ zu leben.' },
  conflicts: {
    en: 'Describe a decision or target that contradicted this philosophy. What happened, and what should happen next time?',
    de: 'Beschreibe eine Entscheidung oder ein Ziel, das dieser Philosophie widersprochen hat. Was ist passiert, und was sollte nächstes Mal passieren?',
  },
  conflictsHandled: { en: 'When a decision contradicts our philosophy, I know how to raise it.', de: 'Wenn eine Entscheidung unserer Philosophie widerspricht, weiß ich, wie ich das anspreche.' },
};

/** Anchors for 1..max, spread over the five descriptions (the ends are always the extremes). */
export function scaleAnchors(max: number, language: Language): ScaleAnchor[] {
  return Array.from({ length: max }, (_, i) => {
    const at = max === 1 ? 0 : Math.round((i / (max - 1)) * (ANCHORS.length - 1));
    return { score: i + 1, label: ANCHORS[at]![language] };
  });
}

export function surveyItems(context: RenderContext): SurveyItem[] {
  const t = (text: Bilingual, value?: string) => fill(text[context.language], value === undefined ? {} : { value });
  const items: SurveyItem[] = [];
  context.values.forEach((v) => {
    items.push({ id: `v${v.position}-meaning`, value: v.name, kind: 'open', text: t(SURVEY.meaning, v.name) });
    items.push({ id: `v${v.position}-know`, value: v.name, kind: 'scale', text: t(SURVEY.know, v.name) });
    items.push({ id: `v${v.position}-rewarded`, value: v.name, kind: 'scale', text: t(SURVEY.rewarded, v.name) });
  });
  items.push({ id: 'conflicts-handled', value: null, kind: 'scale', text: t(SURVEY.conflictsHandled) });
  items.push({ id: 'conflicts', value: null, kind: 'open', text: t(SURVEY.conflicts) });
  return items;
}

function sheetOf(team: TeamView, context: RenderContext): TeamSheet {
  const ids = new Set(team.metrics.map((m) => m.id));
  return {
    ...team,
    values: context.values.map((v) => ({ name: v.name, action: v.action, metrics: v.kpis.filter((k) => ids.has(k.id)) })),
  };
}

/** The team named by the user: by its name as written, its catalog id or its catalog name. */
export function findTeamView(context: RenderContext, name: string): TeamView | undefined {
  const key = name.trim().toLowerCase();
  const wanted = findTeam(name)?.id;
  return context.teams.find((t, i) => {
    const written = context.model.teams?.[i]?.team ?? '';
    return t.name.toLowerCase() === key || written.toLowerCase() === key || (wanted !== undefined && findTeam(written)?.id === wanted);
  });
}

export function buildExportContext(context: RenderContext, team: TeamView | undefined): ExportContext {
  const max = context.hiring.scale ?? 5;
  const sheets = (team ? [team] : context.teams).map((t) => sheetOf(t, context));
  return {
    ...context,
    team: team ? sheetOf(team, context) : null,
    sheets,
    scale: { max, anchors: scaleAnchors(max, context.language), total: max * context.values.length },
    agreement: AGREEMENT.map((a, i) => ({ score: i + 1, label: a[context.language] })),
    survey: surveyItems(context),
  };
}
