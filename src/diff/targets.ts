// Which way a KPI target or a first-response promise moved: stricter, looser, or not comparable.
// Times are converted with js-quantities, so "≤ 4 h" and "≤ 240 min" are the same promise.
import Qty from 'js-quantities';
import { findKpi } from '../catalog/index.js';
import type { Philosophy, Target } from '../model/schema.js';
import type { Direction } from './types.js';

type CustomKpis = NonNullable<Philosophy['customKpis']>;

// German unit words, and spellings js-quantities reads otherwise ("points" is a typographic
// length there), mapped to what it understands or to a plain word compared as written.
const ALIASES: Record<string, string> = {
  std: 'h',
  'std.': 'h',
  stunde: 'h',
  stunden: 'h',
  minute: 'min',
  minuten: 'min',
  sekunde: 's',
  sekunden: 's',
  tag: 'day',
  tage: 'day',
  tagen: 'day',
  days: 'day',
  woche: 'week',
  wochen: 'week',
};

/** The unit a target is written in: its own, else the custom KPI's, else the catalog's. */
export function unitOf(target: Target, id: string, customs: CustomKpis = []): string {
  return target.unit ?? customs.find((c) => c.id === id)?.unit ?? findKpi(id)?.unit ?? '';
}

/** A time as minutes, or undefined when the text is not a time js-quantities knows. */
function minutes(value: number, unit: string): number | undefined {
  const word = unit.trim().toLowerCase();
  const known = ALIASES[word] ?? word;
  if (!known) return undefined;
  try {
    const q = Qty(`${value} ${known}`);
    return q.kind() === 'time' ? q.to('min').scalar : undefined;
  } catch {
    return undefined;
  }
}

/** Two amounts on one scale, or undefined when their units cannot be compared. */
function onOneScale(a: { value: number; unit: string }, b: { value: number; unit: string }): [number, number] | undefined {
  if (a.unit.trim().toLowerCase() === b.unit.trim().toLowerCase()) return [a.value, b.value];
  const x = minutes(a.value, a.unit);
  const y = minutes(b.value, b.unit);
  return x === undefined || y === undefined ? undefined : [x, y];
}

const HIGHER = new Set<Target['op']>(['gte', 'gt']);
const LOWER = new Set<Target['op']>(['lte', 'lt']);

/** How target `after` relates to target `before`, or 'same' when it promises exactly the same
 * (e.g. "≤ 4 h" rewritten as "≤ 240 min"). */
export function compareTargets(before: Target, after: Target, id: string, customsBefore: CustomKpis = [], customsAfter: CustomKpis = []): Direction | 'same' {
  const scale = onOneScale(
    { value: before.value, unit: unitOf(before, id, customsBefore) },
    { value: after.value, unit: unitOf(after, id, customsAfter) },
  );
  if (!scale) return 'other';
  const [x, y] = scale;
  // Minutes from hours may carry a rounding error in the last digit.
  const equal = Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (before.op === after.op && equal) return 'same';
  const up = HIGHER.has(before.op) && HIGHER.has(after.op);
  const down = LOWER.has(before.op) && LOWER.has(after.op);
  if (!up && !down) return 'other';
  if (equal) {
    // Same number: "> 90" asks more than "≥ 90", "< 2" more than "≤ 2".
    return after.op === 'gt' || after.op === 'lt' ? 'stricter' : 'looser';
  }
  if (up) return y > x ? 'stricter' : 'looser';
  return y < x ? 'stricter' : 'looser';
}

/** A first-response promise as written ("4h", "2 min", "1 business day") compared with
 * another: a shorter time is stricter. */
export function comparePromises(before: string, after: string): Direction | 'same' {
  const a = parseTime(before);
  const b = parseTime(after);
  if (a === undefined || b === undefined) return 'other';
  if (Math.abs(a - b) <= 1e-9 * Math.max(1, a, b)) return 'same';
  return b < a ? 'stricter' : 'looser';
}

function parseTime(text: string): number | undefined {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([\p{L}.]+)\s*$/u.exec(text);
  if (!match) return undefined;
  return minutes(Number(match[1]!.replace(',', '.')), match[2]!);
}
