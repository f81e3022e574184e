// A Prompter that answers every question of the wizard on its own, deterministically, so a test
// can walk a full `init` without knowing its questions in advance, and interrupt it at prompt k:
//   - a question with a default (an earlier answer, a catalog suggestion): Enter;
//   - a list entry "(n)" without a default: a unique text for the first, Enter (end of list) after;
//   - "Others of your own": Enter;
//   - any other text: a unique text "<prefix> <k>." (k = the prompt's number), or, where the
//     question's check refuses it, the first of a few typed answers it accepts (numbers, a date);
//   - select: the default or the first choice; checkbox: the ticked ones, or the first choice;
//     confirm: the default.
// Every prompt is recorded with its answer; `interruptAt` (1-based) throws Interrupted there, as
// Ctrl-C does at a terminal.
import { Interrupted, type PromptChoice, type Prompter } from '../../src/wizard/prompts.js';

export interface AutoAsked {
  n: number;
  kind: 'input' | 'select' | 'checkbox' | 'confirm';
  message: string;
  answer: unknown;
  /** True when the answer is a unique text of this prompter (searchable in the draft). */
  unique: boolean;
}

const TYPED = ['5', '90', '2027-03-01', 'Mon-Fri 09:00-17:00 CET', '4h'];

export class AutoPrompter implements Prompter {
  readonly asked: AutoAsked[] = [];
  readonly printed: string[] = [];

  constructor(
    private readonly options: {
      /** Prefix of the unique texts (tell two runs apart). */
      prefix?: string;
      /** Throw Interrupted at this prompt (1-based). */
      interruptAt?: number;
      /** Called at every prompt before it is answered (e.g. to read the draft on disk). */
      onPrompt?: (n: number, message: string) => void;
    } = {},
  ) {}

  private begin(message: string): number {
    const n = this.asked.length + 1;
    this.options.onPrompt?.(n, message);
    if (this.options.interruptAt === n) {
      this.asked.push({ n, kind: 'input', message, answer: 'CTRL-C', unique: false });
      throw new Interrupted();
    }
    return n;
  }

  async input(o: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string> {
    const n = this.begin(o.message);
    const ok = (value: string) => (o.validate?.(value) ?? true) === true;
    let answer: string;
    let unique = false;
    const item = /\((\d+)\)$/.exec(o.message);
    if (o.default !== undefined && o.default !== '' && ok(o.default)) answer = o.default;
    else if (/^Others of your own/.test(o.message) && ok('')) answer = '';
    else if (item && Number(item[1]) > 1 && ok('')) answer = '';
    else {
      const text = `${this.options.prefix ?? 'Answer'} ${n}.`;
      const found = [text, ...TYPED].find(ok);
      if (found === undefined) throw new Error(`no answer passes the check of "${o.message}"`);
      answer = found;
      unique = found === text;
    }
    this.asked.push({ n, kind: 'input', message: o.message, answer, unique });
    return answer;
  }

  async select<T>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>>; default?: T }): Promise<T> {
    const n = this.begin(o.message);
    const answer = o.default !== undefined && o.choices.some((c) => c.value === o.default) ? o.default : o.choices[0]!.value;
    this.asked.push({ n, kind: 'select', message: o.message, answer, unique: false });
    return answer;
  }

  async checkbox<T>(o: { message: string; choices: ReadonlyArray<PromptChoice<T>>; validate?: (values: T[]) => true | string }): Promise<T[]> {
    const n = this.begin(o.message);
    const ok = (values: T[]) => (o.validate?.(values) ?? true) === true;
    const checked = o.choices.filter((c) => c.checked).map((c) => c.value);
    const answer = checked.length && ok(checked) ? checked : ok([o.choices[0]!.value]) ? [o.choices[0]!.value] : o.choices.slice(0, 2).map((c) => c.value);
    this.asked.push({ n, kind: 'checkbox', message: o.message, answer, unique: false });
    return answer;
  }

  async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    const n = this.begin(o.message);
    const answer = o.default ?? true;
    this.asked.push({ n, kind: 'confirm', message: o.message, answer, unique: false });
    return answer;
  }

  print(text: string): void {
    this.printed.push(text);
  }
}
