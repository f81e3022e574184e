// A worker thread of lintFiles(): takes the next file from the shared counter until none is
// left, then sends its results in one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileResult } from '../core/findings.js';
import { lintFile, type LintFilesOptions } from './lint-files.js';

export async function run(): Promise<void> {
  const { files, options, counter } = workerData as { files: string[]; options: LintFilesOptions; counter: Int32Array };
  const batch: Array<[number, FileResult]> = [];
  for (let i = Atomics.add(counter, 0, 1); i < files.length; i = Atomics.add(counter, 0, 1)) {
    batch.push([i, await lintFile(files[i]!, options)]);
  }
  parentPort!.postMessage(batch);
}
