import type { Bilingual } from '../core/bilingual.js';
import type { ChannelDef, KpiDef, TeamDef, ValueDef } from './types.js';
import { CHANNELS } from './channels.js';
import { KPIS } from './kpis.js';
import { TEAMS } from './teams.js';
import { VALUES } from './values.js';

export type { ChannelDef, KpiDef, TeamDef, ValueDef } from './types.js';
export { CHANNELS, KPIS, TEAMS, VALUES };
export { sourceIn, unitIn } from './kpis.js';
export { INCENTIVE_CAVEAT } from './caveats.js';
export { FIGURES, figuresByStep, figuresFor, type FigureDef } from './figures.js';
export { PROFILES, findProfile, kpisFor, teamsFor, valuesFor, type ProfileDef } from './profiles.js';

// Users type "E-Mail", "self service", "Honesty!" or "Personal (HR)"; reducing every name to
// its letters and digits makes all of these spellings meet the same key.
function key(text: string): string {
  // ASCII needs neither normalization nor Unicode classes (the rules look names up in every file).
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// "Personal (HR)" should also be found as "Personal" and as "HR".
function variants(text: string): string[] {
  const out = [text];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (paren?.[1] && paren[2]) out.push(paren[1], paren[2]);
  return out;
}

function index<T>(items: readonly T[], names: (item: T) => readonly string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    for (const name of names(item)) {
      for (const variant of variants(name)) {
        const k = key(variant);
        // First entry wins, so catalog order decides any clash instead of the last writer.
        if (k && !map.has(k)) map.set(k, item);
      }
    }
  }
  return map;
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const both = (b: Bilingual): string[] => [b.en, b.de];

// Common words for teams and channels that are not their catalog names; the types have no
// synonym field for them, and the wizard and validator both benefit from the leniency.
const TEAM_ALIASES: Record<string, readonly string[]> = {
  support: ['customer support', 'customer service', 'kundenservice', 'kundendienst', 'kundensupport'],
  sales: ['sales team', 'vertriebsteam', 'verkauf'],
  design: ['brand design', 'ux', 'gestaltung'],
  product: ['product management', 'produktmanagement', 'produktentwicklung'],
  hr: ['human resources', 'people', 'people team', 'personalabteilung', 'personalwesen'],
  leadership: ['management', 'executives', 'geschäftsführung', 'geschäftsleitung', 'führungsteam', 'unternehmensführung'],
  marketing: ['marketing team', 'marketingteam'],
};

const CHANNEL_ALIASES: Record<string, readonly string[]> = {
  email: ['mail'],
  chat: ['live chat', 'messaging', 'messenger'],
  phone: ['telephone', 'call', 'calls', 'hotline', 'telefonie', 'anruf'],
  social: ['social networks', 'soziale netzwerke'],
  'self-service': ['self-help', 'help centre', 'help center', 'hilfe-center', 'hilfecenter', 'knowledge base', 'wissensdatenbank', 'faq', 'selbsthilfe'],
  'in-app': ['in-product', 'in product'],
  community: ['forum', 'community forum', 'user forum'],
  'in-person': ['shop', 'store', 'counter', 'in store', 'laden', 'ladengeschäft', 'geschäft', 'werkstatt', 'filiale', 'tresen'],
};

const kpiIndex = lazy(() => new Map(KPIS.map((k) => [k.id, k] as const)));
const valueIndex = lazy(() =>
  index(VALUES, (v) => [v.id, ...both(v.name), ...v.synonyms.en, ...v.synonyms.de]),
);
const teamIndex = lazy(() =>
  index(TEAMS, (t) => [t.id, ...both(t.name), ...(TEAM_ALIASES[t.id] ?? [])]),
);
const channelIndex = lazy(() =>
  index(CHANNELS, (c) => [c.id, ...both(c.name), ...(CHANNEL_ALIASES[c.id] ?? [])]),
);

/** The KPI with exactly this id (ids are upper-case; no case folding). */
export function findKpi(id: string): KpiDef | undefined {
  return kpiIndex().get(id);
}

/** The catalog value a user's value name refers to, by name or synonym in either language. */
export function matchValue(name: string): ValueDef | undefined {
  const k = key(name);
  return k ? valueIndex().get(k) : undefined;
}

/** A team by id or name in either language, ignoring case and punctuation. */
export function findTeam(idOrName: string): TeamDef | undefined {
  const k = key(idOrName);
  return k ? teamIndex().get(k) : undefined;
}

/** A channel by id or name in either language, ignoring case and punctuation. */
export function findChannel(idOrName: string): ChannelDef | undefined {
  const k = key(idOrName);
  return k ? channelIndex().get(k) : undefined;
}
