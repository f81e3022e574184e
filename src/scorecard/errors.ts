// What goes wrong with an export, as data: a message key of words.ts and the facts to fill in.
// The command turns it into a CliError (exit 2) in the reader's language.
import type { MessageKey } from './words.js';

export class ScorecardError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'ScorecardError';
  }
}
