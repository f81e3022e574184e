import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  KPIS,
  TEAMS,
  VALUES,
  findChannel,
  findKpi,
  findTeam,
  matchValue,
} from '../src/catalog/index.js';
import type { Bilingual, BilingualList } from '../src/core/bilingual.js';
import { catalog as catalogCommand } from '../src/commands/catalog.js';

const kpiIds = new Set(KPIS.map((k) => k.id));

function expectText(b: Bilingual | undefined, where: string): void {
  expect(b, where).toBeDefined();
  for (const lang of ['en', 'de'] as const) {
    expect(typeof b?.[lang], `${where}.${lang}`).toBe('string');
    expect(b?.[lang].trim().length, `${where}.${lang}`).toBeGreaterThan(0);
  }
}

function expectList(b: BilingualList, where: string, exactly?: number): void {
  for (const lang of ['en', 'de'] as const) {
    if (exactly === undefined) expect(b[lang].length, `${where}.${lang}`).toBeGreaterThan(0);
    else expect(b[lang], `${where}.${lang}`).toHaveLength(exactly);
    for (const item of b[lang]) expect(item.trim().length, `${where}.${lang}`).toBeGreaterThan(0);
  }
}

function expectUniqueIds(ids: string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

describe('KPI catalog', () => {
  it('has the 24 required ids, each unique and well-formed', () => {
    const required = [
      'CSAT', 'NPS', 'CES', 'FCR', 'FRT', 'AHT', 'ART', 'CRR', 'CHURN', 'AOV', 'QA', 'REOPEN',
      'BACKLOG', 'SLA', 'CONTACT_RATE', 'DEFLECTION', 'ETR', 'ENPS', 'ESAT', 'SQL', 'MQL',
      'BRAND_LOYALTY', 'WOM', 'USAGE',
    ];
    expectUniqueIds(KPIS.map((k) => k.id));
    expect([...kpiIds].sort()).toEqual([...required].sort());
    for (const k of KPIS) expect(k.id).toMatch(/^[A-Z][A-Z0-9_]{0,39}$/);
  });

  it('has every text in both languages', () => {
    for (const k of KPIS) {
      expectText(k.name, `${k.id}.name`);
      expectText(k.definition, `${k.id}.definition`);
      expectText(k.formula, `${k.id}.formula`);
      expectText(k.scale, `${k.id}.scale`);
      expectText(k.benchmark.text, `${k.id}.benchmark.text`);
      expect(k.benchmark.source.trim(), `${k.id}.benchmark.source`).not.toBe('');
      if (k.note) expectText(k.note, `${k.id}.note`);
      expect(k.unit.trim(), `${k.id}.unit`).not.toBe('');
      expect(['higher', 'lower'], `${k.id}.direction`).toContain(k.direction);
      expect(k.measures.length, `${k.id}.measures`).toBeGreaterThan(0);
    }
  });

  it('has min <= max where both are set', () => {
    for (const k of KPIS) {
      if (k.min !== undefined && k.max !== undefined) expect(k.min, k.id).toBeLessThanOrEqual(k.max);
    }
  });

  it('encodes the scale traps', () => {
    expect(findKpi('NPS')).toMatchObject({ unit: 'points', min: -100, max: 100, direction: 'higher' });
    expect(findKpi('ENPS')).toMatchObject({ unit: 'points', min: -100, max: 100 });
    expect(findKpi('CES')).toMatchObject({ unit: 'points', min: 1, max: 7, direction: 'higher' });
    expect(findKpi('CSAT')).toMatchObject({ unit: '%', min: 0, max: 100 });
    expect(findKpi('FRT')?.direction).toBe('lower');
    expect(findKpi('AHT')?.direction).toBe('lower');
    for (const id of ['CES', 'NPS', 'FRT', 'AHT']) expect(findKpi(id)?.note, id).toBeDefined();
  });
});

describe('value catalog', () => {
  it('has the required ids, each unique', () => {
    expectUniqueIds(VALUES.map((v) => v.id));
    const ids = new Set(VALUES.map((v) => v.id));
    for (const id of [
      'honesty', 'respect', 'integrity', 'autonomy', 'quality', 'listening', 'communicating',
      'personalization', 'speed', 'loyalty', 'empathy', 'ownership',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    for (const v of VALUES) expect(v.id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('has every text in both languages and 3 questions per language', () => {
    for (const v of VALUES) {
      expectText(v.name, `${v.id}.name`);
      expectText(v.meaning, `${v.id}.meaning`);
      expectText(v.action, `${v.id}.action`);
      expectList(v.questions, `${v.id}.questions`, 3);
      expectList(v.tools, `${v.id}.tools`);
      expectList(v.synonyms, `${v.id}.synonyms`);
    }
  });

  it('refers only to known KPIs, with kpis a non-empty subset of fits', () => {
    for (const v of VALUES) {
      expect(v.kpis.length, v.id).toBeGreaterThan(0);
      for (const id of [...v.kpis, ...v.fits]) expect(kpiIds.has(id), `${v.id}: ${id}`).toBe(true);
      for (const id of v.kpis) expect(v.fits, `${v.id}: ${id}`).toContain(id);
      expectUniqueIds(v.fits);
    }
  });

  it('reflects the worked table of the domain', () => {
    const byId = (id: string) => VALUES.find((v) => v.id === id);
    expect(byId('integrity')?.kpis).toEqual(['NPS', 'QA']);
    expect(byId('quality')?.kpis).toEqual(['FCR', 'CSAT']);
    expect(byId('speed')?.kpis).toEqual(['FRT', 'AHT']);
    expect(byId('loyalty')?.kpis).toEqual(['CRR', 'AOV']);
    expect(byId('autonomy')?.kpis).toEqual(['CES']);
    expect(byId('autonomy')?.fits).toContain('DEFLECTION');
    // The metric-fit rule depends on this: "first time right" is not measured by speed.
    expect(byId('quality')?.fits).not.toContain('FRT');
    expect(byId('quality')?.fits).not.toContain('AHT');
    expect(byId('integrity')?.action.en).toBe('Say what you mean. Mean what you say.');
  });

  it('keeps synonyms lower-case and never shared between values', () => {
    const owner = new Map<string, string>();
    for (const v of VALUES) {
      for (const word of [v.id, v.name.en, v.name.de, ...v.synonyms.en, ...v.synonyms.de]) {
        const k = word.toLowerCase();
        const prev = owner.get(k);
        expect(prev === undefined || prev === v.id, `"${word}" on ${prev} and ${v.id}`).toBe(true);
        owner.set(k, v.id);
      }
      for (const s of [...v.synonyms.en, ...v.synonyms.de]) expect(s, v.id).toBe(s.toLowerCase());
    }
  });

  it('matches every name and synonym back to its own value', () => {
    for (const v of VALUES) {
      for (const word of [v.id, v.name.en, v.name.de, ...v.synonyms.en, ...v.synonyms.de]) {
        expect(matchValue(word)?.id, word).toBe(v.id);
      }
    }
  });
});

describe('team catalog', () => {
  it('has the seven teams with the metrics of the team table', () => {
    expectUniqueIds(TEAMS.map((t) => t.id));
    const metrics = Object.fromEntries(TEAMS.map((t) => [t.id, t.metrics]));
    expect(metrics).toEqual({
      support: ['CSAT', 'NPS', 'CES', 'CRR'],
      sales: ['SQL', 'CHURN'],
      design: ['BRAND_LOYALTY'],
      product: ['USAGE', 'CSAT', 'CRR'],
      hr: ['ETR'],
      leadership: ['ESAT'],
      marketing: ['WOM', 'MQL'],
    });
  });

  it('has every text in both languages and only known metrics', () => {
    for (const t of TEAMS) {
      expectText(t.name, `${t.id}.name`);
      expectText(t.activities, `${t.id}.activities`);
      for (const id of t.metrics) expect(kpiIds.has(id), `${t.id}: ${id}`).toBe(true);
    }
  });
});

describe('channel catalog', () => {
  it('has the eight channels, unique, named in both languages', () => {
    expectUniqueIds(CHANNELS.map((c) => c.id));
    expect(CHANNELS.map((c) => c.id).sort()).toEqual(
      ['chat', 'community', 'email', 'in-app', 'in-person', 'phone', 'self-service', 'social'],
    );
    for (const c of CHANNELS) expectText(c.name, `${c.id}.name`);
  });
});

describe('lookups', () => {
  it('finds KPIs by exact id only', () => {
    expect(findKpi('NPS')?.id).toBe('NPS');
    expect(findKpi('CONTACT_RATE')?.id).toBe('CONTACT_RATE');
    expect(findKpi('nps')).toBeUndefined();
    expect(findKpi(' NPS')).toBeUndefined();
    expect(findKpi('XYZ')).toBeUndefined();
  });

  it('matches value names case-insensitively, in both languages, with synonyms', () => {
    expect(matchValue('Honesty')?.id).toBe('honesty');
    expect(matchValue('ehrlichkeit')?.id).toBe('honesty');
    expect(matchValue('Transparency')?.id).toBe('honesty');
    expect(matchValue('  INTEGRITÄT. ')?.id).toBe('integrity');
    expect(matchValue('Zuverlässigkeit')?.id).toBe('integrity');
    expect(matchValue('"Geschwindigkeit"')?.id).toBe('speed');
    expect(matchValue('Schnelligkeit!')?.id).toBe('speed');
    expect(matchValue('First time right')?.id).toBe('quality');
    expect(matchValue('Kundenbindung')?.id).toBe('loyalty');
    expect(matchValue('self service')?.id).toBe('autonomy');
    expect(matchValue('Einfühlungsvermögen')?.id).toBe('empathy');
    expect(matchValue('Accountability')?.id).toBe('ownership');
    // Decomposed umlauts, as some terminals send them.
    expect(matchValue('Qualita\u0308t')?.id).toBe('quality');
  });

  it('returns undefined for unknown or empty value names', () => {
    expect(matchValue('Deliver WOW')).toBeUndefined();
    expect(matchValue('')).toBeUndefined();
    expect(matchValue('  ?! ')).toBeUndefined();
  });

  it('finds teams by id or name in either language', () => {
    expect(findTeam('sales')?.id).toBe('sales');
    expect(findTeam('Vertrieb')?.id).toBe('sales');
    expect(findTeam('FÜHRUNG')?.id).toBe('leadership');
    expect(findTeam('Personal')?.id).toBe('hr');
    expect(findTeam('Personal (HR)')?.id).toBe('hr');
    expect(findTeam('hr')?.id).toBe('hr');
    expect(findTeam('Produkt')?.id).toBe('product');
    expect(findTeam('Kundenservice')?.id).toBe('support');
    expect(findTeam('finance')).toBeUndefined();
  });

  it('finds channels by id or name in either language', () => {
    expect(findChannel('email')?.id).toBe('email');
    expect(findChannel('E-Mail')?.id).toBe('email');
    expect(findChannel('Telefon')?.id).toBe('phone');
    expect(findChannel('Soziale Medien')?.id).toBe('social');
    expect(findChannel('self service')?.id).toBe('self-service');
    expect(findChannel('In-App')?.id).toBe('in-app');
    expect(findChannel('In der App')?.id).toBe('in-app');
    expect(findChannel('Community')?.id).toBe('community');
    expect(findChannel('fax')).toBeUndefined();
  });
});

describe('catalog targets', () => {
  it('a typical target sits inside the KPI’s own scale', () => {
    for (const k of KPIS) {
      if (k.target === undefined) continue;
      if (k.min !== undefined) expect(k.target, k.id).toBeGreaterThanOrEqual(k.min);
      if (k.max !== undefined) expect(k.target, k.id).toBeLessThanOrEqual(k.max);
    }
    expect(KPIS.filter((k) => k.target !== undefined).length).toBeGreaterThanOrEqual(12);
  });
});

describe('`philosophy catalog` at the terminal’s width', () => {
  const print = (kind: string, columns: number, language: 'en' | 'de' = 'en') => {
    let out = '';
    const code = catalogCommand(kind, {}, { cwd: '.', env: {}, language, stderr: { write: () => true }, stdout: { write: (s: string) => ((out += s), true), isTTY: true, columns } });
    expect(code).toBe(0);
    return out;
  };
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  it.each([
    ['kpis', 80],
    ['kpis', 110],
    ['values', 80],
    ['teams', 80],
  ])('%s below 120 columns (%i) is a list: no line wider, no word broken', (kind, columns) => {
    for (const language of ['en', 'de'] as const) {
      const out = print(kind, columns, language);
      expect(out).not.toMatch(/^─/m);
      for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(columns);
    }
    // Only the line breaks differ from a wider list: no word was broken in half.
    expect(words(print(kind, columns))).toEqual(words(print(kind, 119)));
    if (kind === 'kpis') {
      const out = print('kpis', columns);
      expect(out).toMatch(/^FCR$/m);
      expect(out).toContain('Unit: % · Scale: 0..100 % · Better: higher');
    }
  });

  it('120 columns or more keeps the table, every cell wrapped at word boundaries', () => {
    const out = print('kpis', 140);
    expect(out).toMatch(/^─/m);
    for (const line of out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(140);
    expect(words(out).join(' ')).toContain(words(KPIS.find((k) => k.id === 'FCR')!.definition.en).join(' '));
  });
});
