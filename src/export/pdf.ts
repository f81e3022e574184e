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
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
