import type { TeamDef } from './types.js';

// The seven teams of step 7, with the metrics each team is most likely to move.
export const TEAMS: readonly TeamDef[] = [
  {
    id: 'support',
    name: { en: 'Support', de: 'Support' },
    activities: {
      en: 'Live the philosophy in every call, chat and email; build self-service content and shape the support strategy.',
      de: 'Die Philosophie in jedem Anruf, Chat und jeder E-Mail leben; Self-Service-Inhalte erstellen und die Support-Strategie gestalten.',
    },
    metrics: ['CSAT', 'NPS', 'CES', 'CRR'],
  },
  {
    id: 'sales',
    name: { en: 'Sales', de: 'Vertrieb' },
    activities: {
      en: 'Align selling with the support values and with what customers actually need.',
      de: 'Den Vertrieb an den Support-Werten und an dem ausrichten, was Kunden wirklich brauchen.',
    },
    metrics: ['SQL', 'CHURN'],
  },
  {
    id: 'design',
    name: { en: 'Design', de: 'Design' },
    activities: {
      en: 'Let the values shape the brand: copy, tone of voice and visuals.',
      de: 'Die Werte in die Marke einfließen lassen: Texte, Tonalität und Gestaltung.',
    },
    metrics: ['BRAND_LOYALTY'],
  },
  {
    id: 'product',
    name: { en: 'Product', de: 'Produkt' },
    activities: {
      en: 'Put what customers value at the centre of product development; build features that fit the philosophy.',
      de: 'Die Produktentwicklung danach ausrichten, was Kunden wichtig ist; Funktionen bauen, die zur Philosophie passen.',
    },
    metrics: ['USAGE', 'CSAT', 'CRR'],
  },
  {
    id: 'hr',
    name: { en: 'HR', de: 'Personal (HR)' },
    activities: {
      en: 'Hire for fit with the values and for helpful traits, not only for skills.',
      de: 'Nach Passung zu den Werten und nach hilfsbereiten Eigenschaften einstellen, nicht nur nach Fachkenntnissen.',
    },
    metrics: ['ETR'],
  },
  {
    id: 'leadership',
    name: { en: 'Leadership', de: 'Führung' },
    activities: {
      en: 'Lead by example and make strategic decisions that match the support values.',
      de: 'Mit gutem Beispiel vorangehen und strategische Entscheidungen treffen, die zu den Support-Werten passen.',
    },
    metrics: ['ESAT'],
  },
  {
    id: 'marketing',
    name: { en: 'Marketing', de: 'Marketing' },
    activities: {
      en: 'Build the marketing strategy on the values, and promise only what support can deliver.',
      de: 'Die Marketingstrategie auf den Werten aufbauen und nur versprechen, was der Support einlösen kann.',
    },
    metrics: ['WOM', 'MQL'],
  },
];
