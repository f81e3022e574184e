import type { DiffFormatter } from './types.js';

/** The values `--format` accepts for diff and log; the first is the default. */
export const DIFF_FORMATS = ['stylish', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

// Keyed by DiffFormat, so a name without a module (or the reverse) does not compile.
const loaders: Record<DiffFormat, () => Promise<{ formatter: DiffFormatter }>> = {
  stylish: () => import('./stylish.js'),
  md: () => import('./md.js'),
  json: () => import('./json.js'),
};

export function isDiffFormat(name: string): name is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(name);
}

export async function loadDiffFormatter(name: DiffFormat): Promise<DiffFormatter> {
  return (await loaders[name]()).formatter;
}
