// The words of the exported documents: one catalog per language (templates/<lang>/messages.yaml),
// so each document has one layout and German can still phrase things its own way. A team's
// template folder may hold a messages.yaml of its own (DIR/<lang>/ or DIR/) with some keys;
// those win, the rest come from the built-in catalog.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Language } from '../model/constants.js';
import { BUILTIN_TEMPLATES, templateRoots, type TemplateLookup } from './templates.js';

export type Messages = Readonly<Record<string, string>>;

/** A messages file that cannot be used: not a map of texts, or a key the documents do not know. */
export class MessagesError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'MessagesError';
  }
}

const BUILTIN = new Map<Language, Messages>();

function readCatalog(path: string, known?: Messages): Record<string, string> {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MessagesError(path, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new MessagesError(path, 'expected a map of key: text');
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(data as Record<string, unknown>)) {
    if (typeof text !== 'string') throw new MessagesError(path, `"${key}" is not a text`);
    if (known && !(key in known)) throw new MessagesError(path, `unknown key "${key}"`);
    out[key] = text;
  }
  return out;
}

/** The built-in catalog of a language. */
export function builtinMessages(language: Language): Messages {
  let messages = BUILTIN.get(language);
  if (!messages) {
    messages = Object.freeze(readCatalog(join(BUILTIN_TEMPLATES, language, 'messages.yaml')));
    BUILTIN.set(language, messages);
  }
  return messages;
}

/** The catalog for a rendering: the built-in one with a team's keys laid over it. */
export function loadMessages(lookup: TemplateLookup): Messages {
  const builtin = builtinMessages(lookup.language);
  if (!lookup.templatesDir) return builtin;
  const merged: Record<string, string> = { ...builtin };
  const own = templateRoots(lookup).filter((dir) => !dir.startsWith(BUILTIN_TEMPLATES));
  // The shared folder first, so DIR/<lang>/messages.yaml wins over DIR/messages.yaml.
  for (const dir of own.reverse()) {
    const path = join(dir, 'messages.yaml');
    if (existsSync(path)) Object.assign(merged, readCatalog(path, builtin));
  }
  return merged;
}

/** The text of `key` with its {placeholders} filled; the key itself when the catalog lacks it
 * (a test checks that every key the built-in templates use exists in both languages). */
export function message(messages: Messages, key: string, data: Readonly<Record<string, string | number>> = {}): string {
  const text = messages[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
