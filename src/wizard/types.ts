// The wizard's building blocks. A step is a module in src/wizard/steps/ with its questions as
// data (QuestionDef) and a short `run` that asks them in order through the Asker. The Asker
// resolves each answer the same way everywhere: from an answers file (`--answers`), else from
// the user (with the draft's or the question's default), else, without a terminal, from the
// default (`--yes`) or as a missing required answer. Steps never touch the terminal.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import type { SeveritySetting } from '../core/findings.js';

/** The philosophy being written: any part may still be missing. */
export type Draft = DeepPartial<Philosophy>;

export type DeepPartial<T> = T extends Array<infer U> ? Array<DeepPartial<U>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Where an answer lives in the philosophy file, e.g. ['values', 'core', 0, 'action']. */
export type Path = ReadonlyArray<string | number>;

export interface QuestionDef<T = unknown> {
  /** The question, in both languages. May contain `{name}` placeholders filled from `data`. */
  message: Bilingual;
  /** One or two lines shown before the question: why it matters, an example. */
  hint?: Bilingual;
  /** A required answer may not be empty; without a terminal and without a default it is
   * reported as missing (exit 2). */
  required?: boolean;
  /** Checks an answer (typed, from the answers file or a default); returns the problem, in the
   * user's language, or undefined when the answer is fine. */
  validate?: (value: T, language: Language) => string | undefined;
}

export interface Choice<T = string> {
  value: T;
  name: string;
  description?: string;
}

export interface AskOptions<T> {
  /** Filled into `{name}` placeholders of message and hint. */
  data?: Record<string, string | number>;
  /** Offered when the draft has no answer yet (the draft's answer always wins). */
  default?: T;
  /** The answer so far is put on the line to edit, not only offered (rewording). */
  editable?: boolean;
  /** Long prose (text only): a lone "e" as the answer opens the user's editor instead. */
  long?: boolean;
  /** A last box of a checkbox (or of a list's ticked entries) that asks for more: ticking it
   * costs nothing in the usual path and is remembered for `followed`. Never stored. */
  followUp?: Bilingual;
  /** A select's last choice, which leaves an optional answer empty (the default while there
   * is no answer). */
  none?: Bilingual;
  /** The question whose follow-up box asks this one: once the box is ticked, this question is
   * put to the user even while another question is in focus (a review's jump). */
  follows?: Path;
}

/** Asks one question and stores the answer in the draft at `path`; returns the answer (or
 * undefined when an optional question was skipped). */
export interface Asker {
  text(q: QuestionDef<string>, path: Path, options?: AskOptions<string>): Promise<string | undefined>;
  /** Several short texts, one per entry. */
  list(q: QuestionDef<string[]>, path: Path, options?: AskOptions<string[]>): Promise<string[]>;
  select<T extends string>(q: QuestionDef<T>, path: Path, choices: ReadonlyArray<Choice<T>>, options?: AskOptions<T>): Promise<T | undefined>;
  /** Several of the choices; `other: true` also lets the user add entries of their own. */
  checkbox<T extends string>(
    q: QuestionDef<T[]>,
    path: Path,
    choices: ReadonlyArray<Choice<T>>,
    options?: AskOptions<T[]> & { other?: boolean },
  ): Promise<T[]>;
  number(q: QuestionDef<number>, path: Path, options?: AskOptions<number>): Promise<number | undefined>;
  /** An answer typed as text and stored as data (a KPI target "≥ 75 %" → {op, value, unit}):
   * `codec` reads the typed text and the answers file, and writes the value back as text. */
  parsed<T>(q: QuestionDef<T>, path: Path, codec: Codec<T>, options?: AskOptions<T>): Promise<T | undefined>;
  /** A yes/no decision that is not stored in the file (e.g. "keep more than five values?"). */
  confirm(q: QuestionDef<boolean>, options?: AskOptions<boolean>): Promise<boolean>;
  /** The follow-up box of the question at `path` was ticked in this run. */
  followed(path: Path): boolean;
  /** Whether an optional follow-up at `path` (one that waits for its box or for an earlier
   * answer in the usual path) is to be asked anyway: where nobody is prompted (the review's
   * listing, an answers file, --yes), and when it is the question in focus. */
  unprompted(path: Path): boolean;
}

export interface Codec<T> {
  /** The typed text as a value, or the problem with it (in the user's language). */
  parse(text: string): { ok: T } | { problem: string };
  /** The value as the user would type it (the default shown, the review screen). */
  format(value: T): string;
  /** A value from the answers file, checked. */
  fromFile(raw: unknown): { ok: T } | { problem: string };
  /** A value that is probably a slip ("FCR 7 %" when 70 % is typical): the question to ask once,
   * and the value probably meant. */
  doubt?(value: T): { question: string; instead: T; keep: string; take: string } | undefined;
}

/** A question as the review screen lists it: where its answer lives, its words and the answer. */
export interface Asked {
  path: Path;
  message: string;
  shown: string;
  required: boolean;
}

export interface StepContext {
  language: Language;
  /** The philosophy so far; answers are written into it by the Asker. */
  draft: Draft;
  ask: Asker;
  /** Shows a line of information (context, a hint, a warning); never a question. */
  say(text: string): void;
  /** Text in the user's language. */
  t(text: Bilingual, data?: Record<string, string | number>): string;
  /** Today as YYYY-MM-DD (PHILOSOPHY_TODAY in tests), for date defaults. */
  today: string;
  /** Each rule's severity as `validate` applies it with the project's config (`off` included);
   * a rule the config does not name keeps its default. */
  severity(ruleId: string): SeveritySetting;
}

export interface Step {
  /** 1..7: the seven steps of the domain, in order. */
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  title: Bilingual;
  /** Two or three sentences shown when the step starts: what it is for. */
  intro: Bilingual;
  /** The step's questions, by id (data, so tests and docs can list them). */
  questions: Record<string, QuestionDef<never>>;
  /** Asks the questions, in order. */
  run(ctx: StepContext): Promise<void>;
  /** A few lines summing up the step's answers, shown when it is done. */
  summary(draft: Draft, language: Language): string[];
}
