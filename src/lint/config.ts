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
}

const KEYS = ['rules', 'overrides', 'limits', 'templates'];
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
  return config;
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
