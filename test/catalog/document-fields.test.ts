// The new optional fields reach the documents' context: the incentive caveat whenever incentives
// are set, the service funnel, tone and brand voice, and the reference answers of the hiring
// benchmark (the hiring kit reads them from there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INCENTIVE_CAVEAT } from '../../src/catalog/index.js';
import type { Philosophy } from '../../src/model/schema.js';
import { buildContext } from '../../src/render/context.js';

const shop = parse(readFileSync(join(import.meta.dirname, '../../philosophies/kiezspeiche-leipzig.yaml'), 'utf8')) as Philosophy;
const context = (model: Philosophy) => buildContext(model, 'x.yaml', 'philosophy test');

describe('document context', () => {
  it('carries the incentive caveat in the file’s language only when incentives are set', () => {
    expect(context(shop).sharing.incentivesCaveat).toBe(INCENTIVE_CAVEAT.de);
    const without = { ...shop, sharing: { ...shop.sharing, incentives: undefined } } as Philosophy;
    expect(context(without).sharing.incentivesCaveat).toBeNull();
  });

  it('carries the funnel, the tone of voice and the brand voice', () => {
    const c = context(shop);
    expect(c.needs.funnel?.human).toMatch(/Menschen am Tresen/);
    expect(c.sharing.toneOfVoice).toMatch(/Fachchinesisch/);
    expect(c.sharing.brandVoice).toMatch(/Nachbarschaftlich/);
    expect(context({ ...shop, needs: { ...shop.needs, funnel: undefined } } as Philosophy).needs.funnel).toBeNull();
  });

  it('carries the reference answers per value for the hiring kit', () => {
    const honesty = context(shop).hiring.benchmark.find((b) => b.value === 'Ehrlichkeit')!;
    expect(honesty.referenceAnswers).toHaveLength(2);
  });

  it('carries no control character into any document, whatever the file holds', () => {
    const dirty = { ...shop, company: { ...shop.company, mission: 'Räder\u001b[2J für alle\u202e', name: 'Kiez\u0085speiche' } } as Philosophy;
    const c = context(dirty);
    expect(c.company.mission).toBe('Räder[2J für alle');
    expect(JSON.stringify({ ...c, model: null })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });

  it('renders the shop example with its caveat and funnel (committed rendering)', () => {
    const md = readFileSync(join(import.meta.dirname, '../../philosophies/kiezspeiche-leipzig.md'), 'utf8');
    expect(md).toContain(`> ${INCENTIVE_CAVEAT.de}`);
    expect(md).toContain('### Von vorausschauend bis persönlich');
  });
});
