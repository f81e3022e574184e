// The one module that talks to the terminal during the wizard, built on @inquirer/prompts
// (loaded on first use: it costs ~130 ms). Tests replace it with a scripted Prompter. Ctrl-C
// at any prompt becomes `Interrupted`, which the runner turns into "draft saved" and a clean
// exit, never a stack trace.
import type { Output } from '../commands/context.js';

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
  // Inquirer rejects with ExitPromptError on Ctrl-C and AbortPromptError on abort.
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      const name = (error as Error | null)?.name;
      if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') throw new Interrupted();
      throw error;
    }
  };
  return {
    async input(options) {
      const { input } = await load();
      return guard(() => input({ message: options.message, ...(options.default !== undefined ? { default: options.default } : {}), ...(options.validate ? { validate: options.validate } : {}) }, context));
    },
    async select(options) {
      const { select } = await load();
      return guard(() =>
        select(
          {
            message: options.message,
            choices: options.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
            ...(options.default !== undefined ? { default: options.default } : {}),
            pageSize: 12,
          },
          context,
        ),
      );
    },
    async checkbox(options) {
      const { checkbox } = await load();
      return guard(() =>
        checkbox(
          {
            message: options.message,
            choices: options.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })),
            pageSize: 14,
            ...(options.validate ? { validate: (items: ReadonlyArray<{ value: unknown }>) => options.validate!(items.map((i) => i.value) as never) } : {}),
          },
          context,
        ),
      );
    },
    async confirm(options) {
      const { confirm } = await load();
      return guard(() => confirm({ message: options.message, ...(options.default !== undefined ? { default: options.default } : {}) }, context));
    },
    print(text) {
      streams.output.write(wrap(text, (streams.output.columns ?? 80) - 1) + '\n');
    },
  };
}

/** Wraps at spaces to the terminal's width, keeping each line's indentation for its
 * continuation lines (the terminal itself would break words in half). */
export function wrap(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)![0];
      const words = line.slice(indent.length).split(' ');
      const out: string[] = [];
      let current = indent;
      for (const word of words) {
        if (current.trim() && current.length + 1 + word.length > width) {
          out.push(current);
          current = indent + word;
        } else current = current.trim() ? `${current} ${word}` : indent + word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
