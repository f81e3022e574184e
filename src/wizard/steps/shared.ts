// What several steps need: choosing the members of a collection of objects (channels, core
// values, KPIs, teams) with one checkbox, keeping the order a team already set, the KPI choices,
// and short summary lines.
import { figuresFor, findKpi, findProfile, kpisFor, matchValue, teamsFor, valuesFor, type KpiDef, type ProfileDef, type TeamDef, type ValueDef } from '../../catalog/index.js';
import type { Bilingual } from '../../core/bilingual.js';
import { PROFILES, type Language, type Profile } from '../../model/constants.js';
import type { RuleReport } from '../../rules/types.js';
import { findingLines, wizardMessage } from '../findings.js';
import { escapeControls, oneLine } from '../../core/text.js';
import { AnswerError, dotted, getAt, setAt } from '../asker.js';
import type { AskOptions, Choice, Draft, Path, QuestionDef, StepContext } from '../types.js';

type Item = Record<string, unknown>;

/** The objects of a collection in the draft; a bare string (a draft saved mid-choice) counts as
 * an object holding only its key. */
export function itemsAt(root: unknown, path: Path, key: string): Item[] {
  const node = getAt(root, path);
  if (!Array.isArray(node)) return [];
  return node.flatMap((entry): Item[] => {
    if (typeof entry === 'string') return [{ [key]: entry }];
    if (typeof entry === 'object' && entry !== null && typeof (entry as Item)[key] === 'string') return [entry as Item];
    return [];
  });
}

/** Strings of a list in the draft (other entries are ignored). */
export function stringsAt(root: unknown, path: Path): string[] {
  const node = getAt(root, path);
  return Array.isArray(node) ? node.filter((x): x is string => typeof x === 'string') : [];
}

/** The choices with the ticked ones first, in their order: a checkbox answers in the order of
 * its choices, so a priority list (or the catalog's suggestions, best first) keeps its order, and
 * on a redo the team's picks are on top instead of scattered through the catalog. */
export function tickedFirst<T extends string>(choices: ReadonlyArray<Choice<T>>, ticked: readonly string[]): Array<Choice<T>> {
  const first = unique(ticked).map((value) => choices.find((c) => c.value === value) ?? ({ value, name: value } as Choice<T>));
  const firstValues = new Set<string>(first.map((c) => c.value));
  return [...first, ...choices.filter((c) => !firstValues.has(c.value))];
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export interface ListChoiceOptions<T extends string> extends AskOptions<T[]> {
  other?: boolean;
  /** Brings a new entry to its canonical spelling (a KPI id in upper case, a team's catalog id). */
  normalize?: (value: string) => string;
}

/** A checkbox over a list of strings, the ticked ones first (see tickedFirst). */
export async function checkboxList<T extends string>(
  ctx: StepContext,
  q: QuestionDef<T[]>,
  path: Path,
  choices: ReadonlyArray<Choice<T>>,
  options: ListChoiceOptions<T> = {},
): Promise<string[]> {
  const { normalize, ...ask } = options;
  const previous = stringsAt(ctx.draft, path);
  const answer = await ctx.ask.checkbox(q, path, tickedFirst(choices, previous.length ? previous : (ask.default ?? [])), ask);
  const known = new Set(previous);
  const canonical = (v: string) => (normalize && !known.has(v) ? normalize(v) : v);
  const values = unique(answer.map(canonical).filter(Boolean));
  if (!sameList(values, answer)) setAt(ctx.draft as Item, path, values.length ? values : undefined);
  return values;
}

/**
 * Chooses the members of a collection of objects by their key (a channel's `name`, a core
 * value's `name`, a KPI's `id`, a team's `team`) with one checkbox, and keeps everything already
 * written about a member that stays (its hours, meaning, target...). Returns the keys in order;
 * the draft then holds one object per key at `path`, for the questions about each member.
 *
 * The Asker's checkbox stores a list of strings, while the file holds objects; so the draft
 * briefly holds the keys, and an answers file that lists the members as objects is read
 * key by key (the checkbox rejects it as "not a list of texts").
 */
export async function chooseItems<T extends string>(
  ctx: StepContext,
  q: QuestionDef<T[]>,
  path: Path,
  key: string,
  choices: ReadonlyArray<Choice<T>>,
  options: ListChoiceOptions<T> = {},
): Promise<string[]> {
  const { normalize, ...ask } = options;
  const draft = ctx.draft as Item;
  const before = getAt(draft, path);
  const previous = itemsAt(draft, path, key);
  const previousKeys = previous.map((item) => item[key] as string);

  setAt(draft, path, previousKeys.length ? previousKeys : undefined);
  let answer: string[];
  let fromFile = false;
  try {
    answer = await ctx.ask.checkbox(q, path, tickedFirst(choices, previousKeys.length ? previousKeys : (ask.default ?? [])), ask);
  } catch (error) {
    if (!(error instanceof AnswerError) || dotted(error.path) !== dotted(path)) {
      // Ctrl-C or a real problem: the draft keeps what it held, objects and all.
      setAt(draft, path, before);
      throw error;
    }
    setAt(draft, path, undefined);
    answer = await keysFromFile(ctx, q, path, key, ask.data);
    if (!answer.length) {
      setAt(draft, path, before);
      throw error;
    }
    fromFile = true;
  }

  // Only new entries are normalized: a key the file or the draft already holds is the team's
  // own spelling, and `edit` must leave an unchanged answer as it was.
  const known = new Set(previousKeys);
  const canonical = (k: string) => (normalize && !fromFile && !known.has(k) ? normalize(k) : k.trim());
  const keys = unique(answer.map(canonical).filter(Boolean));
  const unused = [...previous];
  const rebuilt = keys.map((k) => {
    const at = unused.findIndex((item) => item[key] === k);
    return at >= 0 ? unused.splice(at, 1)[0]! : { [key]: k };
  });
  setAt(draft, path, rebuilt.length ? rebuilt : undefined);
  return keys;
}

/** The keys of the members an answers file lists as objects, read one by one through the Asker
 * so that each passes the same checks as a typed answer. */
async function keysFromFile(
  ctx: StepContext,
  q: QuestionDef<never>,
  path: Path,
  key: string,
  data: Record<string, string | number> | undefined,
): Promise<string[]> {
  const keyQuestion: QuestionDef<string> = { message: q.message };
  const keys: string[] = [];
  for (let i = 0; i < MAX_ITEMS; i++) {
    const k = await ctx.ask.text(keyQuestion, [...path, i, key], data ? { data } : {});
    if (k === undefined) break;
    keys.push(k);
  }
  return keys;
}

const MAX_ITEMS = 50;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The kind of business the draft names (step 1), if any. */
export function profileOf(draft: Draft): Profile | undefined {
  const p = draft.company?.profile;
  return p && (PROFILES as readonly string[]).includes(p) ? p : undefined;
}

/** The profile's catalog entry: its channels and their usual hours. */
export function profileDef(draft: Draft): ProfileDef | undefined {
  const p = profileOf(draft);
  return p ? findProfile(p) : undefined;
}

/** The catalog's suggestions for a value the team named, in the wording of the draft's kind of
 * business (the general wording without one). */
export function valueSuggestion(name: string, draft: Draft): ValueDef | undefined {
  const id = matchValue(name)?.id;
  return id === undefined ? undefined : valuesFor(profileOf(draft)).find((v) => v.id === id);
}

/** A KPI as the draft's kind of business sees it (its benchmark may differ), else the catalog's. */
export function kpiFor(id: string, draft: Draft): KpiDef | undefined {
  return kpisFor(profileOf(draft)).find((k) => k.id === id) ?? findKpi(id);
}

/** The teams to propose for the kind of business, in its wording. */
export function teamSuggestions(draft: Draft): TeamDef[] {
  return teamsFor(profileOf(draft));
}

/** The catalog KPIs that fit the kind of business ("FCR · First contact resolution", its
 * definition shown when highlighted), any other KPI the draft already uses, then the team's own
 * KPIs from `customKpis`. */
export function kpiChoices(draft: Draft, language: Language): Array<Choice<string>> {
  const own = (draft.customKpis ?? [])
    .map((k) => k?.id)
    .filter((id): id is string => !!id && !findKpi(id));
  const fitting = kpisFor(profileOf(draft));
  const used = [...(draft.values?.core ?? []).flatMap((v) => (v?.kpis ?? []).map((k) => k?.id)), ...(draft.teams ?? []).flatMap((t) => t?.metrics ?? [])]
    .filter((id): id is string => !!id && !fitting.some((k) => k.id === id))
    .map((id) => findKpi(id))
    .filter((k): k is KpiDef => k !== undefined);
  return [
    ...unique([...fitting, ...used]).map((k) => {
      // Some German names carry the id in brackets already ("Erstlösungsquote (FCR)").
      const name = k.name[language].replace(/\s*\(([^)]*)\)$/, (whole, inner: string) => (inner.toUpperCase() === k.id ? '' : whole));
      return { value: k.id, name: `${k.id} · ${name}`, description: k.definition[language] };
    }),
    ...unique(own).map((id) => ({ value: id, name: `${id} · ${draft.customKpis!.find((k) => k?.id === id)?.name ?? id}` })),
  ];
}

/** The question without its hint: shown once, not again for every value or channel. */
export function quiet<T>(q: QuestionDef<T>, index: number): QuestionDef<T> {
  if (index === 0 || !q.hint) return q;
  const { hint: _shown, ...rest } = q;
  return rest;
}

/** A summary line: label (in the user's language, or a name from the draft) and value, on one
 * safe line. */
export function line(language: Language, label: Bilingual | string, value: string | number | undefined): string {
  const shown = value === undefined || value === '' ? EMPTY[language] : String(value);
  return oneLine(`${typeof label === 'string' ? label : label[language]}: ${shown}`, 100);
}

/** "3 entries", or a dash for an empty list. */
export function count(language: Language, values: readonly unknown[] | undefined): string {
  const n = values?.length ?? 0;
  if (n === 0) return EMPTY[language];
  return language === 'de' ? `${n} ${n === 1 ? 'Eintrag' : 'Einträge'}` : `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

export const EMPTY: Bilingual = { en: '—', de: '—' };

/** Text from the draft shown as context: no control characters. */
export function shown(text: string): string {
  return escapeControls(text);
}

/** `YYYY-MM-DD` of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A step's introduction followed by the figures the source articles cite for it, one line
 * each with its source. */
export function withFigures(step: 1 | 2 | 3 | 4 | 5 | 6 | 7, intro: Bilingual): Bilingual {
  const figures = figuresFor(step);
  const lines = (language: Language) => figures.map((f) => `\n· ${f.text[language]} (${f.source[language]})`).join('');
  return { en: intro.en + lines('en'), de: intro.de + lines('de') };
}

/** Shows a rule's finding at a question, with the severity `validate` gives it under the
 * project's config and its hint in words; false (nothing shown) when the config turns the rule
 * off. */
export function report(ctx: StepContext, ruleId: string, messageId: string, data: RuleReport['data']): boolean {
  const severity = ctx.severity(ruleId);
  if (severity === 'off') return false;
  for (const l of findingLines({ severity, ...wizardMessage(ruleId, messageId, data, ctx.language) })) ctx.say(`  ${l}`);
  return true;
}
