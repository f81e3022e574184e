import type { Language } from '../core/bilingual.js';
import { fill } from '../core/text.js';
import { de } from './de.js';
import { en, type MessageKey } from './en.js';

export type { MessageKey };

const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, de };

export function t(language: Language, key: MessageKey, data?: Record<string, string | number>): string {
  return fill(CATALOGS[language][key], data);
}

/** `--lang` wins; else the POSIX locale variables in their order of precedence; else English. */
export function detectLanguage(env: Record<string, string | undefined>, flag?: string): Language {
  if (flag === 'de' || flag === 'en') return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value) continue;
    return /^de([_.@-]|$)/i.test(value) ? 'de' : 'en';
  }
  return 'en';
}

export const MESSAGE_CATALOGS = CATALOGS;
