// Issue 6, part 1: the hostile-input corpus (test/hostile/corpus.ts) against every command it
// applies to, through the built CLI (dist/bin.js). Per case and command:
//   - the exit code (see corpus.ts for why 1 or 2),
//   - when it fails: a message that names the file (and the line, where the problem has one),
//   - no stack trace, no raw control character (ESC, C1 CSI, bidi overrides) in the output,
//     and no output line longer than 2 000 characters (long values are shortened),
//   - done within 2 s of wall time (the 20 MiB file too: it must not be read),
//   - no file written outside the intended folder, nothing removed, nothing changed but the
//     command's own target, no temporary file left behind (`*.tmp`); on success the expected
//     outputs are there.
// Each sandbox is <tmp>/x/ws (the working folder) inside a snapshotted root, so a path that
// climbs out of the working folder (../../etc/passwd) lands inside the snapshot and is caught.
// Runs two CLI processes at a time (harness.ts); the whole file takes about a minute on 2 cores.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../e2e/run.js';
import { CASES, exampleText, type Case, type Command } from './corpus.js';
import { LIMIT_MS, changes, describeControl, runCli, snapshot, stackTrace, type AsyncRun } from './harness.js';

/** Defects open at the time of writing: the test for this case and command is expected to fail
 * (it.fails). When a defect is fixed, its test starts failing: delete the line. */
const KNOWN_DEFECTS: Record<string, string> = {};

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function argsFor(command: Command, file: string, c: Case): string[] {
  switch (command) {
    case 'validate':
      return ['validate', file];
    case 'render':
      return ['render', file, '--out', 'out'];
    case 'check':
      return ['render', '--check', file];
    case 'export-md':
      return ['export', file, 'handout', '--format', 'md', '--out', 'out/'];
    case 'export-html':
      return ['export', file, 'handout', '--format', 'html', '--out', 'out/'];
    case 'export-team':
      return ['export', file, 'team-sheet', '--team', c.team!, '--out', 'out/'];
    case 'edit':
      return ['edit', file, '--answers', '../edit-answers.yaml'];
    case 'edit-answers':
      return ['edit', 'good.yaml', '--answers', file];
    case 'init':
      return ['init', '--answers', file, '--yes'];
  }
}

const slugOfFile = (file: string) => basename(file, extname(file));
const teamSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Which new paths (relative to the snapshot root) a command may create, and which existing
 * ones it may change. */
function allowed(command: Command, file: string): { added: RegExp; changed: RegExp } {
  const none = /^$/;
  const f = escapeRe(file);
  const slug = escapeRe(slugOfFile(file));
  switch (command) {
    case 'validate':
    case 'check':
      return { added: none, changed: none };
    case 'render':
      return { added: /^x\/ws\/out(\/[^/]+\.md)?$/, changed: none };
    case 'export-md':
      return { added: /^x\/ws\/out(\/[^/]+-handout\.md)?$/, changed: none };
    case 'export-html':
      return { added: /^x\/ws\/out(\/[^/]+-handout\.html)?$/, changed: none };
    case 'export-team':
      return { added: /^x\/ws\/out(\/[^/]+-team-sheet-[^/]+\.md)?$/, changed: none };
    case 'edit':
      return { added: new RegExp(`^x/ws/(${slug}\\.md|\\.philosophy-draft\\.yaml)$`), changed: new RegExp(`^x/ws/${f}$`) };
    case 'edit-answers':
      return { added: /^x\/ws\/(good\.md|\.philosophy-draft\.yaml)$/, changed: /^x\/ws\/good\.yaml$/ };
    case 'init':
      return { added: /^x\/ws\/(philosophies(\/[^/]+\.(yaml|md))?|\.philosophy-draft\.yaml)$/, changed: none };
  }
}

interface Outcome {
  run: AsyncRun;
  file: string;
  added: string[];
  changed: string[];
  removed: string[];
  all: string[];
}

async function runCase(c: Case, command: Command): Promise<Outcome> {
  const root = tempDir('philosophy-hostile-');
  try {
    const ws = join(root, 'x', 'ws');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(root, 'x', 'edit-answers.yaml'), 'company:\n  mission: Robots that anyone can run, changed by an edit.\n');
    if (command === 'edit-answers') writeFileSync(join(ws, 'good.yaml'), exampleText());
    const file = c.make(ws);
    const before = snapshot(root);
    const run = await runCli(argsFor(command, file, c), { cwd: ws });
    const after = snapshot(root);
    return { run, file, ...changes(before, after), all: [...after.keys()] };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Every broken promise of one run, as readable lines (empty: all kept). */
function problems(c: Case, command: Command, o: Outcome): string[] {
  const { run, file } = o;
  const expected = c.expect[command]!;
  const out = `${run.stdout}${run.stderr}`;
  const found: string[] = [];
  const excerpt = () => JSON.stringify(out.length > 600 ? `${out.slice(0, 600)}…` : out);

  if (run.killed) found.push(`did not finish: killed after ${Math.round(run.ms)} ms`);
  else if (run.status !== expected) found.push(`exit ${run.status ?? run.signal}, expected ${expected}; output: ${excerpt()}`);
  if (run.ms > LIMIT_MS) found.push(`took ${Math.round(run.ms)} ms (limit ${LIMIT_MS})`);
  const trace = stackTrace(out);
  if (trace) found.push(`stack trace in the output: ${trace.trim()}`);
  const control = describeControl(out);
  if (control) found.push(`raw control character in the output: ${control}`);
  const longest = out.split('\n').reduce((max, line) => Math.max(max, line.length), 0);
  const diffOfValid = command === 'check' && expected === 1 && c.expect.validate === 0;
  if (longest > 2_000 && !diffOfValid) found.push(`an output line of ${longest} characters`);

  if (expected !== 0 && !run.killed) {
    const shown = c.shownAs ?? file;
    if (!out.includes(shown)) found.push(`the message does not name the file ${JSON.stringify(shown)}; output: ${excerpt()}`);
    if (c.line !== undefined && !new RegExp(`(\\bline ${c.line}\\b|(^|[\\s:(])${c.line}:\\d+)`, 'm').test(out)) {
      found.push(`the message does not name line ${c.line}; output: ${excerpt()}`);
    }
  }

  const rules = allowed(command, file);
  for (const path of o.added) if (!rules.added.test(path)) found.push(`wrote ${path}`);
  for (const path of o.changed) if (!rules.changed.test(path)) found.push(`changed ${path}`);
  for (const path of o.removed) found.push(`removed ${path}`);
  for (const path of o.all) if (/\.tmp$/.test(path)) found.push(`left a temporary file: ${path}`);

  if (run.status === 0 && expected === 0) {
    const want: Partial<Record<Command, string>> = {
      render: `x/ws/out/${slugOfFile(file)}.md`,
      'export-md': `x/ws/out/${slugOfFile(file)}-handout.md`,
      'export-html': `x/ws/out/${slugOfFile(file)}-handout.html`,
      ...(c.team ? { 'export-team': `x/ws/out/${slugOfFile(file)}-team-sheet-${teamSlug(c.team)}.md` } : {}),
    };
    const path = want[command];
    if (path && !o.added.includes(path)) found.push(`${path} was not written (added: ${o.added.join(', ') || 'nothing'})`);
    if (command === 'edit' && !o.changed.includes(`x/ws/${file}`)) found.push(`the edited file was not rewritten`);
    if (command === 'init') {
      const written = o.added.filter((p) => /^x\/ws\/philosophies\/[^/]+\.yaml$/.test(p));
      if (written.length !== 1) found.push(`init wrote ${written.length} philosophy files: ${written.join(', ')}`);
      const slug = written[0] ? basename(written[0], '.yaml') : '';
      if (c.slug !== undefined && slug !== c.slug) found.push(`init derived the slug ${JSON.stringify(slug)}, expected ${JSON.stringify(c.slug)}`);
      if (WINDOWS_DEVICE.test(slug)) found.push(`init named the file ${slug}.yaml: "${slug}" is a device name on Windows, where the file cannot be created or opened`);
      if (o.added.includes('x/ws/.philosophy-draft.yaml')) found.push('init finished but left its draft');
    }
  }
  return found;
}

const started = performance.now();
let runs = 0;

describe.concurrent('hostile input: every command survives every case', () => {
  for (const c of CASES) {
    for (const command of Object.keys(c.expect) as Command[]) {
      const key = `${c.id} · ${command}`;
      const known = KNOWN_DEFECTS[key];
      const name = `${key}: ${c.title}${known ? ` [KNOWN DEFECT: ${known}]` : ''}`;
      if (c.skip) {
        it.skip(`${name} (skipped: ${c.skip})`, () => {});
        continue;
      }
      (known ? it.fails : it)(name, async () => {
        const outcome = await runCase(c, command);
        runs++;
        expect(problems(c, command, outcome)).toEqual([]);
      });
    }
  }
});

afterAll(() => {
  if (process.env['HOSTILE_REPORT']) console.log(`hostile corpus: ${CASES.length} cases, ${runs} runs in ${Math.round(performance.now() - started)} ms`);
});
