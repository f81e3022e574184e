// Resolves every answer the same way: the answers file first (checked like a typed answer),
// then the user at a prompt (the draft's earlier answer as default), then, without a terminal,
// the default (with --yes) or a note that a required answer is missing.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill } from '../core/text.js';
import type { Prompter } from './prompts.js';
import type { AskOptions, Asker, Choice, Draft, Path, QuestionDef } from './types.js';
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

export function createAsker(setup: AskerSetup): Asker {
  const { language, prompter } = setup;
  const t = (text: Bilingual, data?: Record<string, string | number>) => fill(text[language], data);
  const w = (key: keyof typeof WIZARD_TEXT, data?: Record<string, string | number>) => t(WIZARD_TEXT[key], data);

  const store = (path: Path, value: unknown) => {
    setAt(setup.draft as Record<string, unknown>, path, value);
    setup.onAnswer();
  };
  const hint = (q: QuestionDef<never>, data?: Record<string, string | number>) => {
    if (q.hint && prompter) prompter.print(`  ${t(q.hint, data)}`);
  };
  const problemOf = <T>(q: QuestionDef<T>, value: T): string | undefined => q.validate?.(value, language);

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

  /** Without a terminal: the draft's answer, or the default with --yes, or "missing". */
  function unattended<T>(q: QuestionDef<T>, path: Path, current: T | undefined, fallback: T | undefined): T | undefined {
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
  const textCheck = (raw: unknown) =>
    typeof raw === 'string' ? { ok: raw.trim() } : typeof raw === 'number' ? { ok: String(raw) } : { problem: w('notText') };
  const listCheck = (raw: unknown) =>
    Array.isArray(raw) && raw.every((x) => typeof x === 'string' || typeof x === 'number')
      ? { ok: raw.map((x) => String(x).trim()) }
      : { problem: w('notList') };

  return {
    async text(q, path, options = {}) {
      const filed = fromFile(q, path, textCheck);
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string | undefined;
      if (!prompter) return unattended(q, path, current, options.default);
      hint(q as QuestionDef<never>, options.data);
      const answer = (
        await prompter.input({
          message: t(q.message, options.data),
          ...((current ?? options.default) !== undefined ? { default: current ?? options.default } : {}),
          validate: (value) => {
            const trimmed = value.trim();
            if (!trimmed) return q.required ? w('required') : true;
            return problemOf(q, trimmed) ?? true;
          },
        })
      ).trim();
      store(path, answer === '' ? undefined : answer);
      return answer === '' ? undefined : answer;
    },

    async list(q, path, options = {}) {
      const filed = fromFile(q, path, listCheck);
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string[] | undefined;
      if (!prompter) return unattended(q, path, current, options.default) ?? [];
      hint(q as QuestionDef<never>, options.data);
      const existing = current ?? options.default ?? [];
      const items: string[] = [];
      if (!listHowToShown || existing.length) prompter.print(`  ${w(existing.length ? 'listKeep' : 'listHowTo')}`);
      listHowToShown = true;
      for (let i = 0; ; i++) {
        const previous = existing[i];
        const answer = (
          await prompter.input({
            message: `${t(q.message, options.data)} (${i + 1})`,
            ...(previous !== undefined ? { default: previous } : {}),
            validate: (value) => {
              if (!value.trim() && q.required && items.length === 0 && previous === undefined) return w('required');
              return true;
            },
          })
        ).trim();
        if (answer === '') {
          if (previous === undefined) break;
        } else if (answer !== '-') items.push(answer);
        // Saved entry by entry (with the entries not yet reviewed), so Ctrl-C in the middle of
        // a list keeps what was given.
        const sofar = [...items, ...existing.slice(i + 1)];
        store(path, sofar.length ? sofar : undefined);
        if (items.length >= MAX_LIST) break;
      }
      const problem = problemOf(q, items);
      if (problem) prompter.print(`  ${problem}`);
      store(path, items.length ? items : undefined);
      return items;
    },

    async select(q, path, choices, options = {}) {
      const allowed = choices.map((c) => c.value);
      const filed = fromFile(q, path, (raw) =>
        typeof raw === 'string' && (allowed as readonly string[]).includes(raw)
          ? { ok: raw as (typeof allowed)[number] }
          : { problem: w('oneOf', { allowed: allowed.join(', ') }) },
      );
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as (typeof allowed)[number] | undefined;
      if (!prompter) return unattended(q, path, current, options.default);
      hint(q as QuestionDef<never>, options.data);
      const answer = await prompter.select({
        message: t(q.message, options.data),
        choices: choices.map((c) => ({ value: c.value, name: c.name, ...(c.description ? { description: c.description } : {}) })),
        ...((current ?? options.default) !== undefined ? { default: current ?? options.default } : {}),
      });
      store(path, answer);
      return answer;
    },

    async checkbox(q, path, choices, options = {}) {
      const filed = fromFile(q, path, listCheck as (raw: unknown) => { ok: never } | { problem: string });
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as string[] | undefined;
      if (!prompter) return unattended(q, path, current as never, options.default) ?? [];
      hint(q as QuestionDef<never>, options.data);
      const selected = new Set<string>(current ?? options.default ?? []);
      const known = new Set<string>(choices.map((c) => c.value));
      const all: Array<Choice<string>> = [...choices, ...[...selected].filter((v) => !known.has(v)).map((v) => ({ value: v, name: v }))];
      let answer = await prompter.checkbox({
        message: t(q.message, options.data),
        choices: all.map((c) => ({ value: c.value, name: c.name, checked: selected.has(c.value), ...(c.description ? { description: c.description } : {}) })),
        validate: (values) => (q.required && values.length === 0 && !options.other ? w('required') : true),
      });
      if (options.other) {
        const more = await prompter.input({
          message: w('others'),
          // With nothing ticked, a required question needs an entry of the user's own here.
          validate: (value) => (q.required && answer.length === 0 && !value.trim() ? w('required') : true),
        });
        const extra = more
          .split(/[,;]/)
          .map((s) => s.trim())
          .filter((s) => s && !answer.includes(s));
        answer = [...answer, ...extra];
      }
      const problem = problemOf(q, answer as never);
      if (problem) prompter.print(`  ${problem}`);
      store(path, answer.length ? answer : undefined);
      return answer as never;
    },

    async number(q, path, options = {}) {
      const filed = fromFile(q, path, (raw) => (typeof raw === 'number' && Number.isFinite(raw) ? { ok: raw } : { problem: w('notNumber') }));
      if (filed !== undefined) return filed;
      const current = getAt(setup.draft, path) as number | undefined;
      if (!prompter) return unattended(q, path, current, options.default);
      hint(q as QuestionDef<never>, options.data);
      const shown = current ?? options.default;
      const answer = await prompter.input({
        message: t(q.message, options.data),
        ...(shown !== undefined ? { default: String(shown) } : {}),
        validate: (value) => {
          if (!value.trim()) return q.required ? w('required') : true;
          const n = parseNumber(value);
          if (n === undefined) return w('notNumber');
          return problemOf(q, n) ?? true;
        },
      });
      const n = answer.trim() ? parseNumber(answer) : undefined;
      store(path, n);
      return n;
    },

    async confirm(q, options = {}) {
      if (!prompter) return options.default ?? false;
      hint(q as QuestionDef<never>, options.data);
      return prompter.confirm({ message: t(q.message, options.data), default: options.default ?? false });
    },
  };
}

/** Entries per list: far more than any philosophy needs, and a bound on a stuck key. */
const MAX_LIST = 50;

/** "5,5" (German) and "5.5" both mean five and a half. */
export function parseNumber(text: string): number | undefined {
  const normalized = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalized)) return undefined;
  return Number(normalized);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export type { AskOptions };
