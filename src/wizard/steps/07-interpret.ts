// Step 7: the philosophy as a dialogue. Each team says what it does and which numbers it
// watches; the team decides how it listens, how conflicts with the philosophy are settled, and
// when the whole thing is reviewed.
import { TEAMS, findTeam } from '../../catalog/index.js';
import { REVIEW_CADENCES, type Language } from '../../model/constants.js';
import type { Choice, Draft, QuestionDef, Step, StepContext } from '../types.js';
import { setAt } from '../asker.js';
import { checkboxList, chooseItems, isoDate, itemsAt, kpiChoices, line, quiet, teamSuggestions, unique, withFigures } from './shared.js';

type Cadence = (typeof REVIEW_CADENCES)[number];

const Q = {
  teams: {
    message: { en: 'Which teams take part?', de: 'Welche Teams machen mit?' },
    hint: {
      en: 'Every team shapes what customers experience. The teams a business of your kind usually has are ticked: untick the ones your company doesn’t have (the file records them as not there) and add your own.',
      de: 'Jedes Team prägt, was Kunden erleben. Angekreuzt sind die Teams, die es in einem Geschäft wie deinem meist gibt: Nimm die Haken bei Teams heraus, die es bei euch nicht gibt (die Datei hält sie als nicht vorhanden fest), und ergänze eigene.',
    },
  } satisfies QuestionDef<string[]>,
  activities: {
    message: { en: '{team}: what does the team do to live it?', de: '{team}: Was tut das Team, um sie zu leben?' },
    hint: {
      en: 'Concrete work, in the team’s own reading of the values. Enter takes the catalog’s suggestion.',
      de: 'Konkrete Arbeit, so wie das Team die Werte versteht. Enter übernimmt den Vorschlag aus dem Katalog.',
    },
  } satisfies QuestionDef<string>,
  metrics: {
    message: { en: '{team}: which metrics does it watch?', de: '{team}: Auf welche Kennzahlen achtet das Team?' },
  } satisfies QuestionDef<string[]>,
  methods: {
    message: { en: 'How will you hear how people read the philosophy?', de: 'Wie erfahrt ihr, wie die Leute die Philosophie verstehen?' },
    hint: {
      en: 'Listen in more than one way: an anonymous survey catches what nobody says in a meeting.',
      de: 'Nutze mehr als einen Weg, um zuzuhören: Eine anonyme Umfrage zeigt, was in keiner Besprechung gesagt wird.',
    },
  } satisfies QuestionDef<string[]>,
  conflictPolicy: {
    message: { en: 'What happens when a decision contradicts the philosophy?', de: 'Was passiert, wenn eine Entscheidung der Philosophie widerspricht?' },
    hint: {
      en: 'E.g. anyone may raise it; its owner explains it within two weeks; between two values, their order decides. For more than a line, type “e” and Enter: your editor opens.',
      de: 'Z. B. darf jede und jeder es ansprechen; wer entschieden hat, erklärt es binnen zwei Wochen; zwischen zwei Werten entscheidet ihre Rangfolge. Für mehr als eine Zeile tippe „e“ und Enter: Dein Editor öffnet sich.',
    },
  } satisfies QuestionDef<string>,
  reviewCadence: {
    message: { en: 'How often will you review it?', de: 'Wie oft überprüft ihr sie?' },
  } satisfies QuestionDef<string>,
  nextReview: {
    message: { en: 'Date of the next review (YYYY-MM-DD)', de: 'Datum der nächsten Überprüfung (JJJJ-MM-TT)' },
    validate: (text, language) => (isRealDate(text) ? undefined : BAD_DATE[language]),
  } satisfies QuestionDef<string>,
};

const BAD_DATE = { en: 'expected a date as YYYY-MM-DD, e.g. 2027-03-01', de: 'erwartet wird ein Datum als JJJJ-MM-TT, z. B. 2027-03-01' };

const METHODS: ReadonlyArray<{ id: string; name: { en: string; de: string } }> = [
  { id: 'survey', name: { en: 'Survey', de: 'Umfrage' } },
  { id: 'one-on-one', name: { en: 'One-on-ones', de: 'Einzelgespräche' } },
  { id: 'team-meeting', name: { en: 'Team meetings', de: 'Teambesprechungen' } },
  { id: 'informal-meeting', name: { en: 'Informal conversations', de: 'Informelle Gespräche' } },
];

const CADENCE_NAMES: Record<Cadence, { en: string; de: string }> = {
  monthly: { en: 'Monthly', de: 'Monatlich' },
  quarterly: { en: 'Quarterly', de: 'Vierteljährlich' },
  'half-yearly': { en: 'Every six months', de: 'Halbjährlich' },
  yearly: { en: 'Yearly', de: 'Jährlich' },
};

const CADENCE_MONTHS: Record<Cadence, number> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

/** A `YYYY-MM-DD` that names a day of the calendar (no 2027-02-30). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `months` after `from`, on the same day or the month's last one (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getFullYear(), from.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(from.getDate(), lastDay));
  return target;
}

/** A team by its name in the reader's language, in the wording of the kind of business
 * ("Counter and workshop" for a shop's support). */
function teamName(team: string, language: Language, draft?: Draft): string {
  const id = findTeam(team)?.id;
  const own = draft && id ? teamSuggestions(draft).find((t) => t.id === id) : undefined;
  return (own ?? findTeam(team))?.name[language] ?? team;
}

async function run(ctx: StepContext): Promise<void> {
  const { ask, language, draft } = ctx;
  const before = itemsAt(draft, ['teams'], 'team').map((t) => t['team'] as string);
  // The teams a business of this kind usually has come first, ticked; the other catalog teams
  // follow unticked (a four-person shop has no design team).
  const proposed = teamSuggestions(draft);
  const others = TEAMS.filter((t) => !proposed.some((p) => p.id === t.id));
  const teams = await chooseItems(
    ctx,
    Q.teams,
    ['teams'],
    'team',
    [...proposed, ...others].map((t) => ({ value: t.id, name: t.name[language] })),
    { other: true, default: proposed.map((t) => t.id), normalize: (name) => findTeam(name)?.id ?? name.trim() },
  );

  // A proposed team left unticked is one the company does not have: recorded as such, so the
  // team-coverage rule does not ask for it. Recorded when the teams are chosen or changed, so
  // an `edit` elsewhere leaves the file's own record alone.
  if (teams.length && (before.length === 0 || before.join('\n') !== teams.join('\n'))) {
    const here = new Set(teams.map((team) => findTeam(team)?.id ?? team));
    // Only a team the kind of business proposes is asked for by team-coverage; the others
    // need no record.
    const absent = proposed.filter((team) => !here.has(team.id)).map((team) => team.id);
    setAt(draft as Record<string, unknown>, ['teamsAbsent'], absent.length ? absent : undefined);
  }

  // Metrics come from the catalog and the KPIs defined in step 4, so no free entries here: an
  // id nobody defined would only fail validation later. The support team watches the KPIs
  // chosen for the core values first.
  const metrics = kpiChoices(draft, language);
  const valueKpis = unique((draft.values?.core ?? []).flatMap((v) => (v?.kpis ?? []).map((k) => k?.id).filter((id): id is string => !!id)));
  for (const [i, team] of teams.entries()) {
    const id = findTeam(team)?.id;
    const catalog = proposed.find((t) => t.id === id) ?? findTeam(team);
    const data = { team: teamName(team, language, draft) };
    const suggested = catalog?.id === 'support' ? unique([...valueKpis, ...catalog.metrics]) : catalog?.metrics;
    await ask.text(quiet(Q.activities, i), ['teams', i, 'activities'], { data, ...(catalog ? { default: catalog.activities[language] } : {}) });
    await checkboxList(ctx, Q.metrics, ['teams', i, 'metrics'], metrics, { data, ...(suggested ? { default: suggested } : {}) });
  }

  await checkboxList(
    ctx,
    Q.methods,
    ['feedback', 'methods'],
    METHODS.map((m) => ({ value: m.id, name: m.name[language] })),
    { other: true, default: ['survey', 'one-on-one'] },
  );
  await ask.text(Q.conflictPolicy, ['feedback', 'conflictPolicy'], { long: true });
  const cadence = await ask.select(
    Q.reviewCadence,
    ['feedback', 'reviewCadence'],
    REVIEW_CADENCES.map((c): Choice<Cadence> => ({ value: c, name: CADENCE_NAMES[c][language] })),
    { default: 'quarterly' },
  );
  const next = cadence ? isoDate(addMonths(new Date(`${ctx.today}T12:00:00Z`), CADENCE_MONTHS[cadence])) : undefined;
  await ask.text(Q.nextReview, ['feedback', 'nextReview'], next ? { default: next } : {});
}

const L = {
  teams: { en: 'Teams', de: 'Teams' },
  absent: { en: 'Not in the company', de: 'Gibt es nicht' },
  methods: { en: 'Listening', de: 'Zuhören' },
  conflictPolicy: { en: 'Conflicts', de: 'Konflikte' },
  review: { en: 'Next review', de: 'Nächste Überprüfung' },
};

function summary(draft: Draft, language: Language): string[] {
  const teams = (draft.teams ?? [])
    .filter((t) => t?.team)
    .map((t) => `${teamName(t!.team!, language, draft)}${t!.metrics?.length ? ` (${t!.metrics.join(', ')})` : ''}`);
  const absent = (draft.teamsAbsent ?? []).filter((t): t is string => !!t).map((t) => teamName(t, language, draft));
  const methods = (draft.feedback?.methods ?? []).map((m) => METHODS.find((x) => x.id === m)?.name[language] ?? m);
  const f = draft.feedback ?? {};
  const cadence = f.reviewCadence && f.reviewCadence in CADENCE_NAMES ? CADENCE_NAMES[f.reviewCadence as Cadence][language] : f.reviewCadence;
  return [
    line(language, L.teams, teams.join(', ')),
    ...(absent.length ? [line(language, L.absent, absent.join(', '))] : []),
    line(language, L.methods, methods.join(', ')),
    line(language, L.conflictPolicy, f.conflictPolicy),
    line(language, L.review, [f.nextReview, cadence && `(${cadence})`].filter(Boolean).join(' ')),
  ];
}

export const step: Step = {
  number: 7,
  title: { en: 'Interpretation', de: 'Auslegung' },
  intro: withFigures(7, {
    en: 'A philosophy is a dialogue, not a decree: each team reads it in its own way and watches other numbers. Fill in the team table, choose how you will listen, and agree what happens when a decision goes against the philosophy.',
    de: 'Eine Philosophie ist ein Gespräch, keine Anordnung: Jedes Team liest sie auf seine Weise und achtet auf andere Zahlen. Füll die Teamtabelle aus, leg fest, wie ihr zuhört, und halte fest, was passiert, wenn eine Entscheidung der Philosophie widerspricht.',
  }),
  questions: Q,
  run,
  summary,
};
