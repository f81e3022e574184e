// Runs the built CLI as a user would: a real process, real files, nothing mocked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'dist/bin.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C', PHILOSOPHY_TODAY: '2026-11-22', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    // Hang detection only (a run takes well under a second): generous, so a busy machine never
    // fails a test. Speed is measured in bench/run.mjs.
    timeout: Math.max(options.timeout ?? 0, 300_000),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'philosophy-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A stack trace has "    at fn (file.js:1:2)" lines; users must never see one without --debug. */
export const STACK_TRACE = /^\s+at .+[:(].*\d+:\d+\)?$/m;
