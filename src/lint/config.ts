// `.philosophyrc.yaml`: rule severities, per-file overrides and loader limits. Every mistake in
// it is exit 2 with a message naming the file: a typo in a rule id must never silently switch
// a rule off.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Language } from '../model/constants.js';
import type { LoadLimits } from '../model/load.js';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { closest, oneLine } from './text.js';
import type { SeveritySetting } from './types.js';

export const CONFIG_NAME = '.philosophyrc.yaml';

export interface Override {
  files: string[];
  rules: Record<string, SeveritySetting>;
}

export interface Config {
  /** Absolute path of the file read, if any. */
  path?: string;
  /** Folder that override globs are relative to. */
  base: string;
  rules: Record<string, SeveritySetting>;
  overrides: Override[];
  limits: Partial<LoadLimits>;
  /** Folder of template overrides, relative to the config file (used by `render`). */
  templates?: string;
}

const KEYS = ['rules', 'overrides', 'limits', 'templates'];
const LIMIT_KEYS = ['maxFileSize', 'maxAliasCount', 'maxDepth', 'maxEntries'] as const;
const SEVERITIES = ['off', 'warn', 'error'];

/** Finds `.philosophyrc.yaml` in cwd or a parent folder (stopping at a git root). */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(cwd: string, language: Language, explicit?: string): Promise<Config> {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  const empty: Config = { base: resolve(cwd), rules: {}, overrides: [], limits: {} };
  if (!path) return empty;
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(t(language, 'config.unreadable', { path: shown, reason: reasonOf(error, language) }));
  }
  const { parseDocument, LineCounter } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new CliError(
      t(language, 'config.invalidYaml', { path: shown, line: pos.line, column: pos.col, detail: oneLine(first.message.split('\n')[0] ?? '', 80) }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (error) {
    // An alias bomb or an alias to nothing.
    throw new CliError(t(language, 'config.invalidYaml', { path: shown, line: 1, column: 1, detail: oneLine(error instanceof Error ? error.message : String(error), 80) }));
  }
  if (!isRecord(data)) throw new CliError(t(language, 'config.notAMap', { path: shown }));
  for (const key of Object.keys(data)) {
    if (!KEYS.includes(key)) throw new CliError(t(language, 'config.unknownKey', { path: shown, key: oneLine(key, 40), allowed: KEYS.join(', ') }));
  }
  const config: Config = { path, base: dirname(path), rules: {}, overrides: [], limits: {} };
  config.rules = await readRules(data['rules'], shown, language);
  if (data['overrides'] !== undefined) {
    if (!Array.isArray(data['overrides'])) throw new CliError(t(language, 'config.badOverride', { path: shown }));
    for (const entry of data['overrides']) {
      const files = isRecord(entry) ? entry['files'] : undefined;
      const list = typeof files === 'string' ? [files] : files;
      if (!isRecord(entry) || !Array.isArray(list) || !list.every((f) => typeof f === 'string') || !isRecord(entry['rules'])) {
        throw new CliError(t(language, 'config.badOverride', { path: shown }));
      }
      config.overrides.push({ files: list as string[], rules: await readRules(entry['rules'], shown, language) });
    }
  }
  if (data['limits'] !== undefined) {
    const limits = data['limits'];
    if (!isRecord(limits)) throw new CliError(t(language, 'config.badLimit', { path: shown, key: '*' }));
    for (const [key, value] of Object.entries(limits)) {
      if (!(LIMIT_KEYS as readonly string[]).includes(key)) {
        throw new CliError(t(language, 'config.unknownKey', { path: shown, key: `limits.${oneLine(key, 40)}`, allowed: LIMIT_KEYS.join(', ') }));
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new CliError(t(language, 'config.badLimit', { path: shown, key }));
      config.limits[key as (typeof LIMIT_KEYS)[number]] = value;
    }
  }
  if (typeof data['templates'] === 'string') config.templates = resolve(config.base, data['templates']);
  return config;
}

async function readRules(value: unknown, shown: string, language: Language): Promise<Record<string, SeveritySetting>> {
  if (value === undefined || value === null) return {};
  // The registry is loaded only for a config that names rules.
  const { RULES, isConfigurable } = await import('../rules/index.js');
  if (!isRecord(value)) throw new CliError(t(language, 'config.notAMap', { path: shown }));
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!isConfigurable(id)) {
      const suggestion = closest(id, [...RULES.map((r) => r.meta.id), 'disable-directive']);
      throw new CliError(
        t(language, 'config.unknownRule', {
          path: shown,
          rule: oneLine(id, 60),
          suggestion: suggestion ? t(language, 'config.didYouMean', { suggestion }) : '',
        }),
      );
    }
    if (typeof setting !== 'string' || !SEVERITIES.includes(setting)) {
      throw new CliError(t(language, 'config.badSeverity', { path: shown, rule: id, value: oneLine(String(setting), 40) }));
    }
    rules[id] = setting as SeveritySetting;
  }
  return rules;
}

/** The severities for one file: the config's rules, then every override whose glob matches. */
export async function rulesFor(config: Config, absoluteFile: string): Promise<Record<string, SeveritySetting>> {
  if (!config.overrides.length) return config.rules;
  const rel = relative(config.base, absoluteFile).split(sep).join('/');
  const { default: picomatch } = await import('picomatch');
  let rules = config.rules;
  for (const o of config.overrides) {
    if (picomatch(o.files, { dot: true })(rel)) rules = { ...rules, ...o.rules };
  }
  return rules;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REASONS: Record<string, Record<Language, string>> = {
  ENOENT: { en: 'no such file', de: 'Datei existiert nicht' },
  EACCES: { en: 'permission denied', de: 'keine Berechtigung' },
  EISDIR: { en: 'it is a folder', de: 'das ist ein Ordner' },
  ELOOP: { en: 'too many symbolic links (a loop?)', de: 'zu viele symbolische Links (eine Schleife?)' },
  ENOTDIR: { en: 'a part of the path is not a folder', de: 'ein Teil des Pfads ist kein Ordner' },
  EMFILE: { en: 'too many open files', de: 'zu viele offene Dateien' },
  ENOSPC: { en: 'no space left on the device', de: 'kein Platz mehr auf dem Datenträger' },
  EROFS: { en: 'read-only file system', de: 'schreibgeschütztes Dateisystem' },
  EPERM: { en: 'operation not permitted', de: 'Vorgang nicht erlaubt' },
};

/** A short reason for a failed file operation, in the user's language. */
export function reasonOf(error: unknown, language: Language = 'en'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code ? REASONS[code] : undefined;
  return known ? known[language] : oneLine(error instanceof Error ? error.message : String(error), 120);
}
