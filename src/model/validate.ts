// Checks plain data against format v1 with the validator compiled ahead of time from
// schema.ts (no TypeBox or ajv compiler at run time), and turns its errors into issues that
// point at the offending node, with messages a support lead can act on.
import { schema as generatedSchema, validate as generatedValidate } from './validate-schema.generated.js';
import type { Issue } from '../core/findings.js';
import { pointerOf, pointerSegments } from './load.js';
import type { Bilingual } from '../core/bilingual.js';
import { closest, oneLine } from '../core/text.js';

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
interface JsonSchema {
  type?: string;
  description?: string;
  'x-description-de'?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: string[];
}

const validateFn = generatedValidate as unknown as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export const SCHEMA = generatedSchema as unknown as JsonSchema & Record<string, unknown>;

const TYPE_WORDS: Record<string, Bilingual> = {
  string: { en: 'text', de: 'Text' },
  number: { en: 'a number', de: 'eine Zahl' },
  integer: { en: 'a whole number', de: 'eine ganze Zahl' },
  boolean: { en: 'true or false', de: 'true oder false' },
  array: { en: 'a list', de: 'eine Liste' },
  object: { en: 'a section of fields', de: 'ein Abschnitt mit Feldern' },
  null: { en: 'empty', de: 'leer' },
};

function describeValue(value: unknown): Bilingual {
  if (value === null || value === undefined) return TYPE_WORDS['null']!;
  if (Array.isArray(value)) return TYPE_WORDS['array']!;
  if (typeof value === 'object') return TYPE_WORDS['object']!;
  if (typeof value === 'string') {
    const shown = oneLine(JSON.stringify(value), 40);
    return { en: `the text ${shown}`, de: `der Text ${shown}` };
  }
  return { en: oneLine(String(value), 40), de: oneLine(String(value), 40) };
}

/** The node's description in both languages (German kept beside it as `x-description-de`). */
function describe(node: JsonSchema | undefined): Bilingual {
  return { en: node?.description ?? '', de: node?.['x-description-de'] ?? node?.description ?? '' };
}

function schemaAt(segments: readonly string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = SCHEMA;
  for (const s of segments) {
    if (!node) return undefined;
    node = node.type === 'array' ? node.items : node.properties?.[s];
  }
  return node;
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const s of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

/** `values.core[2].action`: how a person names a place in the file. */
export function fieldPath(segments: readonly string[]): string {
  if (!segments.length) return '(document)';
  return segments.reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

const MAX_SCHEMA_ISSUES = 1000;

export function validateData(data: unknown): Issue[] {
  if (validateFn(data)) return [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of validateFn.errors ?? []) {
    // Enough to fix the file by; a file of 100 000 unknown keys needs no 100 000 suggestions.
    if (issues.length >= MAX_SCHEMA_ISSUES) break;
    const issue = toIssue(error, data);
    if (!issue) continue;
    const key = `${issue.messageId}|${JSON.stringify(issue.place)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** A philosophy given in parts (an answers file): every check of the format (known fields only,
 * types, allowed values) except that required fields may be missing, and a field left empty
 * (`mission:`) counts as not given, as the wizard reads it. */
export function validatePartial(data: unknown): Issue[] {
  return validateData(data).filter((issue) => issue.messageId !== 'required' && !leftEmpty(data, issue));
}

/** The issue is about a field of a map whose value is empty (null); an empty entry of a list
 * is not a field left out, and stays an error. */
function leftEmpty(data: unknown, issue: Issue): boolean {
  if (!('pointer' in issue.place) || issue.place.key) return false;
  const segments = pointerSegments(issue.place.pointer);
  if (!segments.length) return false;
  const parent = valueAt(data, segments.slice(0, -1));
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent) && (parent as Record<string, unknown>)[segments.at(-1)!] === null;
}

/** True when the issues leave the data typed as the model says (unknown fields aside), so that
 * rules can read it safely. */
export function typedDespite(issues: readonly Issue[]): boolean {
  return issues.every((i) => i.ruleId !== 'schema' || i.messageId.startsWith('unknownField'));
}

function toIssue(error: SchemaError, data: unknown): Issue | undefined {
  const segments = pointerSegments(error.instancePath);
  const here = schemaAt(segments);
  const description = describe(here);
  const field = fieldPath(segments);
  const actual = describeValue(valueAt(data, segments));
  const issue = (messageId: string, extra: Record<string, string | number | Bilingual>, pointer = error.instancePath, key = false): Issue => ({
    ruleId: 'schema',
    messageId,
    data: { field, description, actual, ...extra } as Issue['data'],
    place: { pointer, key },
  });

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params['missingProperty']);
      const sub = schemaAt([...segments, missing]);
      return {
        ruleId: 'schema',
        messageId: 'required',
        data: { field: fieldPath([...segments, missing]), description: describe(sub) },
        place: { pointer: error.instancePath },
      };
    }
    case 'additionalProperties': {
      const name = String(error.params['additionalProperty']);
      const allowed = Object.keys(here?.properties ?? {});
      const suggestion = closest(name, allowed);
      return {
        ruleId: 'schema',
        messageId: suggestion ? 'unknownFieldSuggest' : 'unknownField',
        data: { field: oneLine(fieldPath([...segments, name]), 60), suggestion: suggestion ?? '', allowed: allowed.join(', ') },
        place: { pointer: pointerOf([...segments, name]), key: true },
      };
    }
    case 'type': {
      const expected = String(error.params['type']);
      return issue('type', { expected: TYPE_WORDS[expected] ?? { en: expected, de: expected } });
    }
    case 'enum':
      return issue('enum', { allowed: (error.params['allowedValues'] as unknown[]).map(String).join(', ') });
    case 'const': {
      const expected = JSON.stringify(error.params['allowedValue']);
      return issue('const', { expected: { en: expected, de: expected } });
    }
    case 'minLength':
      return issue('emptyText', {});
    case 'minItems': {
      const limit = Number(error.params['limit']);
      return issue('minItems', { limit, plural: limit === 1 ? { en: 'y', de: 'ag' } : { en: 'ies', de: 'äge' } });
    }
    case 'pattern':
      return issue('pattern', {});
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison: Record<string, Bilingual> = {
        minimum: { en: 'at least', de: 'mindestens' },
        maximum: { en: 'at most', de: 'höchstens' },
        exclusiveMinimum: { en: 'more than', de: 'größer als' },
        exclusiveMaximum: { en: 'less than', de: 'kleiner als' },
      };
      return issue('range', { comparison: comparison[error.keyword]!, limit: Number(error.params['limit']) });
    }
    default:
      return issue('invalid', { keyword: error.keyword });
  }
}
