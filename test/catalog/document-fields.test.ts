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

  it('renders the shop example with its caveat and funnel (committed rendering)', () => {
    const md = readFileSync(join(import.meta.dirname, '../../philosophies/kiezspeiche-leipzig.md'), 'utf8');
    expect(md).toContain(`> ${INCENTIVE_CAVEAT.de}`);
    expect(md).toContain('### Von vorausschauend bis persönlich');
  });
});
