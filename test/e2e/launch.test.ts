// The launcher (dist/bin.js, src/launch.ts): the program starts with the code cache the build
// wrote, without one, and with a damaged one; a missing or refused cache is written anew.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './run.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A copy of the package's manifest and dist/, and the name of its cache file. */
function installed(): { dir: string; cache: string } {
  const dir = tempDir();
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const caches = readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.cache'));
  expect(caches, 'the build writes one code cache').toHaveLength(1);
  return { dir, cache: join(dir, 'dist', caches[0]!) };
}

const version = (dir: string) => spawnSync(process.execPath, [join(dir, 'dist/bin.js'), '--version'], { encoding: 'utf8', timeout: 300_000 });

describe('launcher', () => {
  it('starts with the cache of the build and leaves it as it is', () => {
    const { dir, cache } = installed();
    const before = readFileSync(cache);
    const r = version(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
    expect(readFileSync(cache).equals(before)).toBe(true);
  });

  it('starts without a cache and writes one', () => {
    const { dir, cache } = installed();
    rmSync(cache);
    const r = version(dir);
    expect(r.stdout.trim()).toBe(VERSION);
    expect(r.status).toBe(0);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
    expect(readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('starts with a damaged cache, which V8 refuses, and replaces it', () => {
    const { dir, cache } = installed();
    writeFileSync(cache, Buffer.alloc(4096, 7));
    const r = version(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
    expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
  });
});
