// Resolves every answer the same way: the answers file first (checked like a typed answer),
// then the user at a prompt (the draft's earlier answer as default), then, without a terminal,
// the default (with --yes) or a note that a required answer is missing.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill, oneLine } from '../core/text.js';
import type { Prompter } from './prompts.js';
import { parseQuantity } from './answers.js';
import type { AskOptions, Asked, Asker, Choice, Draft, Path, QuestionDef } from './types.js';
import { WIZARD_TEXT } from './text.js';

/** An answer in the answers file that the question rejects: exit 2 with the field named. */
export class AnswerError extends Error {
  constructor(
    readonly path: Path,
    readonly problem: string,
  ) {
    super(`${dotted(path)}: ${problem}`);
    this.name = 'AnswerError';
  }
}

/** How the Asker treats a question:
 * - `ask`: as usual;
 * - `silent`: never prompts; every question keeps the draft's answer and is only recorded
 *   (the review screen's list of questions);
 * - `focus`: prompts only for the question at `path`, and for a question the change brings in
 *   (one `known` did not list, with no answer yet: a new KPI's target, a new channel's hours);
 *   every other question keeps its answer. */
export type AskMode = { kind: 'ask' } | { kind: 'silent' } | { kind: 'focus'; path: string; known: ReadonlySet<string> };

export interface AskerSetup {
  language: Language;
  draft: Draft;
  /** Absent without a terminal. */
  prompter?: Prompter;
  /** The answers file's content, if any. */
  answers?: unknown;
  /** Take defaults for what neither the answers file nor the draft answers. */
  yes: boolean;
  /** Required answers nobody gave (filled in when there is no terminal). */
  missing: Path[];
  /** Called after every stored answer: the runner saves the draft. */
  onAnswer: () => void;
  mode?: AskMode;
  /** Called for every question with a path, with its answer as shown. */
  record?: (asked: Asked) => void;
}

export function dotted(path: Path): string {
  return path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets (or, for undefined, removes) the value at path, creating objects and arrays on the way. */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = node[key];
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}

/** The value of the checkbox entry that asks for entries of the user's own. */
export const OTHER = '\u0000other';
/** The value of the checkbox entry that asks a question's optional follow-up. */
export const FOLLOW = '\u0000follow';
/** The value of the select entry that leaves an optional answer empty. */
export const NONE = '\u0000none';

/** A lone "e" typed as a long answer: the user wants their editor. */
const EDITOR_KEY = /^e$/i;

/** Text from an editor as one answer: lines wrapped by the editor joined again, paragraphs
 * (an empty line between them) kept. */
export function fromEditor(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}

export function createAsker(setup: AskerSetup): Asker {
  const { language } = setup;
  const mode: AskMode = setup.mode ?? { kind: 'ask' };
  // Without a person, or in silent mode, nobody is asked.
  const prompter = mode.kind === 'silent' ? undefined : setup.prompter;
  const t = (text: Bilingual, data?: Record<string, string | number>) => fill(text[language], data);
  const w = (key: keyof typeof WIZARD_TEXT, data?: Record<string, string | number>) => t(WIZARD_TEXT[key], data);

  const store = (path: Path, value: unknown) => {
    setAt(setup.draft as Record<string, unknown>, path, value);
    setup.onAnswer();
  };
  const hint = (q: QuestionDef<never>, data?: Record<string, string | number>) => {
    if (q.hint && prompter && mode.kind === 'ask') prompter.print(`  ${t(q.hint, data)}`);
  };
  const problemOf = <T>(q: QuestionDef<T>, value: T): string | undefined => q.validate?.(value, language);
  const record = (q: QuestionDef<never>, path: Path, data: Record<string, string | number> | undefined, shown: string) =>
    setup.record?.({ path, message: t(q.message, data), shown, required: q.required === true });

  /** Whether this question is put to the user now (focus mode asks only the focused one). */
  function prompts(path: Path, current: unknown, follows?: Path): boolean {
    if (!prompter) return false;
    if (mode.kind !== 'focus') return true;
    const here = dotted(path);
    // A follow-up whose box was just ticked is part of the change.
    if (follows && followed.has(dotted(follows))) return true;
    return here === mode.path || (isEmpty(current) && !mode.known.has(here));
  }

  /** The answer from the answers file, checked like a typed one; undefined when the file does
   * not answer the question. */
  function fromFile<T>(q: QuestionDef<T>, path: Path, check: (raw: unknown) => { ok: T } | { problem: string }): T | undefined {
    if (setup.answers === undefined) return undefined;
    const raw = getAt(setup.answers, path);
    if (raw === undefined || raw === null) return undefined;
    const checked = check(raw);
    if ('problem' in checked) throw new AnswerError(path, checked.problem);
    const problem = q.required && isEmpty(checked.ok) ? w('required') : problemOf(q, checked.ok);
    if (problem) throw new AnswerError(path, problem);
    store(path, checked.ok);
    return checked.ok;
  }

  /** Not asked: the draft's answer; without a terminal, the default with --yes, or "missing". */
  function unattended<T>(q: QuestionDef<T>, path: Path, current: T | undefined, fallback: T | undefined): T | undefined {
    if (mode.kind !== 'ask' || setup.prompter) return isEmpty(current) ? undefined : current;
    const value = current ?? (setup.yes ? fallback : undefined);
    if (value !== undefined && !isEmpty(value)) {
      if (current === undefined) store(path, value);
      return value;
    }
    if (q.required) setup.missing.push(path);
    return undefined;
  }

  // The how-to of list questions is said once per step, not before every list.
  let listHowToShown = false;
  // Questions whose follow-up box was ticked in this run.
  const followed = new Set<string>();
  const followBox = (options: { followUp?: Bilingual; data?: Record<string, string | number> }) =>
    options.followUp ? [{ value: FOLLOW, name: t(options.followUp, options.data), checked: false, quiet: true }] : [];
  /** The ticked values without the follow-up box, which is remembered instead. */
  const takeFollow = <T>(path: Path, values: T[]): T[] => {
    if (!values.includes(FOLLOW as never)) return values;
    followed.add(dotted(path));
    return values.filter((v) => v !== (FOLLOW as never));
  };
  const textCheck = (raw: unknown) =>
    typeof raw === 'string' ? { ok: raw.trim() } : typeof raw === 'number' ? { ok: String(raw) } : { problem: w('notText') };
  const listCheck = (raw: unknown) =>
    Array.isArray(raw) && raw.every((x) => typeof x === 'string' || typeof x === 'number')
      ? { ok: raw.map((x) => String(x).trim()) }
      : { problem: w('notList') };

  /** Entries of the user's own, one per line, until an empty line. */
  async function typeEntries(q: QuestionDef<string[]>, data: Record<string, string | number> | undefined, have: string[], saveAs: Path): Promise<string[]> {
    const items = [...have];
    if (!listHowToShown) prompter!.print(`  ${w('listHowTo')}`);
    listHowToShown = true;
    for (let i = items.length; items.length < MAX_LIST; i++) {
      const answer = (
        await prompter!.input({
          message: `${t(q.message, data)} (${i + 1})`,
          // The Enter that ends the list leaves no "✔ … (n)" line behind.
          vanish: (value) => value.trim() === '',
          validate: (value) => (!value.trim() && q.required && items.length === 0 ? w('required') : true),
        })
      ).trim();
      if (answer === '') break;
      if (answer !== '-') items.push(answer);
      // Saved entry by entry, so Ctrl-C in the middle of a list keeps what was given.
      store(saveAs, items.length ? items : undefined);
    }
    return items;
  }

  const self: Asker = {
    async text(q, path, options = {}) {
      const filed = fromFile(q, path, textCheck);
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string | undefined;
      if (!prompts(path, current, options.follows)) {
        const kept = unattended(q, path, current, options.default);
        record(q as QuestionDef<never>, path, options.data, kept ?? '');
        return kept;
      }
      hint(q as QuestionDef<never>, options.data);
      const long = options.long === true && prompter!.editor !== undefined;
      // Outside a step's run (a question in focus) the hint is not shown: the way to the editor is.
      if (long && mode.kind !== 'ask') prompter!.print(`  ${w('editorHow')}`);
      const shown = current ?? options.default;
      const check = (value: string): true | string => {
        const trimmed = value.trim();
        if (!trimmed || trimmed === '-') return q.required ? w('required') : true;
        return problemOf(q, trimmed) ?? true;
      };
      let answer: string;
      for (let editorOk = long; ; ) {
        answer = (
          await prompter!.input({
            message: t(q.message, options.data),
            ...(shown !== undefined ? { default: shown } : {}),
            ...(options.editable ? { editable: true } : {}),
            // The "e" that opens the editor is no answer: its line goes, the editor's comes.
            ...(editorOk ? { vanish: (value: string) => EDITOR_KEY.test(value.trim()) } : {}),
            validate: (value) => (editorOk && EDITOR_KEY.test(value.trim()) ? true : check(value)),
          })
        ).trim();
        if (!editorOk || !EDITOR_KEY.test(answer)) break;
        // The editor starts with the answer so far; what is saved there is checked like a typed
        // answer (the editor prompt reopens it on a problem) and stored like one.
        const written = await prompter!.editor!({
          message: t(q.message, options.data),
          ...(shown !== undefined ? { default: shown } : {}),
          validate: (text) => check(fromEditor(text)),
        });
        if (written === undefined) {
          // No editor to start: said once, and the question is asked again on its line.
          prompter!.print(`  ${w('noEditor')}`);
          editorOk = false;
          continue;
        }
        answer = fromEditor(written);
        // The editor's prompt closes without the text: it is shown below it, on one line.
        if (answer) prompter!.print(`  ${oneLine(answer, 300)}`);
        break;
      }
      // Empty (or a lone "-") clears an optional answer; it is never stored as text.
      const value = answer === '' || answer === '-' ? undefined : answer;
      store(path, value);
      return value;
    },

    async list(q, path, options = {}) {
      const filed = fromFile(q, path, listCheck);
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string[] | undefined;
      if (!prompts(path, current, options.follows)) {
        const kept = unattended(q, path, current, options.default) ?? [];
        record(q as QuestionDef<never>, path, options.data, kept.join(' · '));
        return kept;
      }
      hint(q as QuestionDef<never>, options.data);
      const offered = unique(current?.length ? current : (options.default ?? []));
      let items: string[] = [];
      if (offered.length) {
        // Earlier entries and suggestions are ticked boxes: Enter keeps them, Space drops one,
        // and the last box adds entries of the user's own.
        const ticked = takeFollow(
          path,
          await prompter!.checkbox({
            message: t(q.message, options.data),
            choices: [...offered.map((v) => ({ value: v, name: v, checked: true })), { value: OTHER, name: w('addOwn'), checked: false, quiet: true }, ...followBox(options)],
            validate: (values) => (q.required && values.filter((v) => v !== FOLLOW).length === 0 ? w('required') : true),
          }),
        );
        items = ticked.filter((v) => v !== OTHER);
        store(path, items.length ? items : undefined);
        if (ticked.includes(OTHER)) items = await typeEntries(q, options.data, items, path);
      } else items = await typeEntries(q, options.data, [], path);
      const problem = problemOf(q, items);
      if (problem) prompter!.print(`  ${problem}`);
      store(path, items.length ? items : undefined);
      return items;
    },

    async select(q, path, choices, options = {}) {
      const allowed = choices.map((c) => c.value);
      // A choice that leaves the answer empty: the default while there is none.
      const all = options.none ? [...choices, { value: NONE as (typeof allowed)[number], name: t(options.none) }] : choices;
      const filed = fromFile(q, path, (raw) =>
        typeof raw === 'string' && (allowed as readonly string[]).includes(raw)
          ? { ok: raw as (typeof allowed)[number] }
          : { problem: w('oneOf', { allowed: allowed.join(', ') }) },
      );
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as (typeof allowed)[number] | undefined;
      if (!prompts(path, current)) {
        const kept = unattended(q, path, current, options.default);
        record(q as QuestionDef<never>, path, options.data, kept === undefined ? '' : (choices.find((c) => c.value === kept)?.name ?? kept));
        return kept;
      }
      hint(q as QuestionDef<never>, options.data);
      const preset = current ?? options.default ?? (options.none ? (NONE as (typeof allowed)[number]) : undefined);
      const answer = await prompter!.select({
        message: t(q.message, options.data),
        choices: all.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        ...(preset !== undefined ? { default: preset } : {}),
      });
      if (answer === NONE) {
        store(path, undefined);
        return undefined;
      }
      store(path, answer);
      return answer;
    },

    async checkbox(q, path, choices, options = {}) {
      const filed = fromFile(q, path, listCheck as (raw: unknown) => { ok: never } | { problem: string });
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string[] | undefined;
      if (!prompts(path, current)) {
        const kept = (unattended(q, path, current as never, options.default) ?? []) as string[];
        record(q as QuestionDef<never>, path, options.data, kept.map((v) => choices.find((c) => c.value === v)?.name ?? v).join(', '));
        return kept as never;
      }
      hint(q as QuestionDef<never>, options.data);
      const selected = new Set<string>(current ?? options.default ?? []);
      const known = new Set<string>(choices.map((c) => c.value));
      const all: Array<Choice<string>> = [...choices, ...[...selected].filter((v) => !known.has(v)).map((v) => ({ value: v, name: v }))];
      // Entries of the user's own come through the last box: only when it is ticked does a
      // line for them appear.
      if (options.other) all.push({ value: OTHER, name: w('addOwn') });
      if (options.followUp) all.push({ value: FOLLOW, name: t(options.followUp, options.data) });
      let answer = takeFollow(
        path,
        await prompter!.checkbox({
          message: t(q.message, options.data),
          choices: all.map((c) => ({
            value: c.value,
            name: c.name,
            checked: selected.has(c.value),
            ...(c.value === OTHER || c.value === FOLLOW ? { quiet: true } : {}),
            ...(c.description ? { description: c.description } : {}),
          })),
          validate: (values) => (q.required && values.filter((v) => v !== FOLLOW).length === 0 ? w('required') : true),
        }),
      );
      if (answer.includes(OTHER)) {
        answer = answer.filter((v) => v !== OTHER);
        const more = await prompter!.input({
          message: w('others'),
          // With nothing else ticked, a required question needs an entry of the user's own here.
          validate: (value) => (q.required && answer.length === 0 && !value.trim() ? w('required') : true),
        });
        const extra = more
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter((s) => s && s !== '-' && !answer.includes(s));
        answer = [...answer, ...extra];
      }
      const problem = problemOf(q, answer as never);
      if (problem) prompter!.print(`  ${problem}`);
      store(path, answer.length ? answer : undefined);
      return answer as never;
    },

    async number(q, path, options = {}) {
      const filed = fromFile(q, path, (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? { ok: raw } : { problem: w('notNumber') }));
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as number | undefined;
      if (!prompts(path, current)) {
        const kept = unattended(q, path, current, options.default);
        record(q as QuestionDef<never>, path, options.data, kept === undefined ? '' : formatNumber(kept, language));
        return kept;
      }
      hint(q as QuestionDef<never>, options.data);
      const shown = current ?? options.default;
      const answer = await prompter!.input({
        message: t(q.message, options.data),
        ...(shown !== undefined ? { default: formatNumber(shown, language) } : {}),
        validate: (value) => {
          if (!value.trim() || value.trim() === '-') return q.required ? w('required') : true;
          const n = parseNumber(value);
          if (n === undefined) return w('notNumber');
          return problemOf(q, n) ?? true;
        },
      });
      const n = answer.trim() && answer.trim() !== '-' ? parseNumber(answer) : undefined;
      store(path, n);
      return n;
    },

    async parsed(q, path, codec, options = {}) {
      const filed = fromFile(q, path, (raw) => codec.fromFile(raw));
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as never;
      if (!prompts(path, current)) {
        const kept = unattended(q, path, current, options.default);
        record(q as QuestionDef<never>, path, options.data, kept === undefined ? '' : codec.format(kept));
        return kept;
      }
      hint(q as QuestionDef<never>, options.data);
      const shown = current ?? options.default;
      const answer = (
        await prompter!.input({
          message: t(q.message, options.data),
          ...(shown !== undefined ? { default: codec.format(shown) } : {}),
          validate: (value) => {
            if (!value.trim() || value.trim() === '-') return q.required ? w('required') : true;
            const read = codec.parse(value);
            return 'problem' in read ? read.problem : (problemOf(q, read.ok) ?? true);
          },
        })
      ).trim();
      if (answer === '' || answer === '-') {
        store(path, undefined);
        return undefined;
      }
      const read = codec.parse(answer);
      if ('problem' in read) return undefined;
      let value = read.ok;
      // A value far off the scale is asked about once: the likely meaning first.
      const doubt = codec.doubt?.(value);
      if (doubt) {
        const take = await prompter!.select({
          message: doubt.question,
          choices: [
            { value: true, name: doubt.take },
            { value: false, name: doubt.keep },
          ],
          default: true,
        });
        if (take) value = doubt.instead;
      }
      store(path, value);
      return value;
    },

    async confirm(q, options = {}) {
      if (!prompter || mode.kind !== 'ask') return options.default ?? false;
      hint(q as QuestionDef<never>, options.data);
      return prompter.confirm({ message: t(q.message, options.data), default: options.default ?? false });
    },

    followed(path) {
      return followed.has(dotted(path));
    },

    unprompted(path) {
      if (!prompter) return true;
      return mode.kind === 'focus' && mode.path === dotted(path);
    },
  };
  return self;
}

/** Entries per list: far more than any philosophy needs, and a bound on a stuck key. */
const MAX_LIST = 50;

/** "5,5" (German) and "5.5" both mean five and a half; a unit after the number ("5 points",
 * "90 %") is read and dropped. */
export function parseNumber(text: string): number | undefined {
  return parseQuantity(text)?.value;
}

/** A number as the user writes it: "5,5" in German. */
function formatNumber(n: number, language: Language): string {
  return language === 'de' ? String(n).replace('.', ',') : String(n);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export type { AskOptions };
