// `philosophy catalog <kind> --profile P` as a reader of that business sees it: every profile's
// values, KPIs, teams and channels, in both languages, free of words that belong to another
// kind of business. A four-person bicycle shop is offered no SLA timer, a town hall no upsell.
import { describe, expect, it } from 'vitest';
import { findProfile, kpisFor, teamsFor, valuesFor } from '../../src/catalog/index.js';
import { OWN_TREND_SOURCE } from '../../src/catalog/kpis.js';
import { TEAMS } from '../../src/catalog/teams.js';
import { catalog } from '../../src/commands/catalog.js';
import { findCliches } from '../../src/rules/text/cliches.js';
import { PROFILES, type Profile } from '../../src/model/constants.js';

const SOFTWARE = [
  'SLA', 'SLAs', 'SLA-\\w+', 'roadmap', 'Roadmap', 'changelog', 'Changelog', 'SaaS', 'in-app', 'In der App', 'feature', 'features',
  'sales-qualified', 'marketing-qualified', 'vertriebsqualifiziert\\w*', 'marketingqualifiziert\\w*', 'SQL', 'MQL',
  'product development', 'Produktentwicklung', 'subscription', 'Abo\\w*', 'churn', 'Churn', 'status page', 'Statusseite',
  'community forum', 'Community-Forum',
];
const TICKETS = ['tickets?', 'Tickets?', 'Ticket\\w+', '\\w+-Tickets?', 'help desk', 'Helpdesk', 'backlog', 'Backlog'];
const CONTACT_CENTRE = ['contact cent(re|er)s?', 'Contact-Cent(er|re)s?', 'call cent(re|er)s?', 'Callcenter'];
const SHOP_FLOOR = ['repair', 'repairs', 'Reparatur\\w*', 'workshop', 'Werkstatt', 'counter', 'Tresen', 'test ride', 'Probefahrt', 'bike', 'Rad', 'Rads'];
const GUESTS = ['guests?', 'Gäste\\w*', 'Gast', 'room', 'rooms', 'Zimmer', 'booking', 'Buchung\\w*'];
const SELLING = ['upsell\\w*', 'sales', 'Vertrieb\\w*', 'revenue', 'Umsatz\\w*', 'order value', 'Bestellwert', 'loyalty programme', 'Treueprogramm', 'marketing', 'Marketing\\w*'];
const CITIZENS = ['citizens?', 'residents?', 'Bürger\\w*', 'authority', 'Behörde\\w*', 'Amt', 'Antrag\\w*', 'application form'];

/** Words a reader of each kind of business should not meet in its suggestions. */
const FOREIGN: Record<Profile, string[]> = {
  ecommerce: [...SOFTWARE.filter((w) => !/subscription|Abo|churn|Churn/.test(w)), ...SHOP_FLOOR, ...GUESTS, ...CITIZENS],
  saas: [...SHOP_FLOOR, ...GUESTS, ...CITIZENS],
  hospitality: [...SOFTWARE, ...TICKETS, ...SHOP_FLOOR, ...CITIZENS],
  // Banks and insurers have apps, service levels, churn and loan applications.
  finance: [...SOFTWARE.filter((w) => !/SLA|in-app|In der App|SQL|vertriebsqualifiziert|churn|Churn/.test(w)), ...SHOP_FLOOR, ...GUESTS, ...CITIZENS.filter((w) => !w.startsWith('Antrag'))],
  // A town hall books appointments and has rooms, but no guests.
  public: [...SOFTWARE, ...SELLING, ...SHOP_FLOOR, ...GUESTS.filter((w) => !/room|booking|Buchung/.test(w))],
  shop: [...SOFTWARE, ...TICKETS, ...CONTACT_CENTRE, ...GUESTS, ...CITIZENS, 'CRM', 'chatbot', 'Chatbot', 'omnichannel', 'Omnichannel\\w*'],
};

function print(kind: string, profile: Profile, language: 'en' | 'de', json = false): string {
  let out = '';
  const code = catalog(kind, { profile, json }, {
    cwd: '.',
    env: {},
    language,
    stderr: { write: () => true },
    stdout: { write: (s: string) => ((out += s), true), isTTY: true, columns: 200 },
  });
  expect(code).toBe(0);
  return out;
}

describe('catalog --profile speaks the language of that business', () => {
  it.each(PROFILES.flatMap((p) => (['en', 'de'] as const).map((l) => [p, l] as const)))('%s (%s): no foreign terms in values, KPIs, teams or channels', (profile, language) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${FOREIGN[profile].join('|')})(?![\\p{L}\\p{N}-])`, 'u');
    const hits: string[] = [];
    for (const kind of ['values', 'kpis', 'teams', 'channels']) {
      // The table for people and the JSON for scripts: the JSON holds every field, the notes too.
      for (const json of [false, true]) {
        const lines = print(kind, profile, language, json).split('\n');
        for (const line of lines) if (pattern.test(line)) hits.push(`${kind}${json ? ' --json' : ''} ${line.match(pattern)![0]}: ${line.trim().slice(0, 140)}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the lists are not vacuous: each finds its words in another profile’s catalog', () => {
    const all = (profile: Profile) => ['values', 'kpis', 'teams'].map((kind) => print(kind, profile, 'en', true) + print(kind, profile, 'de', true)).join('\n');
    const test = (profile: Profile, other: Profile) => new RegExp(`(?<![\\p{L}\\p{N}-])(${FOREIGN[profile].join('|')})(?![\\p{L}\\p{N}-])`, 'u').test(all(other));
    expect(test('shop', 'saas')).toBe(true);
    expect(test('hospitality', 'saas')).toBe(true);
    expect(test('public', 'ecommerce')).toBe(true);
    expect(test('saas', 'shop')).toBe(true);
    expect(test('saas', 'hospitality')).toBe(true);
    expect(test('finance', 'shop')).toBe(true);
  });
});

describe('every profile fits its suggestions to the business', () => {
  it.each([...PROFILES])('%s rewords values’ meanings and action statements, in both languages', (profile) => {
    const general = new Map(valuesFor().map((v) => [v.id, v]));
    const own = valuesFor(profile);
    const meanings = own.filter((v) => v.meaning.en !== general.get(v.id)!.meaning.en && v.meaning.de !== general.get(v.id)!.meaning.de);
    const actions = own.filter((v) => v.action.en !== general.get(v.id)!.action.en && v.action.de !== general.get(v.id)!.action.de);
    expect(meanings.length, 'meanings').toBeGreaterThanOrEqual(2);
    expect(actions.length, 'actions').toBeGreaterThanOrEqual(3);
  });

  it.each([...PROFILES])('%s: channels with hours, benchmarks with a dated source or the own trend', (profile) => {
    const def = findProfile(profile)!;
    for (const c of def.channels) expect(c.hours.en && c.hours.de, c.id).toBeTruthy();
    for (const kpi of kpisFor(profile)) expect(kpi.benchmark.source === OWN_TREND_SOURCE || /\b(19|20)\d{2}\b/.test(kpi.benchmark.source), `${kpi.id}: ${kpi.benchmark.source}`).toBe(true);
    const teams = teamsFor(profile);
    const kpis = new Set(kpisFor(profile).map((k) => k.id));
    // The team table proposes only metrics this kind of business tracks.
    if (profile !== 'saas') for (const team of teams) for (const id of team.metrics) expect(kpis.has(id), `${team.id}: ${id}`).toBe(true);
  });

  it('differs where the business differs: benchmarks and team sizes', () => {
    expect(kpisFor('shop').find((k) => k.id === 'FRT')!.target).toBe(24);
    expect(kpisFor('hospitality').find((k) => k.id === 'FRT')!.target).toBe(1);
    expect(kpisFor().find((k) => k.id === 'FRT')!.target).toBe(4);
    expect(kpisFor('saas').find((k) => k.id === 'CHURN')!.benchmark.text.en).toMatch(/subscription/);
    // A four-person shop is offered two rows of the team table, a public office three, software all.
    expect(teamsFor('shop')).toHaveLength(2);
    expect(teamsFor('public')).toHaveLength(3);
    expect(teamsFor('saas')).toHaveLength(TEAMS.length);
    expect(teamsFor('shop').map((t) => t.name.de)).toEqual(['Laden und Werkstatt', 'Inhaberin oder Inhaber']);
    expect(teamsFor('hospitality')[0]!.name.en).toBe('Front desk and guest service');
  });
});

describe('catalog kpis in German', () => {
  it('names every benchmark source and unit in German words', () => {
    for (const profile of PROFILES) {
      const out = print('kpis', profile, 'de');
      expect(out, profile).not.toMatch(/own trend|\bwith\b|\band\b| now |survey|points|currency/);
    }
    expect(print('kpis', 'saas', 'de')).toMatch(/Reichheld mit Bain & Company und Satmetrix, 2003/);
    expect(print('kpis', 'saas', 'en')).toMatch(/Reichheld with Bain & Company and Satmetrix, 2003/);
  });
});

describe('the catalog’s own suggestions', () => {
  it.each([undefined, ...PROFILES])('draw no cliché finding (%s)', (profile) => {
    const hits: string[] = [];
    for (const language of ['en', 'de'] as const) {
      for (const v of valuesFor(profile)) for (const text of [v.meaning[language], v.action[language]]) hits.push(...findCliches(text).map((c) => `${v.id}: ${c.phrase}`));
      for (const team of teamsFor(profile)) hits.push(...findCliches(team.activities[language]).map((c) => `${team.id}: ${c.phrase}`));
    }
    expect(hits).toEqual([]);
  });
});
