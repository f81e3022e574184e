// The words of the semantic diff, in English and German: the names of the steps, the nouns of
// the fields, the sentences of the changes, ordinal places ("3rd" / "Platz 3").
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill } from '../core/text.js';
import type { StepNumber } from './types.js';

export const STEP_TITLES: Record<StepNumber, Bilingual> = {
  0: { en: 'The file', de: 'Die Datei' },
  1: { en: 'Step 1 · Customer needs', de: 'Schritt 1 · Kundenbedürfnisse' },
  2: { en: 'Step 2 · Values', de: 'Schritt 2 · Werte' },
  3: { en: 'Step 3 · Vision', de: 'Schritt 3 · Vision' },
  4: { en: 'Step 4 · Make it actionable', de: 'Schritt 4 · Umsetzbar machen' },
  5: { en: 'Step 5 · Share it', de: 'Schritt 5 · Teilen' },
  6: { en: 'Step 6 · Hiring', de: 'Schritt 6 · Personalauswahl' },
  7: { en: 'Step 7 · Interpretation', de: 'Schritt 7 · Auslegung' },
};

/** Nouns for the fields of format v1, by their path with list positions left out. A field
 * not named here (added to the format later) is shown by its key. */
export const FIELD_NOUNS: Record<string, Bilingual> = {
  version: { en: 'format version', de: 'Formatversion' },
  language: { en: 'language', de: 'Sprache' },
  'company.name': { en: 'company name', de: 'Firmenname' },
  'company.mission': { en: 'mission', de: 'Mission' },
  'company.profile': { en: 'kind of business', de: 'Art des Geschäfts' },
  'needs.supportRole': { en: 'role of support', de: 'Rolle des Supports' },
  'needs.aim': { en: 'aim', de: 'Ziel' },
  'needs.principles': { en: 'principle', de: 'Grundsatz' },
  'needs.customerNeeds': { en: 'customer need', de: 'Kundenbedürfnis' },
  'needs.channels': { en: 'channel', de: 'Kanal' },
  'needs.channels.hours': { en: 'hours', de: 'Servicezeiten' },
  'needs.channels.firstResponse': { en: 'first-response promise', de: 'Zusage für die erste Antwort' },
  'needs.selfHelp': { en: 'self-help step', de: 'Selbsthilfe-Schritt' },
  'needs.funnel.proactive': { en: 'proactive step of the funnel', de: 'vorausschauender Schritt des Trichters' },
  'needs.funnel.selfService': { en: 'self-service step of the funnel', de: 'Self-Service-Schritt des Trichters' },
  'needs.funnel.human': { en: 'personal step of the funnel', de: 'persönlicher Schritt des Trichters' },
  'needs.channels.tone': { en: 'tone of the channel', de: 'Ton des Kanals' },
  'values.brainstorm': { en: 'brainstormed value', de: 'gesammelter Wert' },
  'values.core': { en: 'value', de: 'Wert' },
  'values.core.meaning': { en: 'meaning', de: 'Bedeutung' },
  'values.core.action': { en: 'action statement', de: 'Handlungssatz' },
  'values.core.behaviours': { en: 'behaviour', de: 'Verhalten' },
  'values.core.notThis': { en: 'what we won’t do', de: 'was wir nicht tun' },
  'values.core.kpis': { en: 'KPI', de: 'Kennzahl' },
  'values.core.tools': { en: 'tool', de: 'Werkzeug' },
  'vision.statement': { en: 'vision', de: 'Vision' },
  'vision.criteria.understandable': { en: 'criterion “easy to understand”', de: 'Kriterium „leicht verständlich“' },
  'vision.criteria.serviceKind': { en: 'criterion “kind of service”', de: 'Kriterium „Art des Service“' },
  'vision.criteria.nowAndFuture': { en: 'criterion “now and in future”', de: 'Kriterium „heute und künftig“' },
  'vision.stakeholders': { en: 'stakeholder reaction', de: 'Rückmeldung' },
  'empowerment.decisions': { en: 'frontline decision', de: 'Entscheidung der Frontline' },
  'empowerment.sayingNo': { en: 'who approves a “no”', de: 'wer ein „Nein“ freigibt' },
  'empowerment.escalation': { en: 'escalation path', de: 'Eskalationsweg' },
  'sharing.onboarding': { en: 'onboarding', de: 'Onboarding' },
  'sharing.socialMedia': { en: 'social media', de: 'soziale Medien' },
  'sharing.promotions': { en: 'promotions', de: 'Beförderungen' },
  'sharing.incentives': { en: 'incentives', de: 'Anreize' },
  'sharing.rituals': { en: 'ritual', de: 'Ritual' },
  'sharing.toneOfVoice': { en: 'tone of voice', de: 'Tonfall' },
  'sharing.brandVoice': { en: 'brand voice', de: 'Markenstimme' },
  'hiring.benchmark.referenceAnswers': { en: 'reference answer', de: 'Referenzantwort' },
  'hiring.scale': { en: 'rating scale', de: 'Bewertungsskala' },
  'hiring.benchmark': { en: 'interview questions for', de: 'Interviewfragen zu' },
  'hiring.benchmark.questions': { en: 'question', de: 'Frage' },
  teams: { en: 'team', de: 'Team' },
  'teams.activities': { en: 'activities', de: 'Aktivitäten' },
  'teams.metrics': { en: 'metric', de: 'Kennzahl' },
  'feedback.methods': { en: 'feedback method', de: 'Feedback-Methode' },
  'feedback.conflictPolicy': { en: 'conflict policy', de: 'Umgang mit Konflikten' },
  'feedback.reviewCadence': { en: 'review cadence', de: 'Überprüfungsrhythmus' },
  'feedback.nextReview': { en: 'next review', de: 'nächste Überprüfung' },
  customKpis: { en: 'own KPI', de: 'eigene Kennzahl' },
  'customKpis.name': { en: 'name', de: 'Name' },
  'customKpis.definition': { en: 'definition', de: 'Definition' },
  'customKpis.formula': { en: 'formula', de: 'Formel' },
  'customKpis.unit': { en: 'unit', de: 'Einheit' },
  'customKpis.direction': { en: 'direction', de: 'Richtung' },
};

const SENTENCES = {
  itemAdded: { en: '{noun} {name} added', de: '{noun} {name} hinzugefügt' },
  itemRemoved: { en: '{noun} {name} removed', de: '{noun} {name} entfernt' },
  valueAdded: { en: 'Value {name} added as the {place} value', de: 'Wert {name} hinzugefügt, auf Platz {place}' },
  valueRemoved: { en: 'Value {name} removed (it was the {place})', de: 'Wert {name} entfernt (er stand auf Platz {place})' },
  renamed: { en: '{noun} {from} renamed to {to}', de: '{noun} {from} umbenannt in {to}' },
  moved: { en: 'Value {name} moved from {from} to {to}', de: 'Wert {name} rückt von Platz {from} auf Platz {to}' },
  entryAdded: { en: '{noun} added: {text}', de: '{noun} hinzugefügt: {text}' },
  entryRemoved: { en: '{noun} removed: {text}', de: '{noun} entfernt: {text}' },
  textChanged: { en: '{noun} changed', de: '{noun} geändert' },
  textAdded: { en: '{noun} written', de: '{noun} neu geschrieben' },
  textRemoved: { en: '{noun} deleted', de: '{noun} gelöscht' },
  valueChanged: { en: '{noun}: {from} → {to}', de: '{noun}: {from} → {to}' },
  valueSet: { en: '{noun}: {to}', de: '{noun}: {to}' },
  valueUnset: { en: '{noun} removed (was {from})', de: '{noun} entfernt (war {from})' },
  kpiAdded: { en: 'KPI {kpi} added', de: 'Kennzahl {kpi} hinzugefügt' },
  kpiAddedTarget: { en: 'KPI {kpi} added, target {target}', de: 'Kennzahl {kpi} hinzugefügt, Ziel {target}' },
  kpiRemoved: { en: 'KPI {kpi} removed', de: 'Kennzahl {kpi} entfernt' },
  targetChanged: { en: '{kpi} {from} → {to} ({direction})', de: '{kpi} {from} → {to} ({direction})' },
  targetSet: { en: '{kpi}: target set, {to}', de: '{kpi}: Ziel gesetzt, {to}' },
  targetUnset: { en: '{kpi}: target removed (was {from})', de: '{kpi}: Ziel entfernt (war {from})' },
  promiseChanged: { en: '{noun}: {from} → {to} ({direction})', de: '{noun}: {from} → {to} ({direction})' },
} satisfies Record<string, Bilingual>;

export type SentenceId = keyof typeof SENTENCES;

export const DIRECTION_WORDS: Record<'stricter' | 'looser' | 'other', Bilingual> = {
  stricter: { en: 'stricter', de: 'strenger' },
  looser: { en: 'looser', de: 'lockerer' },
  other: { en: 'not comparable', de: 'nicht vergleichbar' },
};

export const LANGUAGE_NAMES: Record<string, Bilingual> = {
  en: { en: 'English', de: 'Englisch' },
  de: { en: 'German', de: 'Deutsch' },
};

export function sentence(id: SentenceId, language: Language, data: Record<string, string | number>): string {
  return fill(SENTENCES[id][language], data);
}

/** "“Speed”" / "„Tempo“". */
export function quote(text: string, language: Language): string {
  return language === 'de' ? `„${text}“` : `“${text}”`;
}

const ORDINALS: Partial<Record<Language, Intl.PluralRules>> = {};
const EN_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** The place in the order of priority: "3rd" in English; German says "Platz 3", so the number
 * alone goes into its sentence. */
export function place(position: number, language: Language): string {
  if (language === 'de') return String(position);
  ORDINALS.en ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${position}${EN_SUFFIX[ORDINALS.en.select(position)] ?? 'th'}`;
}

/** Report words that are not part of a change's sentence. */
export const REPORT_WORDS = {
  noChanges: { en: 'No changes in meaning.', de: 'Keine inhaltlichen Änderungen.' },
  workingTree: { en: 'working tree', de: 'Arbeitsverzeichnis' },
  added: { en: 'new file', de: 'neue Datei' },
  deleted: { en: 'deleted', de: 'gelöscht' },
  introduced: { en: 'Findings this change introduces', de: 'Befunde, die diese Änderung bringt' },
  resolved: { en: 'Findings this change resolves', de: 'Befunde, die diese Änderung behebt' },
  changes: { en: '{count} changes', de: '{count} Änderungen' },
  change: { en: '1 change', de: '1 Änderung' },
  findingsIntroduced: { en: '{count} findings introduced', de: '{count} Befunde neu' },
  findingIntroduced: { en: '1 finding introduced', de: '1 Befund neu' },
  findingsResolved: { en: '{count} findings resolved', de: '{count} Befunde behoben' },
  findingResolved: { en: '1 finding resolved', de: '1 Befund behoben' },
  title: { en: 'What changed in {file}', de: 'Was sich in {file} geändert hat' },
  logTitle: { en: 'How {file} evolved', de: 'Wie sich {file} entwickelt hat' },
  by: { en: 'by {author}', de: 'von {author}' },
  leftOut: {
    en: '{count} more item(s) left out to keep this summary under 60 KB; run `philosophy diff` locally for the whole report.',
    de: '{count} weitere Einträge ausgelassen, damit diese Zusammenfassung unter 60 KB bleibt; `philosophy diff` zeigt lokal den ganzen Bericht.',
  },
  wordsLeftOut: {
    en: 'Word-level text changes left out to keep this summary under 60 KB.',
    de: 'Wortgenaue Textänderungen ausgelassen, damit diese Zusammenfassung unter 60 KB bleibt.',
  },
  noHistory: { en: 'No commit touches this file.', de: 'Kein Commit berührt diese Datei.' },
  firstVersion: { en: 'First version of the file.', de: 'Erste Fassung der Datei.' },
  fileDeleted: { en: 'The file was deleted.', de: 'Die Datei wurde gelöscht.' },
} satisfies Record<string, Bilingual>;

export function word(id: keyof typeof REPORT_WORDS, language: Language, data?: Record<string, string | number>): string {
  return fill(REPORT_WORDS[id][language], data);
}
