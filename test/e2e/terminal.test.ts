// `philosophy init` in a real terminal (tmux), keystroke by keystroke: all seven steps, one
// Ctrl-C in the middle of step 3, the draft checked on disk, a second `init` that resumes it, and
// a finished philosophy that validates clean. Every other wizard test uses a scripted prompter;
// this one is what a person at the keyboard sees.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, STACK_TRACE, run, tempDir } from './run.js';
import { TmuxSession, hasTmux, shQuote, tail, type Key } from './tmux.js';

const CI = process.env['CI'];
const inCI = !!CI && CI !== 'false' && CI !== '0';
if (!hasTmux && !inCI) console.warn('test/e2e/terminal.test.ts: SKIPPED, tmux is not installed (apt-get install tmux); in CI .ci/run installs it');

// ---------------------------------------------------------------------------------------------
// The script: [the question as the wizard asks it → the keys that answer it].

/** A row of the script. */
type Row =
  /** Wait until the active question starts with this text, then press the keys. */
  | readonly [question: string, keys: readonly Key[]]
  /** Wait until this shows on the screen (a step's header, a summary line). */
  | { readonly see: string | RegExp }
  /** A list the wizard prefills (suggestions, earlier answers): Enter keeps each entry, then an
   * empty line ends the list. */
  | { readonly keepList: string };

const ENTER: Key[] = ['Enter'];
const type = (text: string): Key[] => [{ text }, 'Enter'];
const header = (n: number, title: string): Row => ({ see: `Step ${n} of 7 · ${title}` });
/** "What next?" → the first choice, then that choice confirmed and the next step's header. */
const next = (n: number, title: string): Row[] => [
  ['What next?', ENTER],
  { see: `✔ What next? Continue with step ${n}` },
  header(n, title),
];

const COMPANY = 'Acme Robotics';
const SLUG = 'acme-robotics';
const MISSION = 'Robots anyone can run, at home and in small businesses.';
const VISION = 'Every owner gets a straight answer from one person who keeps the case.';
const UNDERSTANDABLE = 'It names one thing to do in every reply.';

/** Steps 1 and 2, and step 3 up to Ctrl-C while typing its third answer. */
const FIRST_RUN: Row[] = [
  header(1, 'Customer needs'),
  ['Company name', type(COMPANY)],
  ['What does the company promise? Its mission in one sentence', type(MISSION)],
  ['What role does support play in the company?', type('The team most owners talk to: we get robots running again.')],
  ['Do you want to delight customers or save them effort?', ['Down', 'Down', 'Enter']], // Both
  ['A principle you expect of the support team (1)', type('Help the customer first, then a colleague, then your own queue.')],
  ['A principle you expect of the support team (2)', ENTER],
  ['What may people on the front line decide without asking? (1)', type('Send a free replacement part worth up to 50 EUR.')],
  ['What may people on the front line decide without asking? (2)', ENTER],
  ['Who has to approve a “no” to a customer?', ['Down', 'Enter']], // the team lead
  ['Which path do hard cases take?', type('The agent keeps the case and asks the shift lead, who answers within an hour.')],
  ['Something customers told you they need (1)', type('One person who owns my case.')],
  ['Something customers told you they need (2)', ENTER],
  ['Which channels do customers use to reach you?', ['Space', 'Down', 'Space', 'Enter']], // Email, Chat
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ['Email: when is it staffed?', type('Mon-Fri 08:00-18:00 CET')],
  ['Email: first-response promise (optional)', type('4h')],
  ['Chat: when is it staffed?', type('Mon-Fri 08:00-20:00 CET')],
  ['Chat: first-response promise (optional)', type('2 min')],
  ['A step customers take to help themselves (1)', type('Search the help centre for the error code.')],
  ['A step customers take to help themselves (2)', ENTER],
  { see: 'Channels: Email (Mon-Fri 08:00-18:00 CET), Chat (Mon-Fri 08:00-20:00 CET)' },
  ...next(2, 'Values'),
  ['Which values came up? Tick them and add your own', ['Space', 'Down', 'Space', 'Enter']], // Honesty, Respect
  { see: '✔ Which values came up? Tick them and add your own Honesty, Respect' },
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ['Which of them are your core values? Five at most', ENTER], // both ticked already
  ['Is this the order of priority? 1. Honesty  2. Respect', ENTER],
  ['Honesty: what does it mean for you? (', ENTER], // the catalog's meaning
  ['Respect: what does it mean for you? (', ENTER],
  ...next(3, 'Vision'),
  ['Your support vision', type(VISION)],
  ['Why is it easy to understand and to act on?', type(UNDERSTANDABLE)],
  ['What kind of service does it describe?', [{ text: 'Personal sup' }, 'C-c']],
];

const TEAMS = ['Support', 'Sales', 'Design', 'Product', 'HR', 'Leadership', 'Marketing'];

/** The rest: step 3 again (earlier answers as defaults) through step 7, then Finish. */
const SECOND_RUN: Row[] = [
  ['A draft from ', ENTER],
  { see: /✔ A draft from .+ is waiting at step 3\. Continue it\? Yes/ },
  header(3, 'Vision'),
  [`Your support vision (${VISION})`, ENTER],
  [`Why is it easy to understand and to act on? (${UNDERSTANDABLE})`, ENTER],
  ['What kind of service does it describe?', type('Personal support: one owner per case, in plain words.')],
  ['How does it reflect who you are now and who you want to be?', type('We work this way by email today and want every channel to.')],
  ['Who reviewed it, and how did they react? (1)', type('CEO: liked it at once.')],
  ['Who reviewed it, and how did they react? (2)', ENTER],
  { see: 'Checks answered: 3/3' },
  ...next(4, 'Make it actionable'),
  { see: 'Value 1 of 2: Honesty' },
  ['Honesty: action statement (', ENTER], // the catalog's suggestion
  ['Honesty: which KPIs show that you live it?', ENTER], // the catalog's KPIs, ticked: QA, CSAT
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ['QA: what kind of target?', ENTER], // at least
  ['QA: target value', type('90')],
  ['QA: unit of the target (empty: %)', ENTER],
  ['CSAT: what kind of target?', ENTER],
  ['CSAT: target value', type('85')],
  ['CSAT: unit of the target (empty: %)', ENTER],
  { keepList: 'Honesty: a tool that supports it' },
  ['Honesty: what does it look like in a conversation? (1)', type('Tell the customer before a promised date slips, not after.')],
  ['Honesty: what does it look like in a conversation? (2)', ENTER],
  ['Honesty: what will you not do? (1)', type('Promise a repair date we cannot keep.')],
  ['Honesty: what will you not do? (2)', ENTER],
  { see: 'Value 2 of 2: Respect' },
  ['Respect: action statement (', ENTER],
  ['Respect: which KPIs show that you live it?', ENTER], // CSAT, QA
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ['CSAT: what kind of target?', ENTER],
  ['CSAT: target value', type('85')],
  ['CSAT: unit of the target (empty: %)', ENTER],
  ['QA: what kind of target?', ENTER],
  ['QA: target value', type('90')],
  ['QA: unit of the target (empty: %)', ENTER],
  { keepList: 'Respect: a tool that supports it' },
  ['Respect: what does it look like in a conversation? (1)', type('Stay calm and polite when a customer is angry.')],
  ['Respect: what does it look like in a conversation? (2)', ENTER],
  ['Respect: what will you not do? (1)', type('Talk down to a customer.')],
  ['Respect: what will you not do? (2)', ENTER],
  { see: 'KPIs: QA ≥ 90, CSAT ≥ 85' },
  ...next(5, 'Share it'),
  ['How do new hires meet the philosophy?', type('Every new hire answers real customer cases in the first week.')],
  ['How do the values show on social media?', type('Plain words and real dates in public replies.')],
  ['How does living the values count in promotions?', type('The lead and two peers rate each value with examples from real cases.')],
  ['Which incentives are tied to the philosophy’s metrics?', type('A team bonus on CSAT, never on handle time.')],
  ['A ritual that keeps it alive (1)', type('A value of the month at the all-hands.')],
  ['A ritual that keeps it alive (2)', ENTER],
  ...next(6, 'Hiring'),
  ['Rating scale for the answers: from 1 to (5)', ENTER],
  { keepList: 'Honesty: interview question' },
  { keepList: 'Respect: interview question' },
  { see: 'Scale: 1–5' },
  ...next(7, 'Interpretation'),
  ['Which teams take part?', ENTER], // all of them, ticked
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ...TEAMS.flatMap((team): Row[] => [
    [`${team}: what does the team do to live it? (`, ENTER], // the catalog's activities
    [`${team}: which metrics does it watch?`, ENTER], // and metrics
  ]),
  ['How will you hear how people read the philosophy?', ENTER], // Survey, One-on-ones
  ['Others of your own, separated by commas (Enter for none):', ENTER],
  ['What happens when a decision contradicts the philosophy?', type('Anyone may raise it; its owner explains it within two weeks.')],
  ['How often will you review it?', ENTER], // Quarterly
  ['Date of the next review (YYYY-MM-DD) (2027-02-22)', ENTER], // PHILOSOPHY_TODAY + 3 months
  ['What next?', ENTER],
  { see: '✔ What next? Finish: write the philosophy' },
];

// ---------------------------------------------------------------------------------------------
// The driver.

/** Reads the questions off the screen. Inquirer turns an answered question's "? …" line into
 * "✔ …", so the active question is a "? " line below the last "✔ " line; and a question counts
 * as asked only once every earlier answer has its "✔" (no keys go to a question still closing:
 * the wizard drops keys typed between two questions). */
class Driver {
  /** Answers submitted in this session: each turns one "?" into "✔". */
  private submitted = 0;

  constructor(private readonly term: TmuxSession) {}

  private static active(screen: string): { line: string | undefined; done: number } {
    const lines = screen.split('\n');
    let done = 0;
    let lastDone = -1;
    let lastAsk = -1;
    lines.forEach((line, i) => {
      if (line.startsWith('✔ ')) {
        done++;
        lastDone = i;
      } else if (line.startsWith('? ')) lastAsk = i;
    });
    return { line: lastAsk > lastDone ? lines[lastAsk]!.slice(2) : undefined, done };
  }

  /** Waits for the question; returns its line (without "? "). */
  async question(text: string): Promise<string> {
    let found = '';
    await this.term.waitFor(`the question “${text}” (after ${this.submitted} answers)`, (screen) => {
      const { line, done } = Driver.active(screen);
      if (line === undefined || done < this.submitted || !line.startsWith(text)) return false;
      found = line;
      return true;
    });
    return found;
  }

  async answer(text: string, keys: readonly Key[]): Promise<void> {
    await this.question(text);
    this.term.send(...keys);
    if (keys[keys.length - 1] === 'Enter') this.submitted++;
  }

  async see(what: string | RegExp): Promise<string> {
    return this.term.waitFor(`“${String(what)}” on the screen`, (screen) => (typeof what === 'string' ? screen.includes(what) : what.test(screen)));
  }

  async play(rows: readonly Row[]): Promise<void> {
    for (const row of rows) {
      if ('see' in row) await this.see(row.see);
      else if ('keepList' in row) {
        // "(n) (default)" keeps the entry on Enter; "(n)" alone ends the list on Enter.
        for (let n = 1; ; n++) {
          const line = await this.question(`${row.keepList} (${n})`);
          await this.answer(`${row.keepList} (${n})`, ENTER);
          if (!line.slice(`${row.keepList} (${n})`.length).trim()) break;
          if (n > 20) throw new Error(`the list “${row.keepList}” does not end`);
        }
      } else await this.answer(row[0], row[1]);
    }
  }
}

// ---------------------------------------------------------------------------------------------

const sessions: TmuxSession[] = [];
afterAll(() => {
  for (const s of sessions) s.kill();
});

/** `philosophy init` in a fresh terminal, its exit code printed after it. CI is unset inside:
 * with CI set the wizard (rightly) refuses to prompt. */
function startInit(cwd: string): TmuxSession {
  const init = `${shQuote(process.execPath)} ${shQuote(BIN)} init --lang en; echo EXIT=$?`;
  const command = `env -u CI PHILOSOPHY_TODAY=2026-11-22 TERM=xterm-256color sh -c ${shQuote(init)}`;
  const session = new TmuxSession({ cwd, command, width: 120, height: 50 });
  sessions.push(session);
  return session;
}

const EXIT = /^EXIT=(\d+)$/m;

describe('philosophy init in a real terminal (tmux)', () => {
  it.skipIf(!hasTmux && !inCI)('seven steps keystroke by keystroke, Ctrl-C once, resumed, and the file validates clean', async () => {
    expect(hasTmux, 'tmux must be installed in CI (.ci/run installs it)').toBe(true);
    const dir = tempDir('philosophy-tty-');
    const draftPath = join(dir, '.philosophy-draft.yaml');

    // First run: steps 1 and 2, then Ctrl-C in the middle of step 3.
    const first = startInit(dir);
    await new Driver(first).play(FIRST_RUN);
    const interrupted = await new Driver(first).see(EXIT);
    expect(interrupted).toContain('Your answers are saved in .philosophy-draft.yaml; continue with `philosophy init --resume`.');
    expect(interrupted).not.toMatch(STACK_TRACE);
    expect(EXIT.exec(interrupted)![1], 'Ctrl-C is not a success').not.toBe('0');
    first.kill();

    // The draft holds every answer given, and not the half-typed one.
    expect(existsSync(draftPath)).toBe(true);
    const draft = parse(readFileSync(draftPath, 'utf8'));
    expect(draft.step).toBe(3);
    const p = draft.philosophy;
    expect(p.company).toEqual({ name: COMPANY, mission: MISSION });
    expect(p.needs.aim).toBe('both');
    expect(p.empowerment.sayingNo).toBe('team-lead');
    expect(p.needs.channels).toEqual([
      { name: 'email', hours: 'Mon-Fri 08:00-18:00 CET', firstResponse: '4h' },
      { name: 'chat', hours: 'Mon-Fri 08:00-20:00 CET', firstResponse: '2 min' },
    ]);
    expect(p.values.brainstorm).toEqual(['Honesty', 'Respect']);
    expect(p.values.core.map((v: { name: string }) => v.name)).toEqual(['Honesty', 'Respect']);
    expect(p.values.core.every((v: { meaning?: string }) => !!v.meaning)).toBe(true);
    expect(p.vision.statement).toBe(VISION);
    expect(p.vision.criteria).toEqual({ understandable: UNDERSTANDABLE });

    // Second run: the waiting draft is continued at step 3 and finished.
    const second = startInit(dir);
    await new Driver(second).play(SECOND_RUN);
    const end = await new Driver(second).see(EXIT);
    const ending = tail(end, 12);
    expect(end).not.toMatch(STACK_TRACE);
    expect(end, 'every step of this run ends without findings').not.toContain('Worth a look before you go on:');
    expect(end.match(/^No findings for this step\.$/gm)).toHaveLength(5);
    expect(ending).toContain(`wrote philosophies/${SLUG}.yaml`);
    expect(ending).toContain(`wrote philosophies/${SLUG}.md`);
    expect(ending).toContain(`✔ philosophies/${SLUG}.yaml: no problems`);
    expect(EXIT.exec(end)![1], ending).toBe('0');

    const file = join(dir, 'philosophies', `${SLUG}.yaml`);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, 'philosophies', `${SLUG}.md`))).toBe(true);
    expect(existsSync(draftPath), 'the draft is removed once the philosophy is written').toBe(false);
    const model = parse(readFileSync(file, 'utf8'));
    expect(model.company.name).toBe(COMPANY);
    expect(model.vision.statement).toBe(VISION);
    expect(Object.keys(model.vision.criteria).sort()).toEqual(['nowAndFuture', 'serviceKind', 'understandable']);
    expect(model.values.core.map((v: { name: string }) => v.name)).toEqual(['Honesty', 'Respect']);
    expect(model.values.core[0].kpis.map((k: { id: string; target?: { value: number } }) => [k.id, k.target?.value])).toEqual([
      ['QA', 90],
      ['CSAT', 85],
    ]);
    expect(model.teams).toHaveLength(TEAMS.length);
    expect(model.feedback.nextReview).toBe('2027-02-22');

    const validated = run(['validate', `philosophies/${SLUG}.yaml`], { cwd: dir });
    expect(validated.stderr).toBe('');
    expect(validated.status).toBe(0);
    second.kill();
    rmSync(dir, { recursive: true, force: true });
  });
});
