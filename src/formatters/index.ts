import type { Formatter } from './types.js';

/** The values `--format` accepts; the first is the default. */
export const FORMATS = ['stylish', 'json', 'junit', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

// Keyed by Format so that adding a name to FORMATS without a module (or the reverse) fails to
// compile. Lazy, so a run pays only for the formatter it uses (chalk for stylish, path for the rest).
const loaders: Record<Format, () => Promise<{ format: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  github: () => import('./github.js'),
  sarif: () => import('./sarif.js'),
};

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

export async function loadFormatter(name: Format): Promise<Formatter> {
  // The type already forbids unknown names; this guards callers that pass unchecked strings.
  if (!isFormat(name)) {
    throw new Error(`Unknown format "${String(name)}"; expected one of: ${FORMATS.join(', ')}`);
  }
  const module = await loaders[name]();
  return module.format;
}
