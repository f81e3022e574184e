// Answers as people type them: numbers with a unit or a decimal comma ("75%", "90 %", "4,5 h",
// "2 min"), and KPI targets in words or signs ("≥ 75 %", "at least 75", "höchstens 4 h").
// The unit is parsed out; a value far off the KPI's scale is a doubt the wizard asks about once.
import type { Direction, TargetOp } from '../model/constants.js';

export interface Quantity {
  value: number;
  /** The unit in the file's spelling ('%', 'h', 'min', 'days', 'points', ...), if one was typed. */
  unit?: string;
}

export interface TypedTarget {
  op: TargetOp;
  value: number;
  unit?: string;
}

// Typed unit words → the file's unit. Anything else typed after a number is kept as written.
const UNIT_WORDS: Record<string, string> = {
  '%': '%',
  percent: '%',
  prozent: '%',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  std: 'h',
  'std.': 'h',
  stunde: 'h',
  stunden: 'h',
  min: 'min',
  'min.': 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  minuten: 'min',
  s: 's',
  sec: 's',
  sek: 's',
  'sek.': 's',
  seconds: 's',
  sekunden: 's',
  d: 'days',
  day: 'days',
  days: 'days',
  tag: 'days',
  tage: 'days',
  tagen: 'days',
  points: 'points',
  point: 'points',
  pts: 'points',
  punkte: 'points',
  punkt: 'points',
  pkt: 'points',
  'pkt.': 'points',
};

/** A unit in the file's spelling: "Tage" and "days" are the same unit. */
export function canonicalUnit(unit: string): string {
  return UNIT_WORDS[unit.trim().toLowerCase()] ?? unit.trim();
}

// Operators in signs and words, longest first so "at least" wins over "at".
const OP_WORDS: ReadonlyArray<readonly [string, TargetOp]> = [
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['at least', 'gte'],
  ['mindestens', 'gte'],
  ['min.', 'gte'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['at most', 'lte'],
  ['höchstens', 'lte'],
  ['max.', 'lte'],
  ['more than', 'gt'],
  ['mehr als', 'gt'],
  ['über', 'gt'],
  ['above', 'gt'],
  ['>', 'gt'],
  ['less than', 'lt'],
  ['weniger als', 'lt'],
  ['unter', 'lt'],
  ['below', 'lt'],
  ['under', 'lt'],
  ['<', 'lt'],
  ['exactly', 'eq'],
  ['genau', 'eq'],
  ['=', 'eq'],
];

const NUMBER = /^([-+−]?(?:\d+(?:[.,]\d+)*|[.,]\d+))\s*(.*)$/;

/** "75%", "90 %", "4,5 h", "2 min", "5.5" → value and unit; undefined when the text is not a
 * number (with at most a unit word after it). */
export function parseQuantity(text: string): Quantity | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  const value = toNumber(m[1]!);
  if (value === undefined) return undefined;
  const rest = m[2]!.trim();
  if (!rest) return { value };
  const unit = UNIT_WORDS[rest.toLowerCase()];
  if (unit) return { value, unit };
  // A unit of the team's own ("tickets", "EUR"): one short word, not a sentence.
  if (/^[\p{L}€$£][\p{L}.€$£/]{0,15}$/u.test(rest)) return { value, unit: rest };
  return undefined;
}

/** The number part: "5,5" (German) and "5.5" both mean five and a half. With both marks
 * ("1.200,5", "1,200.5") the last one is the decimal mark; a mark that comes twice
 * ("1.200.000") groups thousands. */
function toNumber(raw: string): number | undefined {
  let s = raw.replace('−', '-');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots && commas) s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else if (dots > 1) s = s.replace(/\./g, '');
  else if (commas > 1) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A target as typed: an optional operator (sign or words), a number, an optional unit. Without
 * an operator, the KPI's direction decides (higher is better → at least). */
export function parseTarget(text: string, direction: Direction | undefined): TypedTarget | undefined {
  let rest = text.trim();
  let op: TargetOp | undefined;
  for (const [word, meaning] of OP_WORDS) {
    if (rest.toLowerCase().startsWith(word)) {
      op = meaning;
      rest = rest.slice(word.length).trim();
      break;
    }
  }
  const quantity = parseQuantity(rest);
  if (!quantity) return undefined;
  return { op: op ?? (direction === 'lower' ? 'lte' : 'gte'), value: quantity.value, ...(quantity.unit ? { unit: quantity.unit } : {}) };
}

export interface Scale {
  min?: number;
  max?: number;
  /** A typical target (the catalog's benchmark). */
  typical?: number;
  unit?: string;
  /** For a lower-is-better KPI a small value is a fine target, not a slip. */
  direction?: Direction;
}

/** A value that is probably a slip, and what was probably meant: outside the scale (NPS 150 →
 * 15), or far below a typical target on the same scale (FCR 7 when 70 is typical → 70; CSAT 4.6
 * on a percent scale → 46; 0.8 on a percent scale → 80; higher-is-better KPIs only). Undefined
 * when the value looks fine. */
export function doubtOf(value: number, scale: Scale): number | undefined {
  const { min, max, typical } = scale;
  const inside = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  if (!inside(value)) {
    for (const guess of [value / 10, value / 100]) if (inside(guess)) return round(guess);
    return undefined;
  }
  if (scale.direction !== 'lower' && typical !== undefined && typical > 0 && value > 0 && value < typical / 5) {
    const guess = scale.unit === '%' && value <= 1 ? value * 100 : value * 10;
    return inside(guess) ? round(guess) : undefined;
  }
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
