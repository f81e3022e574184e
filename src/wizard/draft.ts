// The wizard's draft: the answers so far and the step to resume at, in a YAML file in the
// working folder, written atomically after every answer.
import { accessSync, constants, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { writeFileAtomic } from '../io/write.js';
import type { Draft } from './types.js';

export const DRAFT_NAME = '.philosophy-draft.yaml';
/** `edit` keeps its own draft, so editing never touches a waiting `init` draft. */
export const EDIT_DRAFT_NAME = '.philosophy-edit-draft.yaml';

export interface SavedDraft {
  /** ISO time of the last save. */
  saved: string;
  /** The step to resume at (1..7). */
  step: number;
  /** The file being edited (`philosophy edit`), if any. */
  target?: string;
  philosophy: Draft;
}

export function writeDraft(path: string, draft: SavedDraft): void {
  const header = '# philosophy wizard draft: continue with `philosophy init --resume`; delete it to start over\n';
  writeFileAtomic(path, header + stringify(draft, { lineWidth: 0 }), { overwrite: true });
}

/** The saved draft, undefined when there is none; a draft that cannot be read is an error the
 * caller reports (and --fresh overrides). */
export function readDraft(path: string): SavedDraft | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const data = parse(text, { maxAliasCount: 10 }) as Partial<SavedDraft> | null;
  if (!data || typeof data !== 'object' || typeof data.philosophy !== 'object' || data.philosophy === null) {
    throw new Error('not a philosophy draft');
  }
  const step = Number(data.step);
  return {
    saved: String(data.saved ?? ''),
    step: Number.isInteger(step) && step >= 1 && step <= 7 ? step : 1,
    ...(typeof data.target === 'string' ? { target: data.target } : {}),
    philosophy: data.philosophy,
  };
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}

/** The program's name as the user can type it: `philosophy` when a `philosophy` is on PATH,
 * else `npx philosophy` (a clone or a local install, where the bin is not on PATH). */
export function commandName(env: Record<string, string | undefined>): string {
  return runnable('philosophy', env) ? 'philosophy' : 'npx philosophy';
}

/** Whether `command` can be started: a path to an executable file, or a name found on PATH. */
export function runnable(command: string, env: Record<string, string | undefined>): boolean {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (/[\\/]/.test(command)) return executable(command);
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`, command] : [command];
  return (env['PATH'] ?? '').split(delimiter).filter(Boolean).some((dir) => names.some((name) => executable(join(dir, name))));
}
