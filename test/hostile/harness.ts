// The machinery of the hostile-input tests: spawn the built CLI asynchronously (so two runs share
// the two cores, and a run that hangs is killed instead of stalling the suite), snapshot a folder
// tree before and after, and the checks every command must pass on every input.
//
// Why not test/e2e/run.ts's `run()`: it is synchronous (one process at a time, and it blocks the
// test worker). Here a run that hangs (a FIFO read, an endless loop) is killed after KILL_AFTER_MS
// and reported as such. Everything else is the same as `run()`: the same binary (BIN), the same
// environment, the same STACK_TRACE pattern.
//
// No test measures speed: a wall-clock limit fails on a busy machine and says nothing about the
// tool (speed is measured in bench/run.mjs). KILL_AFTER_MS only tells a hang from a slow run, so it
// is generous: a run is killed after 2 minutes (at a load of 20 on 2 cores, `node -e 0` took 1.7 s).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, STACK_TRACE } from '../e2e/run.js';

export { BIN, STACK_TRACE };

/** A run still going after this is taken for a hang: killed, and the case fails. */
export const KILL_AFTER_MS = 120_000;

export interface AsyncRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit (for HOSTILE_LOG, never asserted). */
  ms: number;
  /** Killed after KILL_AFTER_MS. */
  killed: boolean;
}

// At most two CLI processes at once: the machine has two cores.
const SLOTS = Math.max(1, Math.min(2, Number(process.env['HOSTILE_PARALLEL'] ?? 2)));
let busy = 0;
const waiting: Array<() => void> = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  try {
    return await work();
  } finally {
    busy--;
    waiting.shift()?.();
  }
}

/** Runs `node dist/bin.js ARGS` in `cwd` with the environment of test/e2e/run.ts. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string; killAfterMs?: number }): Promise<AsyncRun> {
  return slot(
    () =>
      new Promise<AsyncRun>((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [BIN, ...args], {
          cwd: options.cwd,
          env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C', PHILOSOPHY_TODAY: '2026-11-22', ...options.env },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.stdin.on('error', () => {});
        child.stdin.end(options.input ?? '');
        let killed = false;
        const timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, options.killAfterMs ?? KILL_AFTER_MS);
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.on('close', (status, signal) => {
          clearTimeout(timer);
          resolve({
            status,
            signal,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            ms: performance.now() - started,
            killed,
          });
        });
      }),
  );
}

// --- folder snapshots ------------------------------------------------------------------------

export interface Entry {
  kind: 'file' | 'dir' | 'link' | 'other';
  /** Content digest (files up to 2 MiB), size and mtime (larger files), link target. */
  id: string;
}

/** Every entry under `root` (relative paths, '/' separated), without following links or reading
 * anything but regular files. Folders that cannot be listed are recorded as such. */
export function snapshot(root: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (dir: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const path = join(dir, name);
      const key = rel ? `${rel}/${name}` : name;
      const stats = lstatSync(path);
      if (stats.isSymbolicLink()) entries.set(key, { kind: 'link', id: readlinkSync(path) });
      else if (stats.isDirectory()) {
        entries.set(key, { kind: 'dir', id: '' });
        walk(path, key);
      } else if (stats.isFile()) {
        let id = `${stats.size}:${stats.mtimeMs}`;
        if (stats.size <= 2 * 1024 * 1024) {
          try {
            id = createHash('sha1').update(readFileSync(path)).digest('hex');
          } catch {
            /* unreadable: size and mtime it is */
          }
        }
        entries.set(key, { kind: 'file', id });
      } else entries.set(key, { kind: 'other', id: `${stats.mode}` });
    }
  };
  walk(root, '');
  return entries;
}

export interface Changes {
  added: string[];
  changed: string[];
  removed: string[];
}

export function changes(before: Map<string, Entry>, after: Map<string, Entry>): Changes {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) added.push(key);
    else if (old.kind !== entry.kind || old.id !== entry.id) changed.push(key);
  }
  for (const key of before.keys()) if (!after.has(key)) removed.push(key);
  return { added, changed, removed };
}

// --- what terminal output may contain ------------------------------------------------------------

/** Characters that must never reach a terminal raw: C0 controls but tab and line feed (CR too: it
 * rewrites the line), DEL, C1 controls (U+009B is a one-byte CSI), and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
export const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

export function describeControl(text: string): string | undefined {
  const m = RAW_CONTROL.exec(text);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!.toString(16).padStart(4, '0');
  return `U+${code} at ${m.index}: …${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40))}…`;
}

/** The lines of a stack trace, if any ("    at fn (file.js:1:2)"). */
export function stackTrace(text: string): string | undefined {
  const m = STACK_TRACE.exec(text);
  return m ? m[0] : undefined;
}
