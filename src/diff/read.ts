// Reading one version of a philosophy for the diff: the same loader, schema check and rules as
// `philosophy validate`, so both sides are judged alike. The one place that knows how.
import type { Config } from '../lint/config.js';
import { rulesFor } from '../lint/config.js';
import { lintWithModel } from '../lint/lint-source.js';
import type { FileResult, Finding } from '../core/findings.js';
import type { Language } from '../model/constants.js';
import { DEFAULT_LIMITS } from '../model/load.js';
import type { Philosophy } from '../model/schema.js';

export interface ReadOptions {
  /** The path as the reader sees it. */
  file: string;
  /** Where the file lives (or lived) in the working tree: picks the config's overrides. */
  absolutePath: string;
  language: Language;
  today: string;
  config: Config;
}

export interface Version {
  /** Undefined when the file cannot be read or does not match the format. */
  model: Philosophy | undefined;
  result: FileResult;
}

export async function readVersion(bytes: Uint8Array, options: ReadOptions): Promise<Version> {
  const rules = await rulesFor(options.config, options.absolutePath);
  const limits = { ...DEFAULT_LIMITS, ...options.config.limits };
  const linted = lintWithModel(bytes, { file: options.file, absolutePath: options.absolutePath, language: options.language, today: options.today, rules, limits });
  return { model: linted.model, result: linted.result };
}

/** What makes a finding the same one in both versions: its rule and its words (its line moves
 * whenever anything above it changes). */
function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.message}`;
}

/** Findings of `after` that `before` had not, and the reverse. */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): { introduced: Finding[]; resolved: Finding[] } {
  const count = (list: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
    return m;
  };
  const pick = (list: readonly Finding[], other: Map<string, number>) => {
    const left = new Map(other);
    return list.filter((f) => {
      const k = findingKey(f);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        return false;
      }
      return true;
    });
  };
  return { introduced: pick(after, count(before)), resolved: pick(before, count(after)) };
}
