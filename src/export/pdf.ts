// PDF through a real Chromium (playwright-core with a browser already on the system: none is
// ever downloaded). The page may make no request at all: every one is refused, so a template
// that links something external shows the gap instead of leaking a request.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The browser to print with: PHILOSOPHY_CHROME, else the first of the usual names on PATH. */
export function findBrowser(env: Record<string, string | undefined>): string | undefined {
  const explicit = env['PHILOSOPHY_CHROME'];
  if (explicit) return isExecutable(explicit) ? explicit : undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export async function printPdf(html: string, executablePath: string): Promise<Uint8Array> {
  // require(), not import(): the program runs as a compiled script (see launch.ts), which has no
  // loader for import(); playwright-core is CommonJS.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    // Root in containers needs --no-sandbox; the rest keeps Chromium from phoning home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const scale = await fitScale(page);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, scale });
  } finally {
    await browser.close();
  }
}

// Run in the page (the program is compiled without the DOM's types): the margins in mm of the
// document's last @page rules, and the height of the tallest part that must fit one page.
const PAGE_MARGINS = `(() => {
  const sides = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const sheet of document.styleSheets) for (const rule of sheet.cssRules) {
    if (!(rule instanceof CSSPageRule)) continue;
    for (const side of Object.keys(sides)) {
      const mm = /^([\\d.]+)mm$/.exec(rule.style.getPropertyValue('margin-' + side).trim());
      if (mm) sides[side] = Number(mm[1]);
    }
  }
  return sides;
})()`;
const TALLEST_ONE_PAGE = `Math.max(0, ...Array.from(document.querySelectorAll('[data-one-page]'), (e) => e.getBoundingClientRect().height))`;

// Never smaller than this: below it text gets hard to read, and a second page is the better deal.
const MIN_SCALE = 0.8;
const PX_PER_MM = 96 / 25.4;

/** The print scale that keeps every element marked `data-one-page` on one A4 page: 1 when it
 * fits anyway, less (not below MIN_SCALE) when a philosophy with long texts would spill onto a
 * second page. The page margins are read from the document's own @page rules. */
async function fitScale(page: import('playwright-core').Page): Promise<number> {
  const margins = (await page.evaluate(PAGE_MARGINS)) as { top: number; right: number; bottom: number; left: number };
  const width = (210 - margins.left - margins.right) * PX_PER_MM;
  const height = (297 - margins.top - margins.bottom) * PX_PER_MM;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(width), height: Math.floor(height) });
  const tallest = (await page.evaluate(TALLEST_ONE_PAGE)) as number;
  await page.emulateMedia({ media: null });
  if (tallest <= height) return 1;
  // A little room for rounding: Chromium breaks pages on whole device pixels.
  return Math.max(MIN_SCALE, Math.floor((height / tallest) * 100) / 100 - 0.01);
}
