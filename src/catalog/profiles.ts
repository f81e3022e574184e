// Kinds of business, and how the catalog's suggestions change for each: the channels a
// customer of such a business uses and their usual hours, the KPIs that fit, the teams that
// exist, and value wording that a four-person shop would not find foreign.
import type { Profile } from '../model/constants.js';
import type { Bilingual, BilingualList } from '../core/bilingual.js';
import type { KpiDef, TeamDef, ValueDef } from './types.js';
import { KPIS } from './kpis.js';
import { TEAMS } from './teams.js';
import { VALUES } from './values.js';

export interface ProfileDef {
  id: Profile;
  name: Bilingual;
  /** Channels customers of this business use, with hours such a business usually keeps. */
  channels: Array<{ id: string; hours: Bilingual }>;
  /** KPI ids that fit, best first; the others are left out of the suggestions. */
  kpis: readonly string[];
  /** Teams to propose for the step-7 table. */
  teams: readonly string[];
  /** Team wording that fits this business better. */
  teamWording?: Partial<Record<string, { name?: Bilingual; activities?: Bilingual; metrics?: string[] }>>;
  /** Value wording that fits this business better than the general one. */
  values?: Partial<Record<string, { meaning?: Bilingual; action?: Bilingual; tools?: BilingualList }>>;
  /** Works without a helpdesk: the KPIs' ticket formulas are left out of its suggestions. */
  noHelpdesk?: true;
}

const WEEKDAYS = { en: 'Mon–Fri 09:00–17:00', de: 'Mo–Fr 09:00–17:00 Uhr' };
const ROUND_THE_CLOCK = { en: '24/7', de: '24/7' };

export const PROFILES: readonly ProfileDef[] = [
  {
    id: 'ecommerce',
    name: { en: 'E-commerce and retail', de: 'Onlinehandel und Einzelhandel' },
    channels: [
      { id: 'email', hours: { en: 'Mon–Sat 08:00–20:00', de: 'Mo–Sa 08:00–20:00 Uhr' } },
      { id: 'chat', hours: { en: 'Mon–Sat 08:00–20:00', de: 'Mo–Sa 08:00–20:00 Uhr' } },
      { id: 'phone', hours: WEEKDAYS },
      { id: 'social', hours: { en: 'daily 09:00–18:00', de: 'täglich 09:00–18:00 Uhr' } },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'CES', 'FCR', 'FRT', 'ART', 'CONTACT_RATE', 'CRR', 'AOV', 'NPS', 'QA', 'REOPEN', 'DEFLECTION', 'ESAT', 'ETR', 'WOM'],
    teams: ['support', 'marketing', 'design', 'leadership', 'hr'],
  },
  {
    id: 'saas',
    name: { en: 'Software and SaaS', de: 'Software und SaaS' },
    channels: [
      { id: 'email', hours: WEEKDAYS },
      { id: 'chat', hours: WEEKDAYS },
      { id: 'in-app', hours: WEEKDAYS },
      { id: 'community', hours: ROUND_THE_CLOCK },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: KPIS.map((k) => k.id),
    teams: TEAMS.map((t) => t.id),
  },
  {
    id: 'hospitality',
    name: { en: 'Hospitality and travel', de: 'Gastgewerbe und Reisen' },
    channels: [
      { id: 'phone', hours: ROUND_THE_CLOCK },
      { id: 'email', hours: { en: 'daily 07:00–22:00', de: 'täglich 07:00–22:00 Uhr' } },
      { id: 'chat', hours: { en: 'daily 07:00–22:00', de: 'täglich 07:00–22:00 Uhr' } },
      { id: 'social', hours: { en: 'daily 09:00–18:00', de: 'täglich 09:00–18:00 Uhr' } },
    ],
    kpis: ['CSAT', 'NPS', 'FCR', 'FRT', 'CES', 'CRR', 'QA', 'ESAT', 'ETR', 'WOM', 'BRAND_LOYALTY'],
    teams: ['support', 'marketing', 'hr', 'leadership'],
  },
  {
    id: 'finance',
    name: { en: 'Financial services', de: 'Finanzdienstleistungen' },
    channels: [
      { id: 'phone', hours: { en: 'Mon–Fri 08:00–20:00', de: 'Mo–Fr 08:00–20:00 Uhr' } },
      { id: 'email', hours: WEEKDAYS },
      { id: 'chat', hours: WEEKDAYS },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'NPS', 'CES', 'FCR', 'FRT', 'ART', 'QA', 'REOPEN', 'CRR', 'CHURN', 'SLA', 'ESAT', 'ETR'],
    teams: ['support', 'sales', 'product', 'marketing', 'hr', 'leadership'],
  },
  {
    id: 'public',
    name: { en: 'Public sector', de: 'Öffentlicher Dienst' },
    channels: [
      { id: 'phone', hours: { en: 'Mon–Fri 08:00–16:00', de: 'Mo–Fr 08:00–16:00 Uhr' } },
      { id: 'email', hours: WEEKDAYS },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'CES', 'FCR', 'FRT', 'ART', 'QA', 'CONTACT_RATE', 'DEFLECTION', 'ESAT', 'ETR'],
    teams: ['support', 'hr', 'leadership'],
  },
  {
    id: 'shop',
    name: { en: 'Local shop and trade', de: 'Laden und Handwerk vor Ort' },
    channels: [
      { id: 'in-person', hours: { en: 'Tue–Fri 10:00–18:30, Sat 10:00–14:00', de: 'Di–Fr 10:00–18:30 Uhr, Sa 10:00–14:00 Uhr' } },
      { id: 'phone', hours: { en: 'during opening hours', de: 'während der Öffnungszeiten' } },
      { id: 'email', hours: { en: 'answered on working days', de: 'Antwort an Werktagen' } },
    ],
    kpis: ['CSAT', 'NPS', 'FCR', 'FRT', 'CRR', 'AOV', 'WOM', 'ESAT'],
    teams: ['support', 'leadership'],
    noHelpdesk: true,
    teamWording: {
      support: {
        name: { en: 'Counter and workshop', de: 'Laden und Werkstatt' },
        activities: {
          en: 'Live the philosophy at the counter, on the phone and in every repair; say what a job costs and when it is ready before starting.',
          de: 'Die Philosophie am Tresen, am Telefon und bei jeder Reparatur leben; vor dem Start sagen, was eine Arbeit kostet und wann sie fertig ist.',
        },
        metrics: ['CSAT', 'FCR', 'CRR'],
      },
      leadership: {
        name: { en: 'Owner', de: 'Inhaberin oder Inhaber' },
        activities: {
          en: 'Lead by example at the counter; decide on refunds and exceptions quickly and explain the decision.',
          de: 'Am Tresen mit gutem Beispiel vorangehen; über Erstattungen und Ausnahmen schnell entscheiden und die Entscheidung erklären.',
        },
        metrics: ['ESAT', 'NPS'],
      },
    },
    values: {
      honesty: { tools: { en: ['a price list for common repairs on the wall', 'a written quote before larger jobs'], de: ['Preisliste für häufige Reparaturen an der Wand', 'schriftlicher Kostenvoranschlag vor größeren Arbeiten'] } },
      integrity: { tools: { en: ['a repair slip with the agreed price and date', 'a call when a job will cost more than agreed'], de: ['Auftragszettel mit vereinbartem Preis und Termin', 'Anruf, wenn eine Arbeit teurer wird als vereinbart'] } },
      autonomy: { tools: { en: ['short how-to sheets at the counter', 'a free do-it-yourself evening once a month'], de: ['kurze Anleitungen am Tresen', 'ein kostenloser Schrauberabend im Monat'] } },
      quality: { tools: { en: ['a checklist for every service', 'a test ride before handing over'], de: ['Checkliste für jede Inspektion', 'Probefahrt vor der Übergabe'] } },
      listening: { tools: { en: ['a notebook at the counter for wishes and complaints', 'a short chat at pick-up'], de: ['Notizbuch am Tresen für Wünsche und Beschwerden', 'kurzes Gespräch bei der Abholung'] } },
      personalization: {
        action: { en: 'Treat every customer as a person, not an order number.', de: 'Behandle jeden Kunden als Menschen, nicht als Auftragsnummer.' },
        tools: { en: ['a customer card with the bike’s history', 'names on the repair slips'], de: ['Kundenkarte mit der Geschichte des Rads', 'Namen auf den Auftragszetteln'] },
      },
      speed: { tools: { en: ['a board with today’s jobs', 'same-day slots for small repairs'], de: ['Tafel mit den Aufträgen des Tages', 'Termine am selben Tag für kleine Reparaturen'] } },
      loyalty: { tools: { en: ['a reminder for the yearly service', 'a customer card'], de: ['Erinnerung an die jährliche Inspektion', 'Kundenkarte'] } },
      empathy: { tools: { en: ['a quiet corner for longer talks', 'a loan bike for urgent cases'], de: ['eine ruhige Ecke für längere Gespräche', 'Leihrad für dringende Fälle'] } },
      ownership: { tools: { en: ['one name on every repair slip', 'a call when the job is done'], de: ['ein Name auf jedem Auftragszettel', 'Anruf, wenn die Arbeit fertig ist'] } },
    },
  },
];

export function findProfile(id: string): ProfileDef | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The values as the profile words them (the general wording without a profile). */
export function valuesFor(profile?: Profile): ValueDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  const kpis = new Set(def?.kpis ?? KPIS.map((k) => k.id));
  return VALUES.map((value) => {
    const own = def?.values?.[value.id];
    return {
      ...value,
      meaning: own?.meaning ?? value.meaning,
      action: own?.action ?? value.action,
      tools: own?.tools ?? value.tools,
      kpis: value.kpis.filter((id) => kpis.has(id)),
      fits: value.fits.filter((id) => kpis.has(id)),
    };
  });
}

/** The KPIs that fit the profile (all of them without one). */
export function kpisFor(profile?: Profile): KpiDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  if (def === undefined) return [...KPIS];
  return def.kpis.map((id) => {
    const kpi = KPIS.find((k) => k.id === id)!;
    if (!def.noHelpdesk || !kpi.ticketFormula) return kpi;
    const { ticketFormula: _ticketFormula, ...rest } = kpi;
    return rest;
  });
}

/** The teams to propose for the profile (all seven without one). */
export function teamsFor(profile?: Profile): TeamDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  if (def === undefined) return [...TEAMS];
  return def.teams.map((id) => {
    const team = TEAMS.find((t) => t.id === id)!;
    const own = def.teamWording?.[id];
    return { ...team, name: own?.name ?? team.name, activities: own?.activities ?? team.activities, metrics: own?.metrics ?? team.metrics };
  });
}
