// The diff service: two versions of a philosophy in, what changed out (DiffResult), or the
// history of one file through git (LogEntry[]). Returns data; src/commands/diff.ts and log.ts
// print it through src/diff/formatters/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../lint/config.js';
import { displayPath, readFileBytes } from '../io/read-file.js';
import { unreadResult } from '../services/read-philosophy.js';
import type { FileResult } from '../core/findings.js';
import type { Language } from '../model/constants.js';
import { DEFAULT_LIMITS } from '../model/load.js';
import { compareModels } from './compare.js';
import { GitError, defaultBase, fileHistory, openRepository, pathAt, repositoryPath, resolveRef, showFile, type Git } from './git.js';
import { compareFindings, readVersion, type Version } from './read.js';
import type { DiffResult, LogEntry, SideLabel } from './types.js';

export { GitError } from './git.js';
export type { DiffResult, LogEntry } from './types.js';

export interface DiffOptions {
  cwd: string;
  language: Language;
  today: string;
  config: Config;
  env: Record<string, string | undefined>;
}

/** One side that cannot be compared: unreadable, or not in the format (its findings say why). */
export class UnreadableSide extends Error {
  constructor(
    readonly side: SideLabel,
    readonly result: FileResult,
  ) {
    super(`cannot read ${side.path}${side.ref ? ` at ${side.ref}` : ''}`);
    this.name = 'UnreadableSide';
  }
}

/** `philosophy diff OLD NEW`: two files on disk. */
export async function diffFiles(oldFile: string, newFile: string, options: DiffOptions): Promise<DiffResult> {
  const sides = [oldFile, newFile].map((f) => {
    const absolutePath = resolve(options.cwd, f);
    const file = displayPath(absolutePath, options.cwd);
    const read = readFileBytes(absolutePath, options.config.limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize, options.language);
    const label: SideLabel = { path: file, ref: '', exists: true };
    if ('issue' in read) throw new UnreadableSide(label, unreadResult(read.issue, { file, absolutePath, language: options.language }));
    return { absolutePath, file, bytes: read.bytes, label };
  });
  const [a, b] = sides as [(typeof sides)[number], (typeof sides)[number]];
  return compareVersions(a.label, a.bytes, a.absolutePath, b.label, b.bytes, b.absolutePath, options);
}

/** `philosophy diff FILE [--base REF]`: the file in the working tree against its version at
 * REF (default: the merge base with the default branch, else HEAD). A file that is new since
 * REF, or deleted since, is a diff with one side empty; a path on neither side is an error. */
export async function diffWithBase(file: string, base: string | undefined, options: DiffOptions): Promise<DiffResult> {
  const absolutePath = resolve(options.cwd, file);
  const shown = displayPath(absolutePath, options.cwd);
  const git = openRepository(absolutePath, options.env);
  const path = repositoryPath(git, absolutePath);
  const from = base === undefined ? defaultBase(git) : { label: base, commit: resolveRef(git, base) };
  // A file renamed since REF is compared with its old self.
  const oldPath = showFile(git, from.commit, path) ? path : pathAt(git, from.commit, path);
  const oldBytes = showFile(git, from.commit, oldPath);
  // Deleted since REF: the new side is empty. On neither side: nothing to compare.
  const gone = !existsSync(absolutePath);
  if (!oldBytes && gone) throw new GitError('notAtRef', `${path} @ ${from.label}`);
  const oldLabel: SideLabel = { path: oldPath, ref: from.label, exists: oldBytes !== undefined };
  const newLabel: SideLabel = { path: shown, ref: '', exists: !gone };
  let newBytes: Uint8Array | undefined;
  if (!gone) {
    const read = readFileBytes(absolutePath, options.config.limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize, options.language);
    if ('issue' in read) throw new UnreadableSide(newLabel, unreadResult(read.issue, { file: shown, absolutePath, language: options.language }));
    newBytes = read.bytes;
  }
  return compareVersions(oldLabel, oldBytes, absolutePath, newLabel, newBytes, absolutePath, options);
}

/** `philosophy log FILE`: every commit that touched the file, newest first, each with the
 * semantic diff from the version before it. */
export async function fileLog(file: string, options: DiffOptions): Promise<{ path: string; entries: LogEntry[] }> {
  const absolutePath = resolve(options.cwd, file);
  const git: Git = openRepository(absolutePath, options.env);
  const path = repositoryPath(git, absolutePath);
  const entries: LogEntry[] = [];
  for (const c of fileHistory(git, path)) {
    const after = c.status === 'D' ? undefined : showFile(git, c.commit, c.path);
    const before = c.status === 'A' || !c.parent ? undefined : showFile(git, c.parent, c.previousPath);
    const oldLabel: SideLabel = { path: c.previousPath, ref: c.parent ? short(c.parent) : '', exists: before !== undefined };
    const newLabel: SideLabel = { path: c.path, ref: short(c.commit), exists: after !== undefined };
    const diff = await compareVersions(oldLabel, before, absolutePath, newLabel, after, absolutePath, options);
    entries.push({ commit: c.commit, date: c.date, author: c.author, subject: c.subject, diff });
  }
  return { path: displayPath(absolutePath, options.cwd), entries };
}

function short(commit: string): string {
  return commit.slice(0, 7);
}

async function compareVersions(
  oldLabel: SideLabel,
  oldBytes: Uint8Array | undefined,
  oldAbsolute: string,
  newLabel: SideLabel,
  newBytes: Uint8Array | undefined,
  newAbsolute: string,
  options: DiffOptions,
): Promise<DiffResult> {
  const read = async (label: SideLabel, bytes: Uint8Array | undefined, absolutePath: string): Promise<Version | undefined> => {
    if (!bytes) return undefined;
    const file = label.ref ? `${label.path} (${label.ref})` : label.path;
    const version = await readVersion(bytes, { file, absolutePath, language: options.language, today: options.today, config: options.config });
    if (!version.model) throw new UnreadableSide(label, version.result);
    return version;
  };
  const before = await read(oldLabel, oldBytes, oldAbsolute);
  const after = await read(newLabel, newBytes, newAbsolute);
  return {
    old: oldLabel,
    new: newLabel,
    changes: compareModels(before?.model, after?.model, options.language),
    findings: compareFindings(before?.result.findings ?? [], after?.result.findings ?? []),
  };
}
