// Issue 6, data safety: the wizard's draft survives Ctrl-C at every single prompt. `main()` runs
// `philosophy init` in-process with a prompter that answers every question on its own
// (auto-prompter.ts). A reference run goes through all seven steps uninterrupted and records every
// prompt and the draft on disk as each prompt is asked. Then, for every prompt k of that run:
// a fresh folder, `init` interrupted (Ctrl-C) at prompt k → exit 2 and "answers saved"; the draft
// holds every answer given before prompt k; `init --resume` (Enter keeps each earlier answer)
// finishes, and the philosophy it writes holds them too.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { Interrupted, type Prompter } from '../../src/wizard/prompts.js';
import { STACK_TRACE, tempDir } from '../e2e/run.js';
import { AutoPrompter, type AutoAsked } from './auto-prompter.js';

const DRAFT = '.philosophy-draft.yaml';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function sandbox(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
const ENV = { LANG: 'C', PHILOSOPHY_TODAY: '2026-11-22' };

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function runMain(cwd: string, argv: string[], prompter: Prompter): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd,
    prompter,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: ENV,
  });
  return { code, stdout, stderr };
}

function readDraft(cwd: string): { step: number; philosophy: Record<string, unknown> } | undefined {
  const path = join(cwd, DRAFT);
  return existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { step: number; philosophy: Record<string, unknown> }) : undefined;
}

/** Every string anywhere in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** The leaves of `part` that `whole` lacks or holds differently (none: `whole` contains `part`).
 * A bare string in a list counts as the object holding only that key (a channel, a value, a KPI,
 * a team): the draft holds that form right after a checkbox (src/wizard/steps/shared.ts). */
function notContained(part: unknown, whole: unknown, path = ''): string[] {
  if (typeof part === 'string' && typeof whole === 'object' && whole !== null && /\/\d+$/.test(path) && Object.values(whole).includes(part)) return [];
  if (typeof part !== 'object' || part === null) return Object.is(part, whole) ? [] : [`${path || '/'}: ${JSON.stringify(part)} ≠ ${JSON.stringify(whole)}`];
  if (typeof whole !== 'object' || whole === null) return [`${path || '/'}: missing`];
  return Object.entries(part).flatMap(([k, v]) => notContained(v, (whole as Record<string, unknown>)[k], `${path}/${k}`));
}

/** The unique texts typed before prompt k that `data` does not hold. */
function lostAnswers(asked: readonly AutoAsked[], k: number, data: unknown): string[] {
  const have = new Set(strings(data));
  return asked.filter((a) => a.n < k && a.unique && !have.has(a.answer as string)).map((a) => `#${a.n} "${a.message}" → ${String(a.answer)}`);
}

// --- the reference run (at collection time: the prompts make the test list) -----------------------

const referenceDir = sandbox('philosophy-draft-ref-');
const draftsAsked = new Map<number, ReturnType<typeof readDraft>>();
const reference = new AutoPrompter({ onPrompt: (n) => draftsAsked.set(n, readDraft(referenceDir)) });
const referenceRun = await runMain(referenceDir, ['init'], reference);
const PROMPTS = reference.asked;

describe('the reference run', () => {
  it('answers every question of all seven steps and writes a philosophy', () => {
    expect(referenceRun.stderr).not.toMatch(STACK_TRACE);
    expect(referenceRun.code, referenceRun.stdout + referenceRun.stderr).toBeLessThanOrEqual(1);
    expect(readdirSync(join(referenceDir, 'philosophies')).filter((f) => f.endsWith('.yaml'))).toHaveLength(1);
    expect(PROMPTS.length).toBeGreaterThan(40);
    // Every one of the seven steps was asked, ending with its review ("What next?") → Finish.
    expect(PROMPTS.filter((p) => p.message.startsWith('What next?'))).toHaveLength(7);
    expect(existsSync(join(referenceDir, DRAFT))).toBe(false);
  });

  it('the draft on disk holds every answer before the next question is asked (a kill loses nothing)', () => {
    const lost: string[] = [];
    for (const p of PROMPTS) {
      const draft = draftsAsked.get(p.n);
      lost.push(...lostAnswers(PROMPTS, p.n, draft?.philosophy ?? {}).map((l) => `at #${p.n}: ${l}`));
    }
    expect(lost).toEqual([]);
  });
});

describe('Ctrl-C at every prompt of init, then init --resume', () => {
  for (const prompt of PROMPTS) {
    const k = prompt.n;
    it(`#${k} (${prompt.kind}) ${prompt.message.slice(0, 70)}`, async () => {
      const cwd = sandbox('philosophy-draft-');
      const interrupted = new AutoPrompter({ interruptAt: k });
      const first = await runMain(cwd, ['init'], interrupted);
      expect(first.code).toBe(2);
      expect(first.stderr).toContain(`saved in ${DRAFT}`);
      expect(first.stdout + first.stderr).not.toMatch(STACK_TRACE);
      expect(first.stderr).not.toMatch(/internal error/);
      // Same questions as the reference run up to k: the runs are comparable.
      expect(interrupted.asked.slice(0, k - 1).map((a) => a.message)).toEqual(PROMPTS.slice(0, k - 1).map((a) => a.message));

      const draft = readDraft(cwd);
      expect(draft, 'no draft after Ctrl-C').toBeDefined();
      expect(lostAnswers(PROMPTS, k, draft!.philosophy)).toEqual([]);
      // …and everything the uninterrupted run had saved by then.
      const before = draftsAsked.get(k);
      if (before) expect(notContained(before.philosophy, draft!.philosophy)).toEqual([]);

      const resumed = new AutoPrompter({ prefix: 'Resumed' });
      const second = await runMain(cwd, ['init', '--resume'], resumed);
      expect(second.code, second.stdout + second.stderr).toBeLessThanOrEqual(1);
      expect(second.stdout + second.stderr).not.toMatch(STACK_TRACE);
      const files = readdirSync(join(cwd, 'philosophies')).filter((f) => f.endsWith('.yaml'));
      expect(files).toHaveLength(1);
      const written = parse(readFileSync(join(cwd, 'philosophies', files[0]!), 'utf8'));
      expect(lostAnswers(PROMPTS, k, written)).toEqual([]);
      expect(existsSync(join(cwd, DRAFT)), 'the draft is removed once the philosophy is written').toBe(false);
    });
  }
});

describe('Ctrl-C outside the steps', () => {
  /** Throws Interrupted at the first prompt whose message matches. */
  class CtrlCAt extends AutoPrompter {
    constructor(private readonly at: RegExp) {
      super();
    }
    override async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
      if (this.at.test(o.message)) throw new Interrupted();
      return super.confirm(o);
    }
  }

  it('at the question whether to continue a draft: exit 2, draft intact, no internal error', async () => {
    const cwd = sandbox('philosophy-draft-');
    await runMain(cwd, ['init'], new AutoPrompter({ interruptAt: 10 }));
    const before = readFileSync(join(cwd, DRAFT), 'utf8');
    const r = await runMain(cwd, ['init'], new CtrlCAt(/draft/i));
    expect(readFileSync(join(cwd, DRAFT), 'utf8')).toBe(before);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('at the question whether to replace an existing philosophy: exit 2, both files intact', async () => {
    const cwd = sandbox('philosophy-draft-');
    const done = await runMain(cwd, ['init'], new AutoPrompter());
    expect(done.code).toBeLessThanOrEqual(1);
    const [file] = readdirSync(join(cwd, 'philosophies')).filter((f) => f.endsWith('.yaml'));
    const path = join(cwd, 'philosophies', file!);
    writeFileSync(path, '# my own hand-written file\n');
    const r = await runMain(cwd, ['init'], new CtrlCAt(/exists|replace|overwrite/i));
    expect(readFileSync(path, 'utf8')).toBe('# my own hand-written file\n');
    expect(readDraft(cwd), 'the answers of the second run are kept').toBeDefined();
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('Ctrl-C in edit', () => {
  it('keeps the file as it was and says where the answers are, without pointing at init --resume', async () => {
    const cwd = sandbox('philosophy-edit-');
    const source = readFileSync(join(import.meta.dirname, '../../philosophies/acme-robotics.yaml'), 'utf8');
    writeFileSync(join(cwd, 'acme.yaml'), source);
    // Ctrl-C at the first screen of edit, the review of every answer.
    const run = await runMain(cwd, ['edit', 'acme.yaml'], new AutoPrompter({ interruptAt: 1 }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Your answers so far are kept in .philosophy-edit-draft.yaml; acme.yaml is unchanged. Start again with `npx philosophy edit acme.yaml`.');
    expect(run.stderr).not.toContain('init --resume');
    expect(readFileSync(join(cwd, 'acme.yaml'), 'utf8')).toBe(source);
  });
});
