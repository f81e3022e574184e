// The scorecard's HTML in headless Chromium: one SVG chart per KPI with values, the target band
// visible, no console error, no request; the PDF has the expected pages, no chart cut.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/export/pdf.js';
import { generateRows, HEADERS, toCsv } from '../helpers/helpdesk-exports.js';
import { PHILOSOPHY } from '../scorecard/harness.js';
import { BIN, ROOT, tempDir } from './run.js';

/** The built CLI, with room for a loaded machine (DuckDB and Chromium both start here). */
function run(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const browserPath = findBrowser(process.env);
// In CI a missing browser fails instead of skipping: .ci/run installs one.
const skip = !browserPath && !process.env['CI'];

describe.skipIf(skip)('scorecard in headless Chromium', () => {
  type Browser = import('playwright-core').Browser;
  let browser: Browser;
  const dir = tempDir();
  writeFileSync(join(dir, 'philosophy.yaml'), PHILOSOPHY);
  writeFileSync(join(dir, 'zendesk.csv'), toCsv(HEADERS.zendesk, generateRows('zendesk', { seed: 21, count: 3000 })));
  // The last month just above the target, where the target's label would sit by default.
  writeFileSync(join(dir, 'nps.csv'), 'period,kpi,value,n\n2026-05,NPS,31,210\n2026-06,NPS,36,190\n2026-07,NPS,44,230\n2026-08,NPS,41,205\n2026-09,NPS,47,260\n2026-10,NPS,52,240\n');
  copyFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), join(dir, 'acme.yaml'));

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: browserPath!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([1000, 390])('at %ipx: an SVG chart per KPI with values, the target band visible, no console error, no request', async (width) => {
    const r = run(['scorecard', 'philosophy.yaml', '--data', 'zendesk.csv', '--data', 'nps.csv', '--format', 'html', '--out', `card-${width}.html`], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(`file://${join(dir, `card-${width}.html`)}`, { waitUntil: 'load' });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // CSAT, FCR, REOPEN, FRT, ART, SLA from the tickets and NPS from the KPI file; AHT has no data.
    expect(await page.locator('svg.chart').count()).toBe(7);
    const bands = page.locator('svg.chart rect.target-band');
    expect(await bands.count()).toBe(7);
    for (let i = 0; i < 7; i++) {
      const box = await bands.nth(i).boundingBox();
      const chart = await page.locator('svg.chart').nth(i).boundingBox();
      expect(box!.height).toBeGreaterThan(1);
      expect(box!.width).toBeGreaterThan(chart!.width * 0.8);
      expect(await bands.nth(i).isVisible()).toBe(true);
    }
    // The target's label covers no point of the line.
    for (let i = 0; i < 7; i++) {
      const chart = page.locator('svg.chart').nth(i);
      const label = (await chart.locator('text.target-label').boundingBox())!;
      for (const circle of await chart.locator('circle').all()) {
        const dot = (await circle.boundingBox())!;
        const apart = dot.x > label.x + label.width || dot.x + dot.width < label.x || dot.y > label.y + label.height || dot.y + dot.height < label.y;
        expect(apart, `chart ${i + 1}: the target label ${JSON.stringify(label)} covers the point ${JSON.stringify(dot)}`).toBe(true);
      }
    }
    // Nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    const text = await page.innerText('body');
    expect(text).toContain('Speed');
    expect(text).toContain('one-touch proxy');
    await page.close();
  });

  it('the PDF has the expected pages, and no chart is cut across a page', () => {
    const r = run(['scorecard', 'acme.yaml', '--data', 'zendesk.csv', '--data', 'nps.csv', '--format', 'pdf', '--out', 'card.pdf'], {
      cwd: dir,
      env: { PHILOSOPHY_CHROME: browserPath ?? '' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pdf = readFileSync(join(dir, 'card.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = spawnSync('pdfinfo', [join(dir, 'card.pdf')], { encoding: 'utf8' });
    if (info.error && !process.env['CI']) return;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)![1]);
    // Five values, eleven KPIs (five with a chart), the sources and the definitions: three A4
    // pages with the shared print stylesheet.
    expect(pages).toBe(3);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'card.pdf'), '-'], { encoding: 'utf8' });
    // A KPI card's title and the target label inside its chart stay on one page.
    const pages_ = text.split('\f');
    const pageOf = (needle: string) => pages_.findIndex((p) => p.includes(needle));
    for (const [title, label] of [
      ['Net Promoter Score', 'target ≥ 50 points'],
      ['First contact resolution', 'target ≥ 75 %'],
      ['Customer satisfaction score', 'target ≥ 90 %'],
      ['First response time', 'target ≤ 2 h'],
    ] as const) {
      expect(pageOf(title), title).toBeGreaterThanOrEqual(0);
      expect(pageOf(label), label).toBe(pageOf(title));
    }
  });
});
