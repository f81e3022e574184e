#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild: the program as one CommonJS file (dist/philosophy.js),
// its launcher (dist/bin.js, src/launch.ts) and the V8 code cache the launcher compiles the
// program with. Measured against the earlier ES-module chunks: about 30 ms less for a one-file
// `validate`, the same for `--version`.
// `node scripts/build.mjs FILE.ts [args…]` instead bundles and runs a script (e.g. generate).
// `node scripts/build.mjs --if-changed` (npm start) builds only when a source changed since the
// last build: the digest of the inputs is kept in dist/.inputs. Type checking is not part of this
// script: `npm run build` and `npm test` run tsc first.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const inputsFile = join(dist, '.inputs');

/** A digest of everything the bundle is made of: the sources, this script, the locked packages. */
function inputsDigest() {
  const hash = createHash('sha256');
  for (const file of readdirSync(join(root, 'src'), { recursive: true }).map(String).sort()) {
    if (/\.(ts|json)$/.test(file)) hash.update(file).update(readFileSync(join(root, 'src', file)));
  }
  for (const file of ['scripts/build.mjs', 'package-lock.json', 'tsconfig.json']) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

if (process.argv[2] === '--if-changed') {
  const digest = inputsDigest();
  let built;
  try {
    built = readFileSync(inputsFile, 'utf8').trim();
  } catch {
    built = undefined;
  }
  if (built === digest && existsSync(join(dist, 'bin.js')) && existsSync(join(dist, 'philosophy.js'))) process.exit(0);
  process.argv.splice(2, 1);
}

// Loaded here, not above: a start with nothing to build does not need it.
const { build } = await import('esbuild');

// Bundled CommonJS packages call require(); ESM output has none unless we give it one.
const banner = { js: "import { createRequire as __philosophyRequire } from 'node:module';\nconst require = __philosophyRequire(import.meta.url);" };

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.12',
  banner,
  logLevel: 'warning',
  // The yaml library is required when a command first reads a file (bundling it into the code
  // cache measured no faster for a one-file validate); playwright-core finds its own files
  // relative to itself, so it stays a package; hyphen's patterns (700 KB for German) are loaded
  // only when an HTML document is exported.
  external: ['yaml', 'playwright-core', 'hyphen'],
};

const script = process.argv[2];
if (script) {
  // One folder below the root, like src/ and dist/, so paths relative to the package still hold.
  const outfile = join(root, 'scripts', `.run-${process.pid}.mjs`);
  await build({ ...common, entryPoints: [resolve(script)], outfile, packages: 'external' });
  try {
    await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
} else {
  const digest = inputsDigest();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist);
  // Everything in dist/ is CommonJS: the launcher compiles the program as a CommonJS function.
  writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
  // The program: one file, so that one code cache covers it; commands and formatters are
  // functions in it, run when used (a dynamic import becomes a call).
  await build({
    ...common,
    format: 'cjs',
    charset: 'ascii',
    banner: { js: "var __philosophyUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__philosophyUrl' },
    entryPoints: [join(root, 'src/bin.ts')],
    outfile: join(dist, 'philosophy.js'),
  });
  // ASCII, so that the launcher can read the program without decoding UTF-8 (see launch.ts).
  // esbuild's charset option leaves some regular expressions and comments as they are; a \u
  // escape means the same character in a string, a regular expression, an identifier and a
  // (cooked) template literal.
  const programText = readFileSync(join(dist, 'philosophy.js'), 'utf8');
  writeFileSync(join(dist, 'philosophy.js'), programText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const programBytes = readFileSync(join(dist, 'philosophy.js'));
  const programHash = createHash('sha256').update(programBytes).digest('hex').slice(0, 12);
  // The launcher (dist/bin.js): compiles the program with the code cache of this build.
  await build({
    ...common,
    format: 'cjs',
    banner: {},
    define: { __PROGRAM_HASH__: JSON.stringify(programHash) },
    entryPoints: [join(root, 'src/launch.ts')],
    outfile: join(dist, 'bin.js'),
  });
  chmodSync(join(dist, 'bin.js'), 0o755);
  // The cache holds what one `validate` run compiled: the common case starts warm.
  const warm = spawnSync(process.execPath, [join(dist, 'bin.js'), 'validate', join(root, 'philosophies'), '--format', 'json'], {
    cwd: root,
    env: { ...process.env, PHILOSOPHY_CODE_CACHE: 'write', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  // Node.js 22 and later keep the cache themselves (module.enableCompileCache, dist/.compile-cache).
  const ownCache = typeof (await import('node:module')).default.enableCompileCache !== 'function';
  if (ownCache && !existsSync(join(dist, `philosophy-${programHash}.cache`))) {
    console.warn(`build: no code cache was written (validate exited ${warm.status}: ${warm.stderr.trim()}); the CLI works, and starts slower`);
  }
  // Last: an interrupted build leaves no digest, so the next `npm start` builds again.
  writeFileSync(inputsFile, digest + '\n');
}
