// What the export templates see: the render context plus what the exported documents need
// beyond the philosophy page: the document's name, the chosen team, a sheet per team with the
// values its numbers measure, per value an anchored rating scale and a weight for the hiring
// scorecard, and the interpretation survey's items. Every text comes from the document
// messages, so a document has one layout in both languages.
import { findTeam, matchValue } from '../catalog/index.js';
import { slugify } from '../core/slug.js';
import type { KpiView, RenderContext, TeamView, ValueView } from '../render/context.js';
import { message, type Messages } from '../render/messages.js';

export type DocumentKind = 'handout' | 'hiring-kit' | 'team-sheet' | 'survey';

export interface TeamSheet extends TeamView {
  /** The core values that one of the team's metrics also measures, each with those metrics
   * (with the value's target). Values no team metric measures are left out. */
  values: Array<{ name: string; position: number; metrics: KpiView[] }>;
}

export interface ScaleAnchor {
  score: number;
  /** What an answer with this score shows; for a score between two anchors, the words for
   * "between the two". */
  label: string;
  /** Whether the label is one of the anchors (1, the middle and the top) or a score between. */
  anchored: boolean;
}

export interface InterviewValue extends ValueView {
  /** The value's weight in the scorecard: by priority (the first of five weighs 5), or as
   * given with --weights. */
  weight: number;
  /** The highest weighted score of this value: weight × scale maximum. */
  maxWeighted: number;
  /** The rating scale 1..max with anchors that fit this value. */
  anchors: ScaleAnchor[];
  /** The questions to ask: the benchmark's, or one general question when it has none. */
  ask: string[];
  /** Whether `ask` is the general question because the benchmark has none for this value. */
  fallback: boolean;
}

export interface SurveyItem {
  /** Consecutive number, the same in the printed survey and in the CSV ("No." column). */
  position: number;
  /** The value the item is about, or null for the closing questions. */
  value: string | null;
  kind: 'open' | 'scale';
  /** How the kind is called in the document's language. */
  kindText: string;
  text: string;
}

export interface ExportContext extends RenderContext {
  /** Which document this is, and its one name (title, heading, footer and file name). */
  document: {
    kind: DocumentKind;
    name: string;
    /** "Company · Name": the page title, the footer. */
    title: string;
    /** The file name without folder and extension: source slug, then the name (and, for a
     * welcome sheet with --team, the team) as a slug: "radwerk-berlin-willkommensblatt-vertrieb". */
    file: string;
  };
  /** The team named with --team, if any. */
  team: TeamSheet | null;
  /** The sheets to print: the chosen team's, or every team's. */
  sheets: TeamSheet[];
  /** The hiring scale, 1..max; `total` is the highest possible weighted sum. */
  scale: { max: number; total: number };
  /** The core values as the interview asks them, in priority order. */
  interview: InterviewValue[];
  /** The same values as printed: two to a sheet of paper, so each pair can share one page. */
  interviewPages: InterviewValue[][];
  /** Whether sentences to candidates use the formal address (German "Sie"). */
  formal: boolean;
  /** The agreement scale of the survey (1..5), each point labelled. */
  agreement: ScaleAnchor[];
  survey: SurveyItem[];
}

export interface ExportOptions {
  kind: DocumentKind;
  team?: TeamView | undefined;
  /** Weights of the values in priority order (--weights); default by priority. */
  weights?: number[] | undefined;
  formal?: boolean | undefined;
}

/** The document's one name in its language: "Welcome sheet", "Teamblatt: Vertrieb". */
export function documentName(kind: DocumentKind, messages: Messages, team?: TeamView): string {
  if (kind !== 'team-sheet') return message(messages, `doc.${kind}`);
  return team ? `${message(messages, 'doc.team-sheet')}: ${team.name}` : message(messages, 'doc.team-sheets');
}

/** Anchors for 1..max: the lowest, middle and top scores carry a description that fits the
 * value (from the messages for the catalog's values, general ones otherwise), the others lie
 * between. */
export function scaleAnchors(value: string, max: number, messages: Messages): ScaleAnchor[] {
  const id = matchValue(value)?.id;
  const text = (level: 1 | 3 | 5) => {
    const own = id ? messages[`anchor.${id}.${level}`] : undefined;
    return own ?? message(messages, `anchor.${level}`, { value });
  };
  const middle = Math.ceil(max / 2) === max / 2 ? undefined : Math.ceil(max / 2);
  return Array.from({ length: max }, (_, i) => {
    const score = i + 1;
    if (score === 1) return { score, label: text(1), anchored: true };
    if (score === max) return { score, label: text(5), anchored: true };
    if (score === middle) return { score, label: text(3), anchored: true };
    return { score, label: message(messages, 'hiring.between'), anchored: false };
  });
}

export function surveyItems(context: RenderContext, messages: Messages): SurveyItem[] {
  const items: Array<Omit<SurveyItem, 'position' | 'kindText'>> = [];
  for (const v of context.values) {
    items.push({ value: v.name, kind: 'open', text: message(messages, 'survey.meaning', { value: v.name }) });
    items.push({ value: v.name, kind: 'scale', text: message(messages, 'survey.know', { value: v.name }) });
    items.push({ value: v.name, kind: 'scale', text: message(messages, 'survey.rewarded', { value: v.name }) });
  }
  // Open questions first in every group, as the printed survey shows them, so numbers run in order.
  items.push({ value: null, kind: 'open', text: message(messages, 'survey.conflictsItem') });
  items.push({ value: null, kind: 'scale', text: message(messages, 'survey.conflictsHandled') });
  return items.map((item, i) => ({
    ...item,
    position: i + 1,
    kindText: message(messages, item.kind === 'open' ? 'survey.typeOpen' : 'survey.typeScale'),
  }));
}

function sheetOf(team: TeamView, context: RenderContext): TeamSheet {
  const ids = new Set(team.metrics.map((m) => m.id));
  return {
    ...team,
    values: context.values
      .map((v) => ({ name: v.name, position: v.position, metrics: v.kpis.filter((k) => ids.has(k.id)) }))
      .filter((v) => v.metrics.length > 0),
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

export function buildExportContext(context: RenderContext, messages: Messages, options: ExportOptions): ExportContext {
  const max = context.hiring.scale ?? 5;
  const formal = options.formal ?? false;
  const team = options.team;
  const sheets = (team ? [team] : context.teams).map((t) => sheetOf(t, context));
  const count = context.values.length;
  const interview = context.values.map((v, i): InterviewValue => {
    const weight = options.weights?.[i] ?? count - i;
    const fallback = v.questions.length === 0;
    return {
      ...v,
      weight,
      maxWeighted: weight * max,
      anchors: scaleAnchors(v.name, max, messages),
      ask: fallback ? [message(messages, formal ? 'hiring.fallbackQuestionFormal' : 'hiring.fallbackQuestion', { value: v.name })] : v.questions,
      fallback,
    };
  });
  const name = documentName(options.kind, messages, team);
  return {
    ...context,
    document: {
      kind: options.kind,
      name,
      title: message(messages, 'common.by', { company: context.company.name, document: name }),
      file: [context.source.replace(/\.ya?ml$/i, ''), name, ...(team && options.kind === 'handout' ? [team.name] : [])].map((part) => slugify(part, 'document')).join('-'),
    },
    team: team ? sheetOf(team, context) : null,
    sheets,
    scale: { max, total: interview.reduce((sum, v) => sum + v.maxWeighted, 0) },
    interview,
    interviewPages: interview.flatMap((v, i) => (i % 2 === 0 ? [interview.slice(i, i + 2)] : [])),
    formal,
    agreement: [1, 2, 3, 4, 5].map((score) => ({ score, label: message(messages, `survey.agree${score}`), anchored: true })),
    survey: surveyItems(context, messages),
  };
}
