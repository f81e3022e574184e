#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of the built CLI, each next to `node -e 0` measured
// in the same run, so the figures compare across machines. Targets are printed, not asserted:
// timing belongs in a benchmark, never in a test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'dist/bin.js');
const WORK = join(ROOT, 'bench/.work');
const RSS_HOOK = join(ROOT, 'bench/rss-hook.mjs');
const quick = process.argv.includes('--quick');

function time(args, { runs, env = {} }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

function peakMiB(args) {
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const match = /maxrss-kib=(\d+)/.exec(r.stderr);
  return match ? Number(match[1]) / 1024 : NaN;
}

function makeFiles(count) {
  const dir = join(WORK, String(count));
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = ['acme-robotics.yaml', 'radwerk-berlin.yaml'].map((f) => readFileSync(join(ROOT, 'philosophies', f), 'utf8'));
  for (let i = 0; i < count; i++) {
    // Different content per file, so nothing can be cached by accident.
    const text = sources[i % 2].replace(/^( {2}name: )(.*)$/m, `$1$2 ${i}`);
    const sub = join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `p${i}.yaml`), text.replace('$schema=../schema', '$schema=../../../../schema'));
  }
  writeFileSync(marker, '');
  return dir;
}

const runs = quick ? 3 : 9;

function firstPrompt(cwd) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} init --lang en`, '/dev/null'], {
      cwd,
      env: { ...process.env, CI: '', TERM: 'xterm-256color' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no question within 10 s; the screen showed: ${seen.slice(-300)}`));
    }, 10_000);
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (/\? Company name/.test(seen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolvePromise(ms);
      }
    });
  });
}
const env = { PHILOSOPHY_TODAY: '2026-11-22' };
const node = time(['-e', '0'], { runs });
const rows = [];
const ratio = (ms) => (ms / node).toFixed(2);
rows.push(['node -e 0', node, '1.00', '', 'reference']);

const version = time([BIN, '--version'], { runs });
rows.push(['philosophy --version', version, ratio(version), '', '≤ 1.4×']);

const sizes = quick ? [1, 1000] : [1, 1000, 10000];
const measured = {};
for (const n of sizes) {
  const dir = makeFiles(n);
  const target = n === 1 ? join(dir, '0', 'p0.yaml') : dir;
  const ms = time([BIN, 'validate', target], { runs: n >= 10000 ? 3 : runs, env });
  const mem = peakMiB([BIN, 'validate', target]);
  measured[n] = ms;
  const goal = n === 1 ? '≤ 2.0×' : n === 1000 ? '≤ 750 ms' : `≤ 10× 1 000 files (${(10 * (measured[1000] ?? 0)).toFixed(0)} ms), < 150 MiB`;
  rows.push([`validate ${n.toLocaleString('en')} file${n === 1 ? '' : 's'}`, ms, ratio(ms), mem.toFixed(0), goal]);
}

// Rendering: 1 000 sources whose Markdown is already up to date (the CI case of a repository
// that renders on every push). A first run writes the outputs; the timed runs find them fresh.
{
  const dir = join(WORK, 'render-1000');
  if (!existsSync(join(dir, '.complete'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const source = join(WORK, '1000');
    makeFiles(1000);
    spawnSync('cp', ['-r', `${source}/.`, dir]);
  }
  spawnSync(process.execPath, [BIN, 'render', dir], { cwd: ROOT, stdio: 'ignore' });
  const ms = time([BIN, 'render', dir], { runs, env });
  rows.push(['render 1,000 files, unchanged', ms, ratio(ms), peakMiB([BIN, 'render', dir]).toFixed(0), '≤ 3.0×']);
}

// The wizard: time from starting `philosophy init` on a terminal (a pty, through script(1)) to
// the first question's text on the screen.
if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const dir = join(WORK, 'wizard');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    samples.push(await firstPrompt(dir));
  }
  samples.sort((a, b) => a - b);
  const ms = samples[Math.floor(samples.length / 2)];
  rows.push(['init: first question on screen', ms, ratio(ms), '', '≤ 400 ms']);
}

const head = ['what', 'median ms', '× node', 'peak MiB', 'target'];
const table = [head, ...rows.map(([w, ms, r, mem, goal]) => [w, ms.toFixed(0), r, mem, goal])];
const widths = head.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
for (const row of table) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
console.log(`\n${runs} runs each (3 for 10 000 files), median; node ${process.version}, ${process.platform}/${process.arch}.`);
