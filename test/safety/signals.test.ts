// Issue 6, data safety: SIGTERM and SIGHUP while the wizard waits at a prompt, in a real terminal.
// The built CLI runs under `script` (util-linux), which gives it a pseudo-terminal, so `init`
// prompts exactly as for a person; the test types two answers, skips the kind of business, waits
// for the question after it and sends the signal to the node process (its pid written by the
// shell before `exec`). The draft must hold both answers, the exit must be 2 with "answers
// saved" and no stack trace. A closed terminal is the `script` process killed: the kernel hangs
// up the terminal of the wizard.
// The terminal must be left as it was: the cursor shown again if a prompt hid it (Node does not
// do that at exit), the same tty modes (`stty -g` before and after; Node restores them at exit
// too, so this is a guard, not the test of D15) and the message on a line of its own.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, STACK_TRACE, tempDir } from '../e2e/run.js';

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn('test/safety/signals.test.ts: SKIPPED, `script` (util-linux) is not installed');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07/g;

class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  output = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** `cwd`: a folder of an earlier Terminal (its draft waiting); by default a new one. */
  constructor(
    args: string,
    readonly cwd = tempDir('philosophy-signal-'),
  ) {
    if (!dirs.includes(cwd)) dirs.push(cwd);
    // The terminal's modes before and after the wizard, written by the shell around it.
    const wizard = `echo $$ > .pid; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`;
    const shell = `stty -g > .stty-before; sh -c '${wizard}'; code=$?; stty -g > .stty-after; exit $code`;
    this.child = spawn('script', ['-qfec', shell, '/dev/null'], {
      cwd: this.cwd,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C', TERM: 'xterm', PHILOSOPHY_TODAY: '2026-11-22' },
    });
    this.child.stdout.on('data', (b: Buffer) => (this.output += b.toString('utf8')));
    this.child.stderr.on('data', (b: Buffer) => (this.output += b.toString('utf8')));
    this.exit = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** What a person reads: the output without colours and cursor movements. */
  get text(): string {
    return this.output.replace(ANSI, '');
  }

  async waitFor(what: RegExp, timeoutMs = 180_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!what.test(this.text)) {
      if (Date.now() > until) throw new Error(`waited for ${what}; the terminal shows:\n${this.text.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  type(text: string): void {
    this.child.stdin.write(text);
  }

  /** The pid of the wizard (node), written by the shell before `exec`. */
  get pid(): number {
    return Number(readFileSync(join(this.cwd, '.pid'), 'utf8'));
  }

  /** Closes the terminal: `script` dies, the kernel hangs up the wizard's terminal. */
  close(): void {
    this.child.kill('SIGKILL');
  }

  /** The tty modes after the wizard, or what they were before (`stty -g`). */
  stty(when: 'before' | 'after'): string {
    return readFileSync(join(this.cwd, `.stty-${when}`), 'utf8');
  }

  draft():
    | { step: number; philosophy: { company?: { name?: string; mission?: string }; needs?: Record<string, unknown>; empowerment?: Record<string, unknown> } }
    | undefined {
    const path = join(this.cwd, '.philosophy-draft.yaml');
    return existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Signalled at a prompt: exit 2, "answers saved" on a line of its own as the last words, no
 * stack trace, and the terminal as it was: the cursor shown again if a prompt hid it, the same
 * tty modes (raw mode off). */
async function expectCleanStop(term: Terminal): Promise<void> {
  const { code } = await term.exit;
  expect(code).toBe(2);
  expect(term.text).toMatch(/\nYour answers are saved in \.philosophy-draft\.yaml; continue with `npx philosophy init --resume`\.\r?\n$/);
  expect(term.text).not.toMatch(STACK_TRACE);
  const hidden = term.output.lastIndexOf('\x1b[?25l');
  if (hidden > -1) expect(term.output.lastIndexOf('\x1b[?25h'), 'the cursor shown again after it was hidden').toBeGreaterThan(hidden);
  expect(term.stty('after'), 'the tty modes as before the wizard').toBe(term.stty('before'));
}

/** Company name and mission typed, the kind of business skipped; the wizard waits at the
 * question after it (text). */
async function atRoleQuestion(): Promise<Terminal> {
  const term = new Terminal('init');
  await term.waitFor(/Company name/);
  term.type('Acme Signal\r');
  await term.waitFor(/mission/i);
  term.type('Robots for everyone.\r');
  await term.waitFor(/What kind of business is it/);
  term.type('\r'); // skipped: another kind
  await term.waitFor(/What role does support play/);
  term.type('half an answ'); // typed, not yet entered: this one may be lost
  await new Promise((r) => setTimeout(r, 200));
  return term;
}

describe.skipIf(!hasScript)('signals at a prompt of init, in a real terminal', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: exit 2, "answers saved", no stack trace; the draft holds both answers`, async () => {
      const term = await atRoleQuestion();
      process.kill(term.pid, signal);
      await expectCleanStop(term);
      const draft = term.draft();
      expect(draft?.philosophy.company).toEqual({ name: 'Acme Signal', mission: 'Robots for everyone.' });
    });
  }

  it('a closed terminal (the terminal program dies): the wizard ends and the draft holds both answers', async () => {
    const term = await atRoleQuestion();
    const pid = term.pid;
    term.close();
    await term.exit;
    // Hang detection only: a wizard that outlives its terminal by 2 minutes never ends on its own.
    const until = Date.now() + 120_000;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const stillThere = alive(pid);
    if (stillThere) process.kill(pid, 'SIGKILL');
    expect(stillThere, 'the wizard still runs after its terminal closed').toBe(false);
    expect(term.draft()?.philosophy.company).toEqual({ name: 'Acme Signal', mission: 'Robots for everyone.' });
  });

  // D15 (fixed): the signal used to exit at once (process.exit in src/commands/init.ts) while
  // @inquirer's select prompt had hidden the cursor (ESC[?25l). Now it aborts the prompt, which
  // tears itself down as on Ctrl-C: cursor shown, raw mode off, the line ended.
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} at a select prompt gives the terminal its cursor back`, async () => {
      const term = await atRoleQuestion();
      term.type('\x15The team most owners talk to.\r'); // Ctrl-U clears the half answer
      await term.waitFor(/delight customers or save them effort/);
      await new Promise((r) => setTimeout(r, 200));
      process.kill(term.pid, signal);
      await expectCleanStop(term);
      expect(term.draft()?.philosophy.needs?.['supportRole']).toBe('The team most owners talk to.');
      const hidden = term.output.lastIndexOf('\x1b[?25l');
      expect(hidden, 'the select prompt hides the cursor').toBeGreaterThan(-1);
      expect(term.output.lastIndexOf('\x1b[?25h'), 'shown again after it was hidden').toBeGreaterThan(hidden);
    });
  }

  it('SIGTERM at a checkbox prompt (one box ticked): the cursor back, the answers before it in the draft', async () => {
    const term = await atRoleQuestion();
    const script: Array<[RegExp, string]> = [
      [/delight customers or save them effort/, '\r'],
      [/A principle you expect of the support team \(1\)/, 'Customer first.\r'],
      [/A principle you expect of the support team \(2\)/, '\r'],
      [/decide without asking\? \(1\)/, 'Refunds up to 50 EUR.\r'],
      [/decide without asking\? \(2\)/, '\r'],
      [/approve a “no” to a customer/, '\r'],
      [/Which path do hard cases take/, 'Shift lead within an hour.\r'],
      [/customers told you they need \(1\)/, 'One owner per case.\r'],
      [/customers told you they need \(2\)/, '\r'],
      [/Which channels do customers use to reach you/, ' '],
    ];
    term.type('\x15The team most owners talk to.\r');
    for (const [question, keys] of script) {
      await term.waitFor(question);
      await new Promise((r) => setTimeout(r, 100));
      term.type(keys);
    }
    await new Promise((r) => setTimeout(r, 200));
    process.kill(term.pid, 'SIGTERM');
    await expectCleanStop(term);
    const hidden = term.output.lastIndexOf('\x1b[?25l');
    expect(hidden, 'the checkbox prompt hides the cursor').toBeGreaterThan(-1);
    expect(term.draft()?.philosophy.empowerment?.['escalation']).toBe('Shift lead within an hour.');
    expect(term.draft()?.philosophy.needs?.['customerNeeds']).toEqual(['One owner per case.']);
  });

  it('SIGTERM at the question whether to continue a draft (confirm): exit 2, the draft untouched', async () => {
    const first = await atRoleQuestion();
    process.kill(first.pid, 'SIGTERM');
    await first.exit;
    const before = readFileSync(join(first.cwd, '.philosophy-draft.yaml'), 'utf8');
    const term = new Terminal('init', first.cwd);
    await term.waitFor(/Continue it\?/);
    await new Promise((r) => setTimeout(r, 200));
    process.kill(term.pid, 'SIGTERM');
    await expectCleanStop(term);
    expect(readFileSync(join(term.cwd, '.philosophy-draft.yaml'), 'utf8')).toBe(before);
  });
});
