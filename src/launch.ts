#!/usr/bin/env node
// The executable, dist/bin.js. The program is one bundled file, dist/philosophy.js (src/bin.ts);
// compiling it from source on every start costs tens of milliseconds, so it is compiled with V8's
// code cache.
// - Node.js 22 and later do that themselves: module.enableCompileCache() with a folder next to
//   the program (measured as fast as the hand-made cache below on Node.js 22 and 24, see the
//   README's speed section).
// - Node.js 20 cannot: there the launcher keeps the cache itself. The build writes it after one
//   `validate` run; its name carries the program's hash, so a cache never meets another build of
//   the program. Without a cache, or with one V8 refuses (another Node.js version), the program is
//   compiled from source as usual and the cache is written anew when the process ends, if the
//   folder is writable.
//
// Bundled as CommonJS (dist/package.json says so): __dirname is this file's folder.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

declare const __PROGRAM_HASH__: string;

const program = join(__dirname, 'philosophy.js');
const cacheFile = join(__dirname, `philosophy-${__PROGRAM_HASH__}.cache`);

const enableCompileCache = (nodeModule as { enableCompileCache?: (options: string | { directory: string; portable: boolean }) => unknown })
  .enableCompileCache;
if (enableCompileCache) {
  // A read-only installation: Node.js reports it in the return value and runs without a cache.
  // Node.js 24 keys the cache on paths relative to the folder (portable), so the cache of the
  // build serves an installation in another place; Node.js 22 takes only the folder, keys on the
  // absolute path, and writes the cache anew at the first start in a new place.
  const directory = join(__dirname, '.compile-cache');
  try {
    enableCompileCache({ directory, portable: true });
  } catch {
    enableCompileCache(directory);
  }
  createRequire(program)(program);
} else {
  runWithOwnCache();
}

/** Node.js 20: compiles the program with the hand-made code cache of this build. */
function runWithOwnCache(): void {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: compiled from source below.
  }
  // The build writes the program in ASCII, which reads as Latin-1 without decoding UTF-8 (that
  // takes several milliseconds for 2 MB).
  const bytes = readFileSync(program);
  const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  // The wrapper Node.js puts around a CommonJS module, on the program's first line so that line
  // numbers in stack traces (--debug) stay right.
  const source = `(function (exports, require, module, __filename, __dirname) {${text}\n})`;
  const script = new Script(source, { filename: program, ...(cachedData ? { cachedData } : {}) });

  // Worker threads (of `validate`) use the main thread's cache and leave writing it to that thread.
  // The build asks for a cache with PHILOSOPHY_CODE_CACHE=write.
  if (isMainThread && (!cachedData || script.cachedDataRejected || process.env['PHILOSOPHY_CODE_CACHE'] === 'write')) {
    // At the end, so that the functions this run compiled are in it too.
    process.once('exit', () => writeCache(script.createCachedData()));
  }

  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(program), module, program, __dirname);
}

/** Temp file and rename, so that a process starting meanwhile reads the old cache or the new. */
function writeCache(data: Buffer): void {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, cacheFile);
  } catch {
    // A read-only installation: the next start compiles from source again.
    rmSync(temp, { force: true });
  }
}
