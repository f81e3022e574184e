// What the diff needs from git, asked of git itself: the file at a ref (`git show REF:path`),
// the default base, and the history of one file across renames (`git log --follow`).
import { spawnSync } from 'node:child_process';
import { dirname, relative, sep } from 'node:path';
import { realpathSync } from 'node:fs';

export type GitProblem = 'noGit' | 'noRepo' | 'unknownRef' | 'notAtRef' | 'failed';

export class GitError extends Error {
  constructor(
    readonly problem: GitProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'GitError';
  }
}

export interface Git {
  /** The repository's top folder. */
  top: string;
  env: Record<string, string | undefined>;
}

function run(cwd: string, args: string[], env: Git['env']): { status: number; stdout: Buffer; stderr: string } {
  // Paths as they are (no octal quoting), and no pager or prompt, whatever the user's config says.
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    env: { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('noGit', 'git');
    throw new GitError('failed', r.error.message);
  }
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

/** The repository that holds `absolutePath` (which need not exist any more). */
export function openRepository(absolutePath: string, env: Git['env']): Git {
  let dir = dirname(absolutePath);
  try {
    dir = realpathSync(dir);
  } catch {
    // A folder that is gone: git says whether it is in a repository.
  }
  const r = run(dir, ['rev-parse', '--show-toplevel'], env);
  if (r.status !== 0) throw new GitError('noRepo', dir);
  return { top: r.stdout.toString('utf8').trim(), env };
}

/** The path of a file inside the repository, with forward slashes, as `git show` wants it. */
export function repositoryPath(git: Git, absolutePath: string): string {
  let path = absolutePath;
  try {
    path = realpathSync(absolutePath);
  } catch {
    try {
      path = `${realpathSync(dirname(absolutePath))}${sep}${absolutePath.split(sep).pop() ?? ''}`;
    } catch {
      // Neither the file nor its folder exist: taken as written.
    }
  }
  return relative(git.top, path).split(sep).join('/');
}

/** The commit a ref names; GitError 'unknownRef' when there is none. */
export function resolveRef(git: Git, ref: string): string {
  if (ref.startsWith('-')) throw new GitError('unknownRef', ref);
  const r = run(git.top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], git.env);
  if (r.status !== 0) throw new GitError('unknownRef', ref);
  return r.stdout.toString('utf8').trim();
}

/** The file's bytes at a commit, or undefined when the commit has no such file. */
export function showFile(git: Git, commit: string, path: string): Uint8Array | undefined {
  const exists = run(git.top, ['cat-file', '-e', `${commit}:${path}`], git.env);
  if (exists.status !== 0) return undefined;
  const r = run(git.top, ['show', `${commit}:${path}`], git.env);
  if (r.status !== 0) throw new GitError('failed', r.stderr);
  return r.stdout;
}

/** Where the file at `path` in the working tree was at `commit`, when it was renamed since
 * (git's rename detection, as `git diff -M` shows it); else `path`. */
export function pathAt(git: Git, commit: string, path: string): string {
  const r = run(git.top, ['diff', '-M', '--name-status', '--diff-filter=R', commit, '--'], git.env);
  if (r.status !== 0) return path;
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const [status = '', from = '', to] = line.split('\t');
    if (status.startsWith('R') && to === path) return from;
  }
  return path;
}

/** The default base of a comparison: the merge base of HEAD with the default branch (the
 * remote's HEAD, else a local main or master), else HEAD. Returns the ref as the reader should
 * see it and the commit. */
export function defaultBase(git: Git): { label: string; commit: string } {
  const candidates: string[] = [];
  const remote = run(git.top, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], git.env);
  if (remote.status === 0) candidates.push(remote.stdout.toString('utf8').trim());
  candidates.push('main', 'master');
  for (const branch of candidates) {
    const base = run(git.top, ['merge-base', 'HEAD', branch], git.env);
    if (base.status === 0) {
      const commit = base.stdout.toString('utf8').trim();
      const head = run(git.top, ['rev-parse', 'HEAD'], git.env).stdout.toString('utf8').trim();
      // On the default branch itself the merge base is HEAD: compare with HEAD then.
      return { label: commit === head ? 'HEAD' : branch, commit };
    }
  }
  return { label: 'HEAD', commit: resolveRef(git, 'HEAD') };
}

export interface FileCommit {
  commit: string;
  /** The first parent, if any. */
  parent: string | undefined;
  date: string;
  author: string;
  subject: string;
  /** A added, M modified, D deleted, R renamed (C copied), as git reports it for this file. */
  status: string;
  /** The file's path in this commit, and in the parent (differs after a rename). */
  path: string;
  previousPath: string;
}

/** Every commit that touched the file, newest first, following it across renames. */
export function fileHistory(git: Git, path: string): FileCommit[] {
  const r = run(git.top, ['log', '--follow', '-M', '--name-status', '--format=%x1e%H%x1f%P%x1f%aI%x1f%an%x1f%s', '--', path], git.env);
  if (r.status !== 0) {
    if (/does not have any commits|bad default revision/.test(r.stderr)) return [];
    throw new GitError('failed', r.stderr);
  }
  const out: FileCommit[] = [];
  for (const record of r.stdout.toString('utf8').split('\x1e')) {
    if (!record.trim()) continue;
    const [head = '', ...rest] = record.split('\n');
    const [commit = '', parents = '', date = '', author = '', subject = ''] = head.split('\x1f');
    const line = rest.find((l) => /^[A-Z]\d*\t/.test(l));
    // A merge lists no files: the change it brings is shown at the commits it merges.
    if (!line) continue;
    const [status = '', first = '', second] = line.split('\t');
    out.push({
      commit,
      parent: parents.split(' ').filter(Boolean)[0],
      date,
      author,
      subject,
      status: status.charAt(0),
      path: second ?? first,
      previousPath: first,
    });
  }
  return out;
}
