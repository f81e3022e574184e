// The canonical form of the model for the YAML view: keys in the order of the format (as the
// schema lists them), so the same philosophy always renders to the same text.
import { SCHEMA } from '../model/validate.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function nodeAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = SCHEMA as SchemaNode;
  for (const key of path) node = node?.properties?.[key];
  return node;
}

/** `value` (found at `path` from the root) with every object's keys in schema order; keys the
 * schema does not know keep their place after the known ones. */
export function canonical(value: unknown, path: readonly string[] = []): unknown {
  return order(value, nodeAt(path));
}

function order(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => order(item, schema?.items));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const known = Object.keys(schema?.properties ?? {}).filter((k) => Object.prototype.hasOwnProperty.call(record, k));
  const rest = Object.keys(record).filter((k) => !known.includes(k));
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    Object.defineProperty(out, key, { value: order(record[key], schema?.properties?.[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
