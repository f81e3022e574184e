import { describe, expect, it } from 'vitest';
import { FIGURES, KPIS, PROFILES, figuresFor, findChannel, findTeam, kpisFor, teamsFor, valuesFor } from '../../src/catalog/index.js';
import { OWN_TREND_SOURCE } from '../../src/catalog/kpis.js';
import { PROFILES as PROFILE_IDS } from '../../src/model/constants.js';
import { localizeDeep } from '../../src/commands/catalog.js';

// Words that belong to software companies; a bicycle shop must not be offered any of them.
const SOFTWARE = /\b(SLA|SLAs|roadmap|sales-qualified|marketing-qualified|vertriebsqualifiziert\w*|marketingqualifiziert\w*|SaaS|tickets?|Ticket\w*|features?|changelog|status ?page|Statusseite|in-app|app|App|churn|Abwanderung|chatbot|help ?desk|Helpdesk|CRM|backlog|subscription|Abo\w*|software|product development|Produktentwicklung|MQL|SQL|deflection|Deflection)\b/;

describe('KPI benchmarks', () => {
  it('name a source with its year, or make the team’s own trend the benchmark', () => {
    for (const kpi of KPIS) {
      const { source } = kpi.benchmark;
      expect(source === OWN_TREND_SOURCE || /\b(19|20)\d{2}\b/.test(source), `${kpi.id}: ${source}`).toBe(true);
    }
  });

  it('keep attitude statistics out of the benchmarks of brand loyalty and word of mouth', () => {
    for (const id of ['BRAND_LOYALTY', 'WOM']) {
      const kpi = KPIS.find((k) => k.id === id)!;
      expect(kpi.benchmark.source).toBe(OWN_TREND_SOURCE);
      expect(kpi.note?.en).toMatch(/attitude/);
    }
  });

  it('credit NPS to Reichheld with Bain & Company and Satmetrix, 2003, and do not read ACSI as CSAT', () => {
    expect(KPIS.find((k) => k.id === 'NPS')!.benchmark.source).toBe('Reichheld with Bain & Company and Satmetrix, 2003');
    expect(KPIS.find((k) => k.id === 'CSAT')!.benchmark.text.en).not.toMatch(/ACSI/);
    expect(KPIS.find((k) => k.id === 'DEFLECTION')!.benchmark.source).toMatch(/Gartner.*2019/);
  });

  it('use the German terms the teams use', () => {
    const de = (id: string) => KPIS.find((k) => k.id === id)!;
    expect(de('QA').name.de).toBe('QA-Bewertung');
    expect(de('BACKLOG').name.de).toBe('Rückstand (Backlog)');
    expect(de('DEFLECTION').definition.de).toBe('Anteil der Anfragen, die im Self-Service gelöst werden.');
    expect(valuesFor().find((v) => v.id === 'communicating')!.name.de).toBe('Kommunikation');
  });
});

describe('business profiles', () => {
  it('cover the six kinds of business, with known KPIs, teams and channels', () => {
    expect(PROFILES.map((p) => p.id)).toEqual([...PROFILE_IDS]);
    for (const p of PROFILES) {
      expect(p.name.en && p.name.de).toBeTruthy();
      for (const id of p.kpis) expect(KPIS.some((k) => k.id === id), `${p.id}: ${id}`).toBe(true);
      for (const id of p.teams) expect(findTeam(id)?.id, `${p.id}: ${id}`).toBe(id);
      for (const c of p.channels) expect(findChannel(c.id)?.id, `${p.id}: ${c.id}`).toBe(c.id);
    }
  });

  it.each(['en', 'de'] as const)('offer a local shop no software terms (%s)', (lang) => {
    const text = JSON.stringify(localizeDeep([valuesFor('shop'), kpisFor('shop'), teamsFor('shop')], lang));
    expect(text).not.toMatch(SOFTWARE);
  });

  it('propose fewer teams to a shop than to a software company', () => {
    const shopCount = teamsFor('shop').length;
    const softwareCount = teamsFor('saas').length;
    expect(shopCount).toBeLessThan(softwareCount);
    expect(teamsFor().length).toBe(7);
  });

  it('keep the value KPIs within the KPIs of the profile', () => {
    const shopKpis = new Set(kpisFor('shop').map((k) => k.id));
    for (const v of valuesFor('shop')) for (const id of v.kpis) expect(shopKpis.has(id)).toBe(true);
  });
});

describe('cited figures', () => {
  it('hold the seeds’ figures, each with a source in both languages, spread over the steps', () => {
    const all = FIGURES.map((f) => f.text.en).join(' ');
    for (const figure of ['4–8 %', '96 %', '27 %', '50–125 %', '81 %', '42 %', '69 %', '36 %', '51', '−4', '+70']) expect(all).toContain(figure);
    for (const f of FIGURES) expect(f.source.en && f.source.de && f.text.de).toBeTruthy();
    expect(figuresFor(1).length).toBeGreaterThan(0);
  });

  it('give every source its year, or say plainly that no year is known', () => {
    const noYear = { en: /no year|year not given|year of the study not given|without naming the study or its year/, de: /ohne Jahresangabe|kein Jahr|Jahr der Studie nicht genannt|ohne Studie und Jahr/ };
    for (const f of FIGURES) {
      for (const lang of ['en', 'de'] as const) {
        const source = f.source[lang];
        expect(/\b(19|20)\d{2}\b/.test(source) || noYear[lang].test(source), `${f.id}.${lang}: ${source}`).toBe(true);
        if (f.year !== undefined) expect(source, `${f.id}.${lang}`).toContain(String(f.year));
      }
    }
    const year = (id: string) => FIGURES.find((f) => f.id === id)!.year;
    expect([year('microsoft-loyalty'), year('mckinsey-purpose'), year('gallup-engagement'), year('frontline-nps')]).toEqual([2017, 2019, 2020, 2016]);
    // Bain's figure is Bain & Company's, not Bain Capital's; its year is unknown, so none is set.
    expect(FIGURES.find((f) => f.id === 'bain-revenue')).toMatchObject({ source: { en: expect.stringMatching(/^Bain & Company/) } });
    expect(year('bain-revenue')).toBeUndefined();
  });
});
