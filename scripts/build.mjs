#!/usr/bin/env node
// Bundles the CLI into dist/ with esbuild: one file per entry plus shared chunks, so starting
// the CLI loads a handful of files instead of some sixty modules (measured: ~40 ms less for a
// one-file `validate`). Commands and formatters stay separate chunks, loaded when used.
// `node scripts/build.mjs FILE.ts [args…]` instead bundles and runs a script (e.g. generate).
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Bundled CommonJS packages call require(); ESM output has none unless we give it one.
const banner = { js: "import { createRequire as __philosophyRequire } from 'node:module';\nconst require = __philosophyRequire(import.meta.url);" };

// A fingerprint of the sources, so rendered files can tell which build made them (a stamp
// from another build is not trusted to mean "up to date").
function sourceFingerprint() {
  const hash = createHash('sha256');
  for (const file of readdirSync(join(root, 'src'), { recursive: true }).map(String).sort()) {
    if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(root, 'src', file)));
  }
  return hash.digest('hex').slice(0, 12);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.12',
  banner,
  logLevel: 'warning',
  // The yaml library is loaded with require() only when a file has findings (see load.ts), js-yaml
  // only for files outside the subset reader's YAML (see fast-load.ts); playwright-core finds its
  // own files relative to itself, so it stays a package.
  external: ['yaml', 'js-yaml', 'playwright-core'],
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
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await build({
    ...common,
    define: { __PHILOSOPHY_BUILD__: JSON.stringify(sourceFingerprint()) },
    entryPoints: { bin: join(root, 'src/bin.ts'), 'lint-worker': join(root, 'src/lint/lint-worker.ts') },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: '[name]-[hash]',
  });
  chmodSync(join(root, 'dist/bin.js'), 0o755);
}
