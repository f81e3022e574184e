// The one module that talks to the terminal during the wizard, built on @inquirer/prompts
// (loaded on first use: it costs ~130 ms). Tests replace it with a scripted Prompter. Ctrl-C
// at any prompt becomes `Interrupted`, which the runner turns into "draft saved" and a clean
// exit, never a stack trace; so does `stop()` (SIGTERM, SIGHUP), through inquirer's abort.
import type { Output } from '../io/output.js';
import type { Language } from '../model/constants.js';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { runnable } from './draft.js';

export interface PromptChoice<T> {
  value: T;
  name: string;
  description?: string;
  checked?: boolean;
  /** Not repeated in the answered line (the box that opens a field for entries of one's own). */
  quiet?: boolean;
}

export interface Prompter {
  /** `editable`: the default stands on the line, to change rather than retype. `vanish`: an
   * answer it accepts leaves no line behind (the Enter that ends a list, the "e" that opens the
   * editor). */
  input(options: { message: string; default?: string; editable?: boolean; vanish?: (answer: string) => boolean; validate?: (value: string) => true | string }): Promise<string>;
  /** Longer text in the user's own editor ($VISUAL, else $EDITOR), opened at once with
   * `default` in it; resolves with the saved text, or undefined when no editor can be started.
   * Only the terminal prompter has it. */
  editor?(options: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string | undefined>;
  /** One of the choices; `searchable` lets the user type to filter a long list (the review
   * screen), where a plain prompter simply selects. */
  select<T>(options: { message: string; choices: ReadonlyArray<PromptChoice<T>>; default?: T; searchable?: boolean }): Promise<T>;
  checkbox<T>(options: { message: string; choices: ReadonlyArray<PromptChoice<T>>; validate?: (values: T[]) => true | string }): Promise<T[]>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** A line of information between questions. */
  print(text: string): void;
  /** The terminal's width in columns, where known (choices are kept to one line). */
  readonly columns?: number;
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

// Inquirer's own words (the key help under a list, yes/no), through its `instructions` and
// `theme` options, in the user's language.
const KEYS = {
  en: {
    select: { navigation: '↑↓ navigate • ⏎ select', pager: '↑↓ navigate (more below) • ⏎ select' },
    search: { navigation: 'type to filter • ↑↓ navigate • ⏎ select', pager: 'type to filter • ↑↓ navigate (more below) • ⏎ select' },
    checkbox: '↑↓ navigate • space tick/untick • a all • i invert • ⏎ submit',
    yes: 'Yes',
    no: 'No',
    noMatch: 'Nothing matches; Backspace shows every entry again.',
    editor: 'your editor is open: save and close it to go on',
    editorFailed: 'The editor did not start; Enter tries again, Ctrl-C saves the draft and stops.',
  },
  de: {
    select: { navigation: '↑↓ auswählen • ⏎ übernehmen', pager: '↑↓ auswählen (weitere unten) • ⏎ übernehmen' },
    search: { navigation: 'Tippen filtert • ↑↓ auswählen • ⏎ übernehmen', pager: 'Tippen filtert • ↑↓ auswählen (weitere unten) • ⏎ übernehmen' },
    checkbox: '↑↓ auswählen • Leertaste an/aus • a alle • i umkehren • ⏎ fertig',
    yes: 'Ja',
    no: 'Nein',
    noMatch: 'Kein Treffer; mit der Rücktaste erscheinen wieder alle Einträge.',
    editor: 'dein Editor ist offen: speichern und schließen, dann geht es weiter',
    editorFailed: 'Der Editor ist nicht gestartet; Enter versucht es noch einmal, Strg+C speichert den Entwurf und beendet.',
  },
} as const;

type Inquirer = typeof import('@inquirer/prompts');

export function terminalPrompter(streams: TerminalStreams, language: Language = 'en'): Prompter {
  const keys = KEYS[language];
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
      const answer = await guard(({ input }, signal) =>
        input(
          {
            message: options.message,
            ...(options.default !== undefined ? { default: options.default } : {}),
            ...(options.editable ? { prefill: 'editable' as const } : {}),
            ...(options.validate ? { validate: options.validate } : {}),
          },
          { ...context, signal },
        ),
      );
      // Inquirer leaves "✔ question" on the screen and the cursor on the line below it: the
      // Enter that ended a list takes that line away again (it may have wrapped).
      if (options.vanish?.(answer) && streams.output.isTTY) {
        const rows = Math.max(1, Math.ceil(stringWidth(`✔ ${options.message} ${answer}`) / Math.max(1, streams.output.columns ?? 80)));
        streams.output.write(`\x1b[${rows}A\r\x1b[0J`);
      }
      return answer;
    },
    async editor(options) {
      // The editor inquirer would start ($VISUAL, $EDITOR, else vim or notepad), checked first:
      // a command that cannot be spawned crashes inquirer's editor (no error handler on spawn).
      const command = process.env['VISUAL'] || process.env['EDITOR'] || (process.platform === 'win32' ? 'notepad' : 'vim');
      const bin = (command.trim().split(/(?<!\\) /)[0] ?? '').replace(/\\ /g, ' ');
      if (!bin || !runnable(bin, process.env)) return undefined;
      return guard(({ editor }, signal) =>
        editor(
          {
            message: options.message,
            ...(options.default !== undefined ? { default: options.default } : {}),
            ...(options.validate ? { validate: options.validate } : {}),
            // The user asked for the editor already: it opens at once.
            waitForUserInput: false,
            postfix: '.md',
            theme: {
              style: {
                // Inquirer's own words ("Press enter to launch…", "Received") in the user's.
                help: () => keys.editor,
                error: (text: string) => `> ${/^(Error|LaunchEditorError|ReadFileError|CreateFileError|RemoveFileError)\b/.test(text) ? keys.editorFailed : text}`,
              },
            },
          },
          { ...context, signal },
        ),
      );
    },
    async select(options) {
      const choices = options.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) }));
      if (options.searchable) {
        // Typing filters by any word of an entry; the first entries (the actions) stay first.
        return guard(({ search }, signal) =>
          search(
            {
              message: options.message,
              source: (term) => {
                const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
                const found = words.length ? choices.filter((c) => words.every((w) => c.name.toLowerCase().includes(w))) : choices;
                return found.length ? found : [{ value: undefined as never, name: keys.noMatch, disabled: ' ' }];
              },
              pageSize: 14,
              instructions: keys.search,
            },
            { ...context, signal },
          ),
        );
      }
      return guard(({ select }, signal) =>
        select(
          {
            message: options.message,
            choices,
            ...(options.default !== undefined ? { default: options.default } : {}),
            pageSize: 12,
            instructions: keys.select,
          },
          { ...context, signal },
        ),
      );
    },
    async checkbox(options) {
      const quiet = new Set<unknown>(options.choices.filter((c) => c.quiet).map((c) => c.value));
      return guard(({ checkbox }, signal) =>
        checkbox(
          {
            message: options.message,
            choices: options.choices.map((c) => ({ value: c.value, name: c.name, checked: c.checked === true, ...(c.description ? { description: c.description } : {}) })),
            pageSize: 14,
            instructions: keys.checkbox,
            theme: {
              style: {
                renderSelectedChoices: (selected: ReadonlyArray<{ value: unknown; short: string }>) =>
                  selected
                    .filter((c) => !quiet.has(c.value))
                    .map((c) => c.short)
                    .join(', '),
              },
            },
            ...(options.validate ? { validate: (items: ReadonlyArray<{ value: unknown }>) => options.validate!(items.map((i) => i.value) as never) } : {}),
          },
          { ...context, signal },
        ),
      );
    },
    async confirm(options) {
      // Inquirer's confirm only knows y/n (a German "j" would count as the default): yes and
      // no are offered as two choices in the user's words, the default highlighted.
      const yes = { value: true, name: keys.yes };
      const no = { value: false, name: keys.no };
      return guard(({ select }, signal) =>
        select({ message: options.message, choices: [yes, no], default: options.default !== false, instructions: keys.select }, { ...context, signal }),
      );
    },
    get columns() {
      return streams.output.columns;
    },
    print(text) {
      streams.output.write(wrap(text, (streams.output.columns ?? 80) - 1) + '\n');
    },
    stop() {
      stopped = true;
      if (!asking) return false;
      asking.abort();
      return true;
    },
  };
}

/** Wraps at word boundaries to the terminal's width (wrap-ansi), each line's indentation kept
 * for its continuation lines (the terminal itself would break words in half). */
export function wrap(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const indent = /^\s*/.exec(line)![0];
      return wrapAnsi(line.slice(indent.length), width - indent.length, { trim: true })
        .split('\n')
        .map((l) => indent + l)
        .join('\n');
    })
    .join('\n');
}
