// `.philosophyrc.yaml`: rule severities, per-file overrides and loader limits. It is read like a
// philosophy file (src/io/side-file.ts), and every mistake in it is exit 2 with a message naming
// the file and the line: a typo in a rule id must never silently switch a rule off.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SideFile } from '../io/side-file.js';
import type { Language } from '../model/constants.js';
import type { LoadLimits } from '../model/load.js';
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
  /** Settings of `philosophy scorecard`. */
  scorecard?: ScorecardConfig;
}

export interface ScorecardConfig {
  /** Column map for any other ticket CSV: view field (camelCase) -> header. */
  columns?: Record<string, string>;
  minSample?: number;
  nearBand?: number;
  timeZone?: string;
}

const SCORECARD_KEYS = ['columns', 'minSample', 'nearBand', 'timeZone'];
const COLUMN_KEYS = ['id', 'createdAt', 'solvedAt', 'status', 'channel', 'rating', 'firstReplyMinutes', 'firstReplyBusinessMinutes', 'resolutionMinutes', 'resolutionBusinessMinutes', 'replies', 'reopens', 'handleMinutes'];

const KEYS = ['rules', 'overrides', 'limits', 'templates', 'scorecard'];
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
  const { readSideFile } = await import('../io/side-file.js');
  const file: SideFile = readSideFile(path, 'config', { cwd, language }, { emptyAllowed: true });
  const data = file.data ?? {};
  if (!isRecord(data)) file.refuseAt(t(language, 'config.notAMap'), []);
  for (const key of Object.keys(data)) {
    if (!KEYS.includes(key)) file.refuseAt(unknownKey(key, KEYS, language), [key], true);
  }
  const config: Config = { path, base: dirname(path), rules: {}, overrides: [], limits: {} };
  config.rules = await readRules(data['rules'], ['rules'], file, language);
  if (data['overrides'] !== undefined) {
    if (!Array.isArray(data['overrides'])) file.refuseAt(t(language, 'config.badOverride'), ['overrides']);
    for (const [i, entry] of data['overrides'].entries()) {
      const files = isRecord(entry) ? entry['files'] : undefined;
      const list = typeof files === 'string' ? [files] : files;
      if (!isRecord(entry) || !Array.isArray(list) || !list.every((f) => typeof f === 'string') || !isRecord(entry['rules'])) {
        file.refuseAt(t(language, 'config.badOverride'), ['overrides', i]);
      }
      config.overrides.push({ files: list as string[], rules: await readRules(entry['rules'], ['overrides', i, 'rules'], file, language) });
    }
  }
  if (data['limits'] !== undefined) {
    const limits = data['limits'];
    if (!isRecord(limits)) file.refuseAt(t(language, 'config.badLimit', { key: '*' }), ['limits']);
    for (const [key, value] of Object.entries(limits)) {
      if (!(LIMIT_KEYS as readonly string[]).includes(key)) file.refuseAt(unknownKey(`limits.${key}`, LIMIT_KEYS.map((k) => `limits.${k}`), language), ['limits', key], true);
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) file.refuseAt(t(language, 'config.badLimit', { key }), ['limits', key]);
      config.limits[key as (typeof LIMIT_KEYS)[number]] = value;
    }
  }
  if (data['templates'] !== undefined) {
    if (typeof data['templates'] !== 'string' || !data['templates']) file.refuseAt(t(language, 'config.badTemplates'), ['templates']);
    config.templates = resolve(config.base, data['templates']);
  }
  if (data['scorecard'] !== undefined) config.scorecard = readScorecard(data['scorecard'], file, language);
  return config;
}

function readScorecard(value: unknown, file: SideFile, language: Language): ScorecardConfig {
  const bad = (key: string, what: Record<Language, string>, at: Array<string | number>): never =>
    file.refuseAt(t(language, 'config.badScorecard', { key, what: what[language] }), ['scorecard', ...at]);
  if (!isRecord(value)) return bad('*', { en: 'a map', de: 'eine Zuordnung' }, []);
  const out: ScorecardConfig = {};
  for (const [key, v] of Object.entries(value)) {
    if (!SCORECARD_KEYS.includes(key)) file.refuseAt(unknownKey(`scorecard.${key}`, SCORECARD_KEYS.map((k) => `scorecard.${k}`), language), ['scorecard', key], true);
    if (key === 'columns') {
      if (!isRecord(v)) bad(key, { en: 'a map from field to column header', de: 'eine Zuordnung von Feld zu Spaltenname' }, [key]);
      for (const [field, header] of Object.entries(v as Record<string, unknown>)) {
        if (!COLUMN_KEYS.includes(field)) file.refuseAt(unknownKey(`scorecard.columns.${field}`, COLUMN_KEYS.map((k) => `scorecard.columns.${k}`), language), ['scorecard', key, field], true);
        if (typeof header !== 'string' || !header) bad(`columns.${field}`, { en: 'a column header', de: 'ein Spaltenname' }, [key, field]);
      }
      out.columns = v as Record<string, string>;
    } else if (key === 'minSample') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) bad(key, { en: 'a whole number of 1 or more', de: 'eine ganze Zahl ab 1' }, [key]);
      out.minSample = v as number;
    } else if (key === 'nearBand') {
      if (typeof v !== 'number' || v < 0 || v > 100) bad(key, { en: 'a percentage from 0 to 100', de: 'ein Prozentwert von 0 bis 100' }, [key]);
      out.nearBand = v as number;
    } else if (key === 'timeZone') {
      let ok = typeof v === 'string' && v !== '';
      try {
        if (ok) new Intl.DateTimeFormat('en', { timeZone: v as string });
      } catch {
        ok = false;
      }
      if (!ok) bad(key, { en: 'a time zone such as Europe/Berlin', de: 'eine Zeitzone wie Europe/Berlin' }, [key]);
      out.timeZone = v as string;
    }
  }
  return out;
}

function unknownKey(key: string, allowed: readonly string[], language: Language): string {
  const suggestion = closest(key, allowed);
  return t(language, 'config.unknownKey', {
    key: oneLine(key, 40),
    suggestion: suggestion ? t(language, 'config.didYouMean', { suggestion }) : '',
    allowed: allowed.join(', '),
  });
}

async function readRules(value: unknown, at: Array<string | number>, file: SideFile, language: Language): Promise<Record<string, SeveritySetting>> {
  if (value === undefined || value === null) return {};
  // The registry is loaded only for a config that names rules.
  const { RULES, isConfigurable } = await import('../rules/index.js');
  if (!isRecord(value)) file.refuseAt(t(language, 'config.notAMap'), at);
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (!isConfigurable(id)) {
      const suggestion = closest(id, [...RULES.map((r) => r.meta.id), 'disable-directive']);
      file.refuseAt(
        t(language, 'config.unknownRule', { rule: oneLine(id, 60), suggestion: suggestion ? t(language, 'config.didYouMean', { suggestion }) : '' }),
        [...at, id],
        true,
      );
    }
    if (typeof setting !== 'string' || !SEVERITIES.includes(setting)) {
      file.refuseAt(t(language, 'config.badSeverity', { rule: id, value: oneLine(String(setting), 40) }), [...at, id]);
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
    let matches = MATCHERS.get(o);
    if (!matches) MATCHERS.set(o, (matches = picomatch(o.files, { dot: true })));
    if (matches(rel)) rules = { ...rules, ...o.rules };
  }
  return rules;
}

// One compiled matcher per override, not one per override and file.
const MATCHERS = new WeakMap<Override, (path: string) => boolean>();

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
