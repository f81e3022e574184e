// Lints files from disk. Many files are shared between this thread and worker threads through
// one atomic counter (each takes the next file when it is free), so both cores work until the
// list is done; results come back in the order of the list.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Language } from '../model/constants.js';
import { result } from '../core/findings.js';
import { displayPath, readFileBytes } from '../io/read-file.js';
import { DEFAULT_LIMITS } from '../model/load.js';
import { unread } from '../model/read.js';
import { rulesFor, type Config } from './config.js';
import { findingsOf, lintSource } from './lint-source.js';
import type { FileResult } from '../core/findings.js';
import { PACKAGE_ROOT } from '../version.js';

export interface LintFilesOptions {
  cwd: string;
  config: Config;
  today: string;
  language: Language;
  /** Exactly this many worker threads (default: one per spare core, up to 3, from
   * PARALLEL_FROM files on). */
  workers?: number;
}

/**
 * Below this many files a worker's start-up costs more than it saves. A worker takes a few
 * hundred milliseconds of a core before its first file; a file of the bench's realistic mix
 * takes about 6 ms to read and check. Measured on an idle 2-core machine (PHILOSOPHY_WORKERS=0
 * against 1, three runs each): 100 files 1 549 and 1 801 ms, 300 files 2 430 and 2 529 ms,
 * 1 000 files 5 788 and 4 240 ms (medians). So one worker from 400 files on.
 */
const PARALLEL_FROM = 400;

export async function lintFiles(files: readonly string[], options: LintFilesOptions): Promise<FileResult[]> {
  const cores = availableParallelism();
  const workers = Math.min(options.workers ?? (files.length >= PARALLEL_FROM ? Math.min(cores - 1, 3) : 0), files.length);
  if (workers <= 0) {
    const results: FileResult[] = [];
    for (const f of files) results.push(await lintFile(f, options));
    return results;
  }
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const results = new Array<FileResult>(files.length);
  const done = Array.from({ length: workers }, () => {
    // The program itself, started through its launcher (for the code cache), runs
    // lint-worker.ts when it is not the main thread.
    const worker = new Worker(new URL('dist/bin.js', PACKAGE_ROOT), {
      workerData: { files, options, counter },
    });
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (batch: Array<[number, FileResult]>) => {
        for (const [i, r] of batch) results[i] = r;
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lint worker exited with ${code}`))));
    });
  });
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    results[i] = await lintFile(files[i]!, options);
  }
  await Promise.all(done);
  return results;
}

export async function lintFile(absolutePath: string, options: LintFilesOptions): Promise<FileResult> {
  const { config, language, today } = options;
  const file = displayPath(absolutePath, options.cwd);
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const read = readFileBytes(absolutePath, limits.maxFileSize, language);
  const rules = await rulesFor(config, absolutePath);
  if ('issue' in read) return result(file, absolutePath, findingsOf([read.issue], unread(read.issue), { language, rules }));
  return lintSource(read.bytes, { file, absolutePath, language, today, rules, limits });
}
