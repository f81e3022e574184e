// Turns the paths, folders and globs of the command line into the list of files to check.
// Anything that names nothing is a usage error (exit 2): a CI job must never pass because its
// glob matched no file.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Language } from '../model/constants.js';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { oneLine } from '../core/text.js';

const YAML_FILE = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[\]{}!]/;

/** Where philosophies live unless the command line names files. */
export const DEFAULT_FOLDER = 'philosophies/';

/** The files the command line names, or every philosophy in philosophies/ when it names none. */
export async function expandTargets(args: readonly string[], cwd: string, language: Language): Promise<string[]> {
  if (args.length) return expandPaths(args, cwd, language);
  let folder = false;
  try {
    folder = statSync(resolve(cwd, DEFAULT_FOLDER)).isDirectory();
  } catch {
    /* no such folder */
  }
  if (!folder) throw new CliError(t(language, 'error.defaultMissing', { cwd }));
  return expandPaths([DEFAULT_FOLDER], cwd, language);
}

/** Absolute paths, deduplicated, in a stable order (per argument; within it, sorted). */
export async function expandPaths(args: readonly string[], cwd: string, language: Language): Promise<string[]> {
  const out = new Set<string>();
  for (const arg of args) {
    const found = await expandOne(arg, cwd, language);
    for (const f of found) out.add(f);
  }
  return [...out];
}

async function expandOne(arg: string, cwd: string, language: Language): Promise<string[]> {
  const absolute = resolve(cwd, arg);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  // A folder named like a YAML file is a file that went wrong; the reader reports it on its own
  // line while the other files are still checked.
  if (stats?.isDirectory() && !YAML_FILE.test(arg)) {
    const files = yamlFilesIn(absolute);
    if (!files.length) throw new CliError(t(language, 'error.noYaml', { path: oneLine(arg, 200) }));
    return files;
  }
  // An existing path that is not a folder is checked as given (even a broken or odd one: the
  // reader reports what is wrong with it), so is a name that does not exist but looks like a file.
  if (stats || !GLOB_CHARS.test(arg)) {
    if (!stats && !existsLink(absolute)) throw new CliError(t(language, 'error.notFound', { path: oneLine(arg, 200) }));
    return [absolute];
  }
  const { glob } = await import('tinyglobby');
  const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true });
  if (!matches.length) throw new CliError(t(language, 'error.noMatch', { pattern: oneLine(arg, 200) }));
  return matches.map((m) => (isAbsolute(m) ? m : resolve(cwd, m))).sort();
}

function existsLink(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch (error) {
    // A symlink loop or a dangling link exists as a name; the reader reports it per file.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' || code === 'ENOTDIR' || code === 'EACCES';
  }
}

function yamlFilesIn(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    // Hidden files are skipped like hidden folders (and like globs do): editors' and our own
    // temporary files start with a dot.
    if (!YAML_FILE.test(entry.name) || entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) continue;
    const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir;
    // Hidden folders and node_modules under the named folder hold no philosophies of the team.
    if (relative(dir, parent).split(/[\\/]/).some((part) => part === 'node_modules' || part.startsWith('.'))) continue;
    files.push(join(parent, entry.name));
  }
  return files.sort();
}
