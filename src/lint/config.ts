// `.philosophyrc.yaml`: rule severities, per-file overrides and loader limits. It is read like a
// philosophy file (src/io/side-file.ts), and every mistake in it is exit 2 with a message naming
// the file and the line: a typo in a rule id must never silently switch a rule off.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SideFile } from '../io/side-file.js';
import type { Language } from '../model/constants.js';
import type { LoadLimits } from '../model/load.js';
import { t } from '../i18n/index.js';
import { closest, oneLine } from '../core/text.js';
import type { SeveritySetting } from '../core/findings.js';
import { pointerSegments } from '../model/load.js';
import { schema as configSchema, validate as generatedValidate } from './validate-config.generated.js';

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
  /** Settings of `philosophy export`. */
  export?: { formal?: boolean };
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

const KEYS = ['rules', 'overrides', 'limits', 'templates', 'export', 'scorecard'];
const LIMIT_KEYS = ['maxFileSize', 'maxAliasCount', 'maxDepth', 'maxEntries'] as const;

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

interface ConfigData {
  rules?: Record<string, SeveritySetting>;
  overrides?: Array<{ files: string | string[]; rules: Record<string, SeveritySetting> }>;
  limits?: Partial<LoadLimits>;
  templates?: string;
  export?: { formal?: boolean };
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** The rule ids a config may set, as the schema lists them. */
const RULE_IDS = Object.keys((configSchema as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules.properties);

const validateConfig = generatedValidate as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export async function loadConfig(cwd: string, language: Language, explicit?: string): Promise<Config> {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  const empty: Config = { base: resolve(cwd), rules: {}, overrides: [], limits: {} };
  if (!path) return empty;
  const { readSideFile } = await import('../io/side-file.js');
  const file: SideFile = readSideFile(path, 'config', { cwd, language }, { emptyAllowed: true });
  // An empty file, or an empty `rules:`, sets nothing.
  const data = file.data ?? {};
  if (isRecord(data) && data['rules'] === null) delete data['rules'];
  // Checked against the config's schema (config-schema.ts), like a philosophy file against its
  // own; the first problem in the order of the file is the message.
  if (!validateConfig(data)) {
    const problems = (validateConfig.errors ?? []).map((e) => problemOf(e, data, language));
    file.refuseFirst(problems);
  }
  const valid = data as ConfigData;
  const config: Config = { path, base: dirname(path), rules: valid.rules ?? {}, overrides: [], limits: valid.limits ?? {} };
  for (const o of valid.overrides ?? []) config.overrides.push({ files: typeof o.files === 'string' ? [o.files] : o.files, rules: o.rules });
  if (valid.templates !== undefined) config.templates = resolve(config.base, valid.templates);
  if (valid.export !== undefined) config.export = valid.export;
  const scorecard = (data as Record<string, unknown>)['scorecard'];
  if (scorecard !== undefined) config.scorecard = readScorecard(scorecard, file, language);
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

/** A schema error as the message a person acts on, at the node (or key) it concerns. */
function problemOf(error: SchemaError, data: unknown, language: Language): { detail: string; path: Array<string | number>; key?: boolean } {
  const path = pointerSegments(error.instancePath).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const [section, index] = path;
  const extra = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined;
  const rulesAt = section === 'rules' ? 1 : section === 'overrides' && path[2] === 'rules' ? 3 : -1;
  if (rulesAt !== -1 && path.length === rulesAt && extra !== undefined) {
    const suggestion = closest(extra, RULE_IDS);
    return {
      detail: t(language, 'config.unknownRule', { rule: oneLine(extra, 60), suggestion: suggestion ? t(language, 'config.didYouMean', { suggestion }) : '' }),
      path: [...path, extra],
      key: true,
    };
  }
  if (rulesAt !== -1 && path.length === rulesAt + 1) {
    const rule = String(path[rulesAt]);
    const value = valueAt(data, path);
    return { detail: t(language, 'config.badSeverity', { rule, value: oneLine(String(value), 40) }), path };
  }
  if (section === 'rules' && path.length === 1) return { detail: t(language, 'config.notAMap'), path };
  if (section === 'overrides') return { detail: t(language, 'config.badOverride'), path: index === undefined ? ['overrides'] : ['overrides', index] };
  if (section === 'limits') {
    if (extra !== undefined) return { detail: unknownKey(`limits.${extra}`, LIMIT_KEYS.map((k) => `limits.${k}`), language), path: ['limits', extra], key: true };
    return { detail: t(language, 'config.badLimit', { key: path.length > 1 ? String(path[1]) : '*' }), path };
  }
  if (section === 'templates') return { detail: t(language, 'config.badTemplates'), path };
  if (section === 'export') {
    if (extra !== undefined) return { detail: unknownKey(`export.${extra}`, ['export.formal'], language), path: ['export', extra], key: true };
    return { detail: t(language, 'config.badExport'), path };
  }
  if (section === 'scorecard') return { detail: t(language, 'config.badScorecard', { key: '*', what: language === 'de' ? 'eine Zuordnung' : 'a map' }), path: ['scorecard'] };
  if (extra !== undefined) return { detail: unknownKey(extra, KEYS, language), path: [extra], key: true };
  return { detail: t(language, 'config.notAMap'), path: [] };
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let node = data;
  for (const s of path) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[s] : undefined;
  return node;
}

function unknownKey(key: string, allowed: readonly string[], language: Language): string {
  const suggestion = closest(key, allowed);
  return t(language, 'config.unknownKey', {
    key: oneLine(key, 40),
    suggestion: suggestion ? t(language, 'config.didYouMean', { suggestion }) : '',
    allowed: allowed.join(', '),
  });
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
