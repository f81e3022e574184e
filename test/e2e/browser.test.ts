// The exported documents in a real browser: headless Chromium loads the HTML handout with no
// console error and no request, shows every value, and shows hostile text literally; the PDF
// has the expected pages and text. Where no browser exists outside CI, the test says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/export/pdf.js';
import { ROOT, run, tempDir } from './run.js';

const browserPath = findBrowser(process.env);
const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!browserPath) {
  const where = process.env['CI'] ? 'in CI, where .ci/run installs it: this is a failure' : 'outside CI: browser tests skipped';
  console.warn(`[browser tests] no Chromium/Chrome on PATH or in PHILOSOPHY_CHROME (${where})`);
}
// In CI a missing browser fails instead of skipping: .ci/run installs one.
const skip = !browserPath && !process.env['CI'];

describe.skipIf(skip)('exports in headless Chromium', () => {
  type Browser = import('playwright-core').Browser;
  let browser: Browser;
  const dir = tempDir();
  mkdirSync(join(dir, 'philosophies'));
  copyFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), join(dir, 'philosophies/acme.yaml'));

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

  async function open(htmlFile: string) {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(`file://${htmlFile}`, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('the handout loads with no console error and no request, and shows every value', async () => {
    const r = run(['export', 'philosophies/acme.yaml', 'handout', '--format', 'html', '--out', 'out/'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { page, errors, requests } = await open(join(dir, 'out/acme-handout.html'));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    const text = await page.innerText('body');
    const model = parse(readFileSync(join(dir, 'philosophies/acme.yaml'), 'utf8'));
    for (const value of model.values.core) expect(text).toContain(value.name);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });

  it('hostile text shows literally and runs nothing', async () => {
    const source = join(dir, 'philosophies/hostile.yaml');
    const hostile = '<script>window.__pwned = 1</script></td>{{company.name}}';
    const text = readFileSync(join(dir, 'philosophies/acme.yaml'), 'utf8')
      .replace('name: Acme Robotics', `name: ${JSON.stringify(hostile)}`)
      .replace('- name: Integrity', `- name: ${JSON.stringify('Integrity </td><b>x</b>')}`);
    writeFileSync(source, text);
    expect(run(['export', 'philosophies/hostile.yaml', 'handout', '--format', 'html', '--out', 'out/'], { cwd: dir }).status).toBe(0);
    const { page, errors } = await open(join(dir, 'out/hostile-handout.html'));
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    const body = await page.innerText('body');
    expect(body).toContain(hostile);
    expect(body).toContain('Integrity </td><b>x</b>');
    await page.close();
  });

  it('the PDF of a five-value handout has at most two A4 pages and every value in its text', () => {
    const r = run(['export', 'philosophies/acme.yaml', 'handout', '--format', 'pdf', '--out', 'out/'], { cwd: dir, env: browserEnv() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pdf = readFileSync(join(dir, 'out/acme-handout.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pageCount(join(dir, 'out/acme-handout.pdf'), pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    if (pdftotext) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'out/acme-handout.pdf'), '-'], { encoding: 'utf8' });
      for (const value of ['Integrity', 'Quality', 'Speed', 'Loyalty', 'Autonomy']) expect(text).toContain(value);
    }
  });

  it('without a browser, PDF is exit 2 with a way to get one, and HTML still works', () => {
    const r = run(['export', 'philosophies/acme.yaml', 'handout', '--format', 'pdf', '--out', 'out/none.pdf'], {
      cwd: dir,
      env: { PATH: '/nonexistent' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs Chromium or Chrome.*PHILOSOPHY_CHROME/);
    expect(run(['export', 'philosophies/acme.yaml', 'handout', '--format', 'html', '--out', 'out/again.html'], { cwd: dir, env: { PATH: '/nonexistent' } }).status).toBe(0);
  });
});

function browserEnv(): Record<string, string> {
  return { PHILOSOPHY_CHROME: browserPath ?? '' };
}

/** Pages of a PDF: pdfinfo's count where poppler is installed, else the /Count of its page tree. */
function pageCount(path: string, pdf: Buffer): number {
  const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1];
  if (pages) return Number(pages);
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page\b/g)].length;
}
