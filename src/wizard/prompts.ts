// The one module that talks to the terminal during the wizard, built on @inquirer/prompts
// (loaded on first use: it costs ~130 ms). Tests replace it with a scripted Prompter. Ctrl-C
// at any prompt becomes `Interrupted`, which the runner turns into "draft saved" and a clean
// exit, never a stack trace; so does `stop()` (SIGTERM, SIGHUP), through inquirer's abort.
import type { Output } from '../io/output.js';
import { wrap } from '../core/width.js';

export interface PromptChoice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
}

export interface Prompter {
  input(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(options: { message: string; choices: ReadonlyArray<PromptChoice<T>>; default?: T }): Promise<T>;
  checkbox<T>(options: { message: string; choices: ReadonlyArray<PromptChoice<T>>; validate?: (values: T[]) => true | string }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of information between questions. */
  print(text: string): void;
  /** Ends the question being asked as Ctrl-C ends it (the prompt gives the terminal back, the
   * call rejects with `Interrupted`), and every later one before it is shown. False when no
   * question is being asked. Only the terminal prompter has it. */
  stop?(): boolean;
}

/** The user pressed Ctrl-C (or the terminal went away) at a prompt. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}

export interface TerminalStreams {
  input: NodeJS.ReadableStream;
  output: Output & NodeJS.WritableStream;
}

type Inquirer = typeof import('@inquirer/prompts');

export function terminalPrompter(streams: TerminalStreams): Prompter {
  let inquirer: Inquirer | undefined;
  const load = async () => (inquirer ??= await import('@inquirer/prompts'));
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  // The question being asked: aborting it makes inquirer tear the prompt down (cursor shown,
  // raw mode off, the line ended) and reject with AbortPromptError.
  let asking: AbortController | undefined;
  let stopped = false;
  // Inquirer rejects with ExitPromptError on Ctrl-C and AbortPromptError on abort.
  const guard = async <T>(ask: (prompts: Inquirer, signal: AbortSignal) => Promise<T>): Promise<T> => {
    if (stopped) throw new Interrupted();
    const controller = (asking = new AbortController());
    try {
      const prompts = await load();
      // Inquirer given a signal aborted already rejects without closing its readline, which
      // would leave the terminal raw and the process waiting: the prompt is not started.
      if (controller.signal.aborted) throw new Interrupted();
      return await ask(prompts, controller.signal);
    } catch (error) {
      const name = (error as Error | null)?.name;
      if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') throw new Interrupted();
      throw error;
    } finally {
      if (asking === controller) asking = undefined;
    }
  };
  return {
    async input(options) {
      return guard(({ input }, signal) =>
        input({ message: options.message, ...(options.default !== undefined ? { default: options.default } : {}), ...(options.validate ? { validate: options.validate } : {}) }, { ...context, signal }),
      );
    },
    async select(options) {
      return guard(({ select }, signal) =>
        select(
          {
            message: options.message,
            choices: options.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
            ...(options.default !== undefined ? { default: options.default } : {}),
            pageSize: 12,
          },
          { ...context, signal },
        ),
      );
    },
    async checkbox(options) {
      return guard(({ checkbox }, signal) =>
        checkbox(
          {
            message: options.message,
            choices: options.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })),
            pageSize: 14,
            ...(options.validate ? { validate: (items: ReadonlyArray<{ value: unknown }>) => options.validate!(items.map((i) => i.value) as never) } : {}),
          },
          { ...context, signal },
        ),
      );
    },
    async confirm(options) {
      return guard(({ confirm }, signal) => confirm({ message: options.message, ...(options.default !== undefined ? { default: options.default } : {}) }, { ...context, signal }));
    },
    print(text) {
      // Wrapped at spaces (the terminal itself would break words in half); too narrow a
      // terminal gets the text as it is.
      const columns = (streams.output.columns ?? 80) - 1;
      streams.output.write((columns < 20 ? text : wrap(text, columns)) + '\n');
    },
    stop() {
      stopped = true;
      if (!asking) return false;
      asking.abort();
      return true;
    },
  };
}
