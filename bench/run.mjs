#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of the built CLI on a realistic mix of files
// (bench/mix.mjs: about 30 % clean, 60 % with one to three warnings, 10 % with errors, three
// sizes, English and German), side by side in one run with `node -e 0` and with ajv-cli
// validating the same files against schema/philosophy.schema.json. Ratios against both are
// printed, so the figures compare across machines. Targets are printed, not asserted: timing
// belongs in a benchmark, never in a test.
//
// ajv-cli reads YAML, but not these files as the tool does: it reads them with js-yaml 3's
// YAML 1.1 schema, where an unquoted date (nextReview: 2027-03-01) becomes a timestamp and fails
// `type: string` in every file, and it stops the whole run (exit 2) at the first file it cannot
// parse. So the setup converts each file to JSON once with the `yaml` library (YAML 1.2, as the
// tool reads it); a file that does not parse (a syntax error of the mix) becomes `null`, which
// ajv rejects as not an object. ajv-cli runs with --strict=false (the schema's x-description-*
// annotations) and so skips `format: date`: it does a little less work than the tool's schema
// check, and none of the rules.
//
// `npm run bench -- --quick`: 3 runs each instead of 9, and no 10 000 files; `-- --runs=N`: N
// runs each (at most 3 for 10 000 files), on a machine too busy for 9.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { writeMix } from './mix.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist/bin.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const SCHEMA = join(ROOT, 'schema/philosophy.schema.json');
const WORK = join(ROOT, 'bench/.work');
const RSS_HOOK = join(ROOT, 'bench/rss-hook.mjs');
const quick = process.argv.includes('--quick');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length))) : quick ? 3 : 9;
const runs10000 = Math.min(3, runs);
const env = { PHILOSOPHY_TODAY: '2026-11-22' };

/** Median wall time of `node ARGS`; `ok` lists the exit codes that count as a normal run. */
function time(args, { runs: n = runs, ok = [0] } = {}) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (!ok.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Peak resident memory of `node ARGS`, in MiB. */
function peakMiB(args) {
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const match = /maxrss-kib=(\d+)/.exec(r.stderr);
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The mix of `count` files in bench/.work/mix-COUNT (YAML) and its JSON twin for ajv-cli, made
 * once per version of the generator and the examples. */
function mix(count) {
  const fingerprint = createHash('sha256')
    .update(readFileSync(join(ROOT, 'bench/mix.mjs')))
    .update(readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml')))
    .update(readFileSync(join(ROOT, 'philosophies/radwerk-berlin.yaml')))
    .digest('hex');
  const dir = join(WORK, `mix-${count}`);
  const json = join(WORK, `mix-${count}-json`);
  const marker = join(WORK, `mix-${count}.complete`);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) return { dir, json };
  rmSync(dir, { recursive: true, force: true });
  rmSync(json, { recursive: true, force: true });
  writeMix(ROOT, dir, count);
  for (const sub of readdirSync(dir)) {
    mkdirSync(join(json, sub), { recursive: true });
    for (const name of readdirSync(join(dir, sub))) {
      let data = null;
      try {
        data = parse(readFileSync(join(dir, sub, name), 'utf8'));
      } catch {
        // A syntax error of the mix: ajv-cli gets null, which it rejects.
      }
      writeFileSync(join(json, sub, name.replace(/\.yaml$/, '.json')), JSON.stringify(data));
    }
  }
  writeFileSync(marker, fingerprint);
  return { dir, json };
}

/** What the CLI found in a folder: files clean, with warnings only, with errors; and the first
 * file (by name) with warnings only. */
function found(dir) {
  const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const counts = { clean: 0, warnings: 0, errors: 0 };
  const results = JSON.parse(r.stdout).results;
  for (const file of results) counts[file.errorCount ? 'errors' : file.warningCount ? 'warnings' : 'clean']++;
  const warned = results.filter((f) => !f.errorCount && f.warningCount).map((f) => f.file).sort();
  return { counts, warned: warned[0] };
}

/** From starting COMMAND on a terminal (a pty, through script(1)) to the first question. */
function firstPrompt(command, cwd) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, CI: '', TERM: 'xterm-256color' }, stdio: ['pipe', 'pipe', 'ignore'], detached: true });
    let seen = '';
    const timer = setTimeout(() => {
      process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`no question within 30 s; the screen showed: ${seen.slice(-300)}`));
    }, 30_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (/\? (Company name|Firmenname|.*Continue it\?|.*Weitermachen)/.test(seen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        process.kill(-child.pid, 'SIGKILL');
        resolvePromise(ms);
      }
    });
  });
}

async function medianOf(n, measure) {
  const samples = [];
  for (let i = 0; i < n; i++) samples.push(await measure());
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const rows = [];
const node = time(['-e', '0']);
const row = (what, ms, { ajv, mem, target } = {}) => rows.push({ what, ms, node: ms / node, ajv: ajv ? ms / ajv : undefined, mem, target });
row('node -e 0', node, { target: 'reference' });

const version = time([BIN, '--version']);
row('philosophy --version', version, { target: '≤ 1.3× node' });

const m1000 = mix(1000);
const mixFound = found(m1000.dir);
const one = mixFound.warned;
row(`validate 1 file with warnings`, time([BIN, 'validate', one], { ok: [0, 1] }), { mem: peakMiB([BIN, 'validate', one]), target: '≤ 2.0× node' });

const ajvArgs = (json) => [AJV, 'validate', '--spec=draft2020', '--strict=false', '--errors=line', '-s', SCHEMA, '-d', `${json}/*/*.json`];
const ajv1000 = time(ajvArgs(m1000.json), { ok: [0, 1] });
const validate1000 = time([BIN, 'validate', m1000.dir], { ok: [0, 1] });
row('ajv-cli, the same 1 000 files (JSON)', ajv1000, { ajv: ajv1000, mem: peakMiB(ajvArgs(m1000.json)), target: 'reference' });
row('validate 1 000 files', validate1000, { ajv: ajv1000, mem: peakMiB([BIN, 'validate', m1000.dir]), target: '≤ 1.0× ajv-cli, ≤ 100 MiB' });

if (!quick) {
  const m10000 = mix(10000);
  const ajv10000 = time(ajvArgs(m10000.json), { runs: runs10000, ok: [0, 1] });
  const validate10000 = time([BIN, 'validate', m10000.dir], { runs: runs10000, ok: [0, 1] });
  row('ajv-cli, the same 10 000 files (JSON)', ajv10000, { ajv: ajv10000, mem: peakMiB(ajvArgs(m10000.json)), target: 'reference' });
  row('validate 10 000 files', validate10000, {
    ajv: ajv10000,
    mem: peakMiB([BIN, 'validate', m10000.dir]),
    target: `≤ 10× 1 000 files (${(validate10000 / validate1000).toFixed(1)}×), ≤ 150 MiB`,
  });
}

// Rendering: the 1 000 files of the mix that have no error, their Markdown already up to date
// (a repository that renders on every push). A first run writes the outputs; the timed runs find
// them fresh.
{
  const dir = join(WORK, 'render-1000');
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    spawnSync('cp', ['-r', `${m1000.dir}/.`, dir]);
    spawnSync(process.execPath, [BIN, 'render', dir], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'ignore' });
    writeFileSync(join(dir, '.complete'), '');
  }
  // Files with errors are not rendered (exit 1); the rest are up to date.
  row('render 1 000 files, unchanged', time([BIN, 'render', dir], { ok: [0, 1] }), { mem: peakMiB([BIN, 'render', dir]), target: '≤ 3.0× node' });
}

// The wizard: from starting it on a terminal to the first question on the screen.
if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0) {
  const dir = join(WORK, 'wizard');
  const fresh = () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  row('init: first question on screen', await medianOf(runs, () => firstPrompt(`${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init --lang en`, fresh())), { target: '≤ 400 ms' });
  // npm start on a built checkout: npm itself, the build's check that nothing changed, the wizard.
  row('npm start (built): first question', await medianOf(Math.min(runs, 5), () => firstPrompt('npm start --silent', ROOT)), { target: '≤ 3 s' });
}

const fmt = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(digits));
const head = ['what', 'median ms', '× node -e 0', '× ajv-cli', 'peak MiB', 'target'];
const table = [head, ...rows.map((r) => [r.what, r.ms.toFixed(0), fmt(r.node), fmt(r.ajv), fmt(r.mem, 0), r.target])];
const widths = head.map((_, i) => Math.max(...table.map((cells) => String(cells[i]).length)));
for (const cells of table) console.log(cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
console.log(
  `\nThe 1 000 files as the CLI found them: ${mixFound.counts.clean} clean, ${mixFound.counts.warnings} with warnings only, ${mixFound.counts.errors} with errors; the 1 file: ${mixFound.warned}.` +
    `\n${runs} runs each (${runs10000} for 10 000 files, ${Math.min(runs, 5)} for npm start), median; node ${process.version}, ${process.platform}/${process.arch}.`,
);
