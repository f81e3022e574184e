// Issue 6, data safety: SIGTERM and SIGHUP while the wizard waits at a prompt, in a real terminal.
// The built CLI runs under `script` (util-linux), which gives it a pseudo-terminal, so `init`
// prompts exactly as for a person; the test types two answers, waits for the third question and
// sends the signal to the node process (its pid written by the shell before `exec`). The draft
// must hold both answers, the exit must be 2 with "answers saved" and no stack trace. A closed
// terminal is the `script` process killed: the kernel hangs up the terminal of the wizard.
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
  readonly cwd = tempDir('philosophy-signal-');
  private readonly child: ChildProcessWithoutNullStreams;
  output = '';
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string) {
    dirs.push(this.cwd);
    this.child = spawn('script', ['-qfec', `echo $$ > .pid; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`, '/dev/null'], {
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

  async waitFor(what: RegExp, timeoutMs = 10_000): Promise<void> {
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

  draft(): { step: number; philosophy: { company?: { name?: string; mission?: string }; needs?: Record<string, unknown> } } | undefined {
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

/** Company name and mission typed; the wizard waits at the third question (text). */
async function atThirdQuestion(): Promise<Terminal> {
  const term = new Terminal('init');
  await term.waitFor(/Company name/);
  term.type('Acme Signal\r');
  await term.waitFor(/mission/i);
  term.type('Robots for everyone.\r');
  await term.waitFor(/What role does support play/);
  term.type('half an answ'); // typed, not yet entered: this one may be lost
  await new Promise((r) => setTimeout(r, 200));
  return term;
}

describe.skipIf(!hasScript)('signals at a prompt of init, in a real terminal', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: exit 2, "answers saved", no stack trace; the draft holds both answers`, async () => {
      const term = await atThirdQuestion();
      process.kill(term.pid, signal);
      const { code } = await term.exit;
      expect(code).toBe(2);
      expect(term.text).toContain('saved in .philosophy-draft.yaml');
      expect(term.text).not.toMatch(STACK_TRACE);
      const draft = term.draft();
      expect(draft?.philosophy.company).toEqual({ name: 'Acme Signal', mission: 'Robots for everyone.' });
    }, 20_000);
  }

  it('a closed terminal (the terminal program dies): the wizard ends within 2 s and the draft holds both answers', async () => {
    const term = await atThirdQuestion();
    const pid = term.pid;
    term.close();
    await term.exit;
    const until = Date.now() + 2_000;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const stillThere = alive(pid);
    if (stillThere) process.kill(pid, 'SIGKILL');
    expect(stillThere, 'the wizard still runs after its terminal closed').toBe(false);
    expect(term.draft()?.philosophy.company).toEqual({ name: 'Acme Signal', mission: 'Robots for everyone.' });
  }, 20_000);

  // D15: on SIGTERM the process exits at once (process.exit in src/commands/init.ts), while
  // @inquirer's select prompt has hidden the cursor (ESC[?25l): the user's terminal is left
  // without a visible cursor. Ctrl-C goes through inquirer, which shows it again.
  it.fails('[KNOWN DEFECT D15: SIGTERM at a select prompt leaves the cursor hidden] SIGTERM at a select prompt gives the terminal its cursor back', async () => {
    const term = await atThirdQuestion();
    term.type('\x15The team most owners talk to.\r'); // Ctrl-U clears the half answer
    await term.waitFor(/delight customers or save them effort/);
    await new Promise((r) => setTimeout(r, 200));
    process.kill(term.pid, 'SIGTERM');
    const { code } = await term.exit;
    expect(code).toBe(2);
    expect(term.draft()?.philosophy.needs?.['supportRole']).toBe('The team most owners talk to.');
    const hidden = term.output.lastIndexOf('\x1b[?25l');
    expect(hidden, 'the select prompt hides the cursor').toBeGreaterThan(-1);
    expect(term.output.lastIndexOf('\x1b[?25h'), 'shown again after it was hidden').toBeGreaterThan(hidden);
  }, 20_000);
});
