import { readFileSync } from 'node:fs';

/** The package's root folder: one level above this file, in src/ and in the bundle in dist/. */
export const PACKAGE_ROOT = new URL('../', import.meta.url);

// Read once from the package's own manifest, so the version has a single source.
export const VERSION: string = (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;

declare const __PHILOSOPHY_BUILD__: string | undefined;

/** Which build this is: set by scripts/build.mjs from the sources, 'dev' when run from src/. */
export const BUILD: string = typeof __PHILOSOPHY_BUILD__ === 'string' ? __PHILOSOPHY_BUILD__ : 'dev';
