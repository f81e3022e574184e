// A Prompter for tests: answers come from a script, one per prompt, in order. When the script
// runs out, the next prompt behaves like Ctrl-C (Interrupted). Every prompt is recorded.
import { Interrupted, type Prompter } from '../../src/wizard/prompts.js';

/** An answer: text for input, a value for select, values for checkbox, true/false for confirm;
 * ENTER accepts the prompt's default; CTRL_C interrupts. */
export type Scripted = string | number | boolean | string[] | typeof ENTER | typeof CTRL_C;
export const ENTER = Symbol('enter');
export const CTRL_C = Symbol('ctrl-c');

export interface Asked {
  kind: 'input' | 'select' | 'checkbox' | 'confirm' | 'editor';
  message: string;
  default?: unknown;
  choices?: unknown[];
  checked?: unknown[];
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly printed: string[] = [];
  private readonly script: Scripted[];

  constructor(script: Scripted[]) {
    this.script = [...script];
  }

  /** Answers not used yet (a test can assert the script was consumed). */
  get remaining(): number {
    return this.script.length;
  }

  private next(): Scripted {
    if (!this.script.length) throw new Interrupted();
    const answer = this.script.shift()!;
    if (answer === CTRL_C) throw new Interrupted();
    return answer;
  }

  async input(o: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string> {
    this.asked.push({ kind: 'input', message: o.message, default: o.default });
    const answer = this.next();
    const value = answer === ENTER ? (o.default ?? '') : String(answer);
    const verdict = o.validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`scripted answer ${JSON.stringify(value)} rejected at "${o.message}": ${verdict}`);
    return value;
  }

  /** The editor: the scripted text is what the user saved there (ENTER: the text it opened with). */
  async editor(o: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string> {
    this.asked.push({ kind: 'editor', message: o.message, default: o.default });
    const answer = this.next();
    const value = answer === ENTER ? (o.default ?? '') : String(answer);
    const verdict = o.validate?.(value) ?? true;
    if (verdict !== true) throw new Error(`scripted editor text ${JSON.stringify(value)} rejected at "${o.message}": ${verdict}`);
    return value;
  }

  async select<T>(o: { message: string; choices: ReadonlyArray<{ value: T; name: string }>; default?: T }): Promise<T> {
    this.asked.push({ kind: 'select', message: o.message, default: o.default, choices: o.choices.map((c) => c.value) });
    const answer = this.next();
    const value = (answer === ENTER ? (o.default ?? o.choices[0]!.value) : answer) as T;
    if (!o.choices.some((c) => c.value === value)) throw new Error(`scripted choice ${String(value)} not offered at "${o.message}"`);
    return value;
  }

  async checkbox<T>(o: { message: string; choices: ReadonlyArray<{ value: T; name: string; checked?: boolean }>; validate?: (values: T[]) => true | string }): Promise<T[]> {
    const checked = o.choices.filter((c) => c.checked).map((c) => c.value);
    this.asked.push({ kind: 'checkbox', message: o.message, choices: o.choices.map((c) => c.value), checked });
    const answer = this.next();
    const values = (answer === ENTER ? checked : answer) as T[];
    for (const v of values) if (!o.choices.some((c) => c.value === v)) throw new Error(`scripted choice ${String(v)} not offered at "${o.message}"`);
    const verdict = o.validate?.(values) ?? true;
    if (verdict !== true) throw new Error(`scripted choices rejected at "${o.message}": ${verdict}`);
    return values;
  }

  async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    this.asked.push({ kind: 'confirm', message: o.message, default: o.default });
    const answer = this.next();
    return answer === ENTER ? (o.default ?? false) : Boolean(answer);
  }

  print(text: string): void {
    this.printed.push(text);
  }
}
