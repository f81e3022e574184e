// The launcher (dist/bin.js, src/launch.ts): the program starts with the code cache the build
// wrote, without one, and with a damaged one; a missing or refused cache is written anew.
// - Node.js 20: the launcher's own cache, dist/philosophy-<hash>.cache.
// - Node.js 22 and later: Node.js's compile cache, the folder dist/.compile-cache (one file per
//   compiled module, in a folder named after the Node.js version). Node.js 24 keys it on paths
//   relative to the folder, so the build's cache serves a copy in another place; Node.js 22 keys
//   it on the absolute path, so a copy writes its own entry at its first start.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './run.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NODE_KEEPS_CACHE = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const JUNK = Buffer.alloc(4096, 7);
/** Whether the build's cache serves a copy of dist/ in another folder. */
const CACHE_MOVES =
  !NODE_KEEPS_CACHE ||
  spawnSync(process.execPath, ['-e', "require('node:module').enableCompileCache({ directory: require('node:os').tmpdir(), portable: true })"]).status === 0;

/** A copy of the package's manifest and dist/. */
function installed(): string {
  const dir = tempDir();
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  return dir;
}

/** Every cache file under dist/ and its bytes, by path relative to dist/. */
function caches(dir: string): Map<string, Buffer> {
  const dist = join(dir, 'dist');
  const files = new Map<string, Buffer>();
  if (NODE_KEEPS_CACHE) {
    const folder = join(dist, '.compile-cache');
    if (!existsSync(folder)) return files;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.set(relative(dist, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
    }
  } else {
    for (const name of readdirSync(dist).filter((f) => f.endsWith('.cache'))) files.set(name, readFileSync(join(dist, name)));
  }
  return files;
}

function removeCaches(dir: string): void {
  for (const name of caches(dir).keys()) rmSync(join(dir, 'dist', name));
}

const version = (dir: string) => spawnSync(process.execPath, [join(dir, 'dist/bin.js'), '--version'], { encoding: 'utf8', timeout: 300_000 });

describe(`launcher (${NODE_KEEPS_CACHE ? "Node.js's compile cache" : 'its own code cache'})`, () => {
  it('the build writes a code cache', () => {
    const built = caches(installed());
    if (NODE_KEEPS_CACHE) expect(built.size).toBeGreaterThanOrEqual(1);
    else expect([...built.keys()]).toEqual([expect.stringMatching(/^philosophy-[0-9a-f]{12}\.cache$/)]);
  });

  it(CACHE_MOVES ? 'starts with the cache of the build and leaves it as it is' : 'starts with the cache of its first start and leaves it as it is', () => {
    const dir = installed();
    if (!CACHE_MOVES) version(dir);
    const before = caches(dir);
    const r = version(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
    expect(caches(dir)).toEqual(before);
  });

  it('starts without a cache and writes one', () => {
    const dir = installed();
    removeCaches(dir);
    expect(caches(dir).size).toBe(0);
    const r = version(dir);
    expect(r.stdout.trim()).toBe(VERSION);
    expect(r.status).toBe(0);
    const written = [...caches(dir).values()];
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...written.map((b) => b.length))).toBeGreaterThan(1000);
    expect(readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('starts with a damaged cache, which V8 refuses, and replaces it', () => {
    const dir = installed();
    if (!CACHE_MOVES) version(dir);
    const names = [...caches(dir).keys()];
    for (const name of names) writeFileSync(join(dir, 'dist', name), JUNK);
    const r = version(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(VERSION);
    // The program's own entry is compiled anew and written over the damaged one.
    const after = caches(dir);
    expect(names.filter((name) => !after.get(name)!.equals(JUNK)).length).toBeGreaterThanOrEqual(1);
  });
});
