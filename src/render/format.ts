// How values are written in documents, in the document's language: KPI names and targets,
// dates, numbers, the words for enum values. Used by the context builder and by the helpers,
// so a user's template formats exactly like the built-in ones.
import { findKpi } from '../catalog/index.js';
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import type { Philosophy, Target } from '../model/schema.js';

type CustomKpis = NonNullable<Philosophy['customKpis']>;

const OPS: Record<Target['op'], string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

// Units as the catalog and files write them, and how a reader sees them.
const UNITS: Record<string, Bilingual> = {
  points: { en: 'points', de: 'Punkte' },
  days: { en: 'days', de: 'Tage' },
  count: { en: '', de: '' },
  currency: { en: '', de: '' },
};

export function kpiName(id: string, language: Language, customs: CustomKpis = []): string {
  const custom = customs.find((c) => c.id === id);
  if (custom) return custom.name;
  return findKpi(id)?.name[language] ?? id;
}

// Building a formatter costs far more than using one.
const NUMBER_FORMATS: Partial<Record<Language, Intl.NumberFormat>> = {};

export function formatNumber(value: number, language: Language): string {
  NUMBER_FORMATS[language] ??= new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 4 });
  return NUMBER_FORMATS[language]!.format(value);
}

/** No-break space: "≥ 90 %" must not wrap between its parts. */
export const NBSP = '\u00a0';

/** "≥ 90 %" (de) / "≥ 90%" (en), "≤ 4 h", "≥ 50 points"; documents pass NBSP as `space` so a
 * target never wraps inside. */
export function formatTarget(target: Target, id: string, language: Language, customs: CustomKpis = [], space = ' '): string {
  const unit = target.unit ?? customs.find((c) => c.id === id)?.unit ?? findKpi(id)?.unit ?? '';
  const number = formatNumber(target.value, language);
  const word = UNITS[unit]?.[language] ?? unit;
  const amount = word === '' ? number : word === '%' && language === 'en' ? `${number}%` : `${number}${space}${word}`;
  return `${OPS[target.op]}${space}${amount}`;
}

const DATE_FORMATS: Record<string, Intl.DateTimeFormat> = {};

/** 2027-12-02 → "2 December 2027" / "2. Dezember 2027"; anything else is returned as written. */
export function formatDate(iso: string, language: Language): string {
  return dateIn(iso, language === 'de' ? 'de-DE' : 'en-GB');
}

/** How documents write a date: "December 2, 2027" / "2. Dezember 2027". */
export function documentDate(iso: string, language: Language): string {
  return dateIn(iso, language === 'de' ? 'de-DE' : 'en-US');
}

function dateIn(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCDate() !== Number(match[3])) return iso;
  DATE_FORMATS[locale] ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return DATE_FORMATS[locale]!.format(date);
}

/** A name written by hand, e.g. a channel "werkstatt", as a reader expects it: capitalized. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The words for the enum values of the format, and for the few fixed terms documents use. */
export const LABELS: Record<string, Bilingual> = {
  'aim.delight': { en: 'delight customers', de: 'Kunden begeistern' },
  'aim.reduce-effort': { en: 'reduce customer effort', de: 'Aufwand der Kunden senken' },
  'aim.both': { en: 'delight customers and reduce their effort', de: 'Kunden begeistern und ihren Aufwand senken' },
  'sayingNo.anyone': { en: 'anyone on the team', de: 'jede Person im Team' },
  'sayingNo.team-lead': { en: 'the team lead', de: 'die Teamleitung' },
  'sayingNo.leadership': { en: 'leadership', de: 'die Unternehmensführung' },
  'reviewCadence.monthly': { en: 'monthly', de: 'monatlich' },
  'reviewCadence.quarterly': { en: 'quarterly', de: 'vierteljährlich' },
  'reviewCadence.half-yearly': { en: 'every six months', de: 'halbjährlich' },
  'reviewCadence.yearly': { en: 'yearly', de: 'jährlich' },
  'direction.higher': { en: 'higher is better', de: 'höher ist besser' },
  'direction.lower': { en: 'lower is better', de: 'niedriger ist besser' },
  'yaml.format': { en: 'Format version and language of the text', de: 'Formatversion und Sprache der Texte' },
  'yaml.company': { en: 'Step 1 · What the company promises', de: 'Schritt 1 · Was das Unternehmen verspricht' },
  'yaml.needs': { en: 'Step 1 · Customer needs compared with the philosophy', de: 'Schritt 1 · Kundenbedürfnisse und Philosophie im Abgleich' },
  'yaml.values': { en: 'Steps 2 and 4 · Core values, and how they become action', de: 'Schritte 2 und 4 · Kernwerte, und wie sie zu Handlungen werden' },
  'yaml.vision': { en: 'Step 3 · The support vision', de: 'Schritt 3 · Die Support-Vision' },
  'yaml.empowerment': { en: 'What the frontline decides, and how hard cases travel', de: 'Was die Frontline entscheidet, und welchen Weg schwierige Fälle nehmen' },
  'yaml.sharing': { en: 'Step 5 · Sharing the philosophy', de: 'Schritt 5 · Die Philosophie teilen' },
  'yaml.hiring': { en: 'Step 6 · The values benchmark for hiring', de: 'Schritt 6 · Der Werte-Benchmark für Einstellungen' },
  'yaml.teams': { en: 'Step 7 · How each team interprets the philosophy', de: 'Schritt 7 · Wie jedes Team die Philosophie auslegt' },
  'yaml.teamsAbsent': { en: 'Step 7 · Teams the company does not have', de: 'Schritt 7 · Teams, die es im Unternehmen nicht gibt' },
  'yaml.feedback': { en: 'Step 7 · Listening, conflicts and reviews', de: 'Schritt 7 · Zuhören, Konflikte und Überprüfungen' },
  'yaml.customKpis': { en: 'KPIs of our own', de: 'Eigene Kennzahlen' },
};

export function label(key: string, language: Language): string | undefined {
  return LABELS[key]?.[language];
}
