// The GitHub Action (action.yml) as a runner would run it: each step's bash script, with the
// inputs and `github.action_path` filled in and the environment GitHub sets for a pull request
// (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME, GITHUB_BASE_REF). The workspace is
// a git repository whose pull request moves a value and brings a cliché into the vision.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './run.js';

interface Step {
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION: Action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));

let workspace = '';
let home = '';

function git(args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: home, GIT_AUTHOR_NAME: 'Grace', GIT_AUTHOR_EMAIL: 'g@example.org', GIT_COMMITTER_NAME: 'Grace', GIT_COMMITTER_EMAIL: 'g@example.org', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The expressions action.yml uses, filled in as the runner would. */
function expand(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    if (name === 'github.action_path') return ROOT;
    if (name.startsWith('inputs.')) {
      const key = name.slice('inputs.'.length);
      return inputs[key] ?? ACTION.inputs[key]?.default ?? '';
    }
    throw new Error(`action.yml uses ${whole}, which this test does not know`);
  });
}

interface StepRun {
  name: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the action's steps in order, stopping at the first that fails, as a runner does. */
function runAction(inputs: Record<string, string>, github: Record<string, string>): StepRun[] {
  const runs: StepRun[] = [];
  for (const step of ACTION.runs.steps) {
    expect(step.uses, 'a composite step this test cannot run').toBeUndefined();
    expect(step.shell).toBe('bash');
    const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: home, LANG: 'C', GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: workspace, ...github };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, inputs);
    // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run ?? '', inputs)], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
    runs.push({ name: step.name, status: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return runs;
}

beforeAll(() => {
  workspace = tempDir('philosophy-action-');
  home = tempDir('philosophy-action-home-');
  git(['init', '-q', '-b', 'main']);
  mkdirSync(join(workspace, 'philosophies'));
  const source = readFileSync(join(ROOT, 'philosophies/acme-robotics.yaml'), 'utf8');
  writeFileSync(join(workspace, 'philosophies/acme.yaml'), source);
  // The committed rendering, fresh on main.
  const rendered = spawnSync(process.execPath, [BIN, 'render', 'philosophies/acme.yaml'], { cwd: workspace, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: home, LANG: 'C' } });
  expect(rendered.status, rendered.stderr).toBe(0);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Our philosophy']);

  // The pull request: Speed moves to the front, and the vision gets a cliché; the rendering is
  // not brought up to date.
  git(['checkout', '-q', '-b', 'speed-first']);
  const start = source.indexOf('    - name: Speed\n');
  const end = source.indexOf('    - name: Loyalty\n');
  const first = source.indexOf('    - name: Integrity\n');
  const moved = source.slice(0, first) + source.slice(start, end) + source.slice(first, start) + source.slice(end);
  writeFileSync(
    join(workspace, 'philosophies/acme.yaml'),
    moved.replace('statement: Straight answers and fixes that last,', 'statement: The customer is always right, and gets straight answers and fixes that last,'),
  );
  git(['commit', '-q', '-am', 'Speed first']);
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

describe('action.yml on a pull request', () => {
  it('annotates the finding, fails on the warning and the stale rendering, and writes the summary', () => {
    const summary = join(home, 'step-summary.md');
    writeFileSync(summary, '');
    const runs = runAction(
      { 'max-warnings': '0', 'check-rendered': 'true' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary },
    );
    expect(runs.map((r) => [r.name, r.status])).toEqual([
      ['Install philosophy', 0],
      ['Summarize what changed', 0],
      ['Validate', 1],
    ]);

    const validate = runs[2]!;
    expect(validate.stdout).toMatch(/^::warning file=philosophies\/acme\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=no-cliches::.*the customer is always right/m);
    // render --check ran too, although validation had failed, and named the stale file.
    expect(validate.stdout + validate.stderr).toContain('acme.md');

    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('<!-- philosophy-diff -->\n## What changed in `philosophies/acme.yaml`\n')).toBe(true);
    expect(text).toContain('- ↕️ Value “Speed” moved from 3rd to 1st');
    expect(text).toContain('### Findings this change introduces');
    expect(text).toContain('“the customer is always right” is a cliché');
  });

  it('writes no summary on a push, and passes without a warning limit', () => {
    const summary = join(home, 'push-summary.md');
    writeFileSync(summary, '');
    const runs = runAction({}, { GITHUB_EVENT_NAME: 'push', GITHUB_STEP_SUMMARY: summary });
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
    expect(runs[2]!.stdout).toContain('::warning file=philosophies/acme.yaml');
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('writes no summary when diff-summary is off', () => {
    const summary = join(home, 'off-summary.md');
    writeFileSync(summary, '');
    runAction({ 'diff-summary': 'false' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });
});
