import { readFileSync } from 'node:fs';

/** The package's root folder: one level above this file, in src/ and in the bundle in dist/. */
export const PACKAGE_ROOT = new URL('../', import.meta.url);

// Read once from the package's own manifest, so the version has a single source.
export const VERSION: string = (JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as { version: string }).version;
