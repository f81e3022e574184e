import { readFileSync } from 'node:fs';

// Read once from the package's own manifest, so the version has a single source.
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
