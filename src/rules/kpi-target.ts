import { findKpi } from '../catalog/index.js';
import type { Direction, TargetOp } from '../model/schema.js';
import type { Rule, RuleReport } from './types.js';

const SYMBOL: Record<TargetOp, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

/** The direction an op aims at, or undefined for `eq`, which aims nowhere. */
function opDirection(op: TargetOp): Direction | undefined {
  if (op === 'gte' || op === 'gt') return 'higher';
  if (op === 'lte' || op === 'lt') return 'lower';
  return undefined;
}

/** The op a target should use for a KPI, keeping the strictness the author chose. */
function fittingOp(op: TargetOp, direction: Direction): TargetOp {
  const strict = op === 'gt' || op === 'lt';
  if (direction === 'higher') return strict ? 'gt' : 'gte';
  return strict ? 'lt' : 'lte';
}

export const rule: Rule = {
  meta: {
    id: 'kpi-target',
    description: {
      en: 'Every value KPI has a target that points the way the KPI improves and lies on its scale.',
      de: 'Jede Kennzahl eines Werts hat ein Ziel, das in die Richtung zeigt, in der sie besser wird, und auf ihrer Skala liegt.',
    },
    severity: 'warn',
    step: 4,
    docs: {
      why: {
        en: 'A KPI without a target measures but never tells the team whether the value is lived. The target must point the way the KPI gets better: response time should fall, satisfaction should rise. A target off the scale, such as an NPS of 120, shows that the metric was misunderstood.',
        de: 'Eine Kennzahl ohne Ziel misst zwar, sagt dem Team aber nie, ob der Wert gelebt wird. Das Ziel muss in die Richtung zeigen, in der die Kennzahl besser wird: Die Antwortzeit soll sinken, die Zufriedenheit steigen. Ein Ziel außerhalb der Skala, etwa ein NPS von 120, zeigt, dass die Kennzahl missverstanden wurde.',
      },
      bad: [
        'values:',
        '  core:',
        '    - name: Speed',
        '      kpis:',
        '        - id: FRT',
        '          target: { op: gte, value: 2, unit: h }',
        '        - id: NPS',
        '          target: { op: gte, value: 120 }',
      ].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Speed',
        '      kpis:',
        '        - id: FRT',
        '          target: { op: lte, value: 2, unit: h }',
        '        - id: NPS',
        '          target: { op: gte, value: 40 }',
      ].join('\n'),
    },
  },
  messages: {
    missingTarget: {
      message: {
        en: 'KPI {id} of core value “{value}” has no target.',
        de: 'Die Kennzahl {id} des Kernwerts „{value}“ hat kein Ziel.',
      },
      hint: {
        en: 'Set a target, for example “at least 80 %”, so that the team knows when the value is lived.',
        de: 'Setz ein Ziel, zum Beispiel „mindestens 80 %“, damit das Team weiß, wann der Wert gelebt wird.',
      },
      wizard: {
        en: 'Set a target such as “at least 75 %”, so that the team knows when the value is lived.',
        de: 'Leg ein Ziel fest, etwa „mindestens 75 %“, damit das Team weiß, wann der Wert gelebt wird.',
      },
    },
    wrongDirection: {
      message: {
        en: 'Target {op} {target} for {id} points the wrong way: {id} improves in the other direction.',
        de: 'Das Ziel {op} {target} für {id} zeigt in die falsche Richtung: {id} wird in der anderen Richtung besser.',
      },
      hint: {
        en: 'Aim the other way: {goodSymbol} {target} (in the file: {good}).',
        de: 'Dreh die Richtung um: {goodSymbol} {target} (in der Datei: {good}).',
      },
      wizard: {
        en: 'Write the target with {goodSymbol} in front of the number.',
        de: 'Schreib das Ziel mit {goodSymbol} vor der Zahl.',
      },
    },
    noDirection: {
      message: {
        en: 'Target = {target} for {id} gives no direction.',
        de: 'Das Ziel = {target} für {id} gibt keine Richtung vor.',
      },
      hint: {
        en: 'Write {goodSymbol} {target} (in the file: {good}), so that doing better than the target still counts.',
        de: 'Schreib {goodSymbol} {target} (in der Datei: {good}), damit auch eine Verbesserung über das Ziel hinaus zählt.',
      },
      wizard: {
        en: 'Write it as “at least” or “at most” (≥ or ≤) rather than “exactly”, so that doing better than the target still counts.',
        de: 'Schreib es als „mindestens“ oder „höchstens“ (≥ oder ≤) statt „genau“, damit es auch zählt, wenn ihr das Ziel übertrefft.',
      },
    },
    outOfScale: {
      message: {
        en: 'Target {target} for {id} lies outside its scale {range}.',
        de: 'Das Ziel {target} für {id} liegt außerhalb seiner Skala {range}.',
      },
      hint: {
        en: 'Pick a value within {range}; the KPI catalog shows each scale and typical benchmarks.',
        de: 'Wähl einen Wert innerhalb von {range}; der Kennzahlenkatalog zeigt jede Skala und typische Richtwerte.',
      },
      wizard: {
        en: 'Pick a value within {range}; the KPI catalog shows the scale and typical benchmarks.',
        de: 'Wähle einen Wert innerhalb von {range}; der KPI-Katalog zeigt Skala und typische Richtwerte.',
      },
    },
    unitMismatch: {
      message: {
        en: 'Target {target} {unit} for {id}: {id} is measured in {expected}, not in {unit}.',
        de: 'Ziel {target} {unit} für {id}: {id} wird in {expected} gemessen, nicht in {unit}.',
      },
      hint: {
        en: 'Write the target in {expected}; the KPI catalog shows each KPI’s unit and scale.',
        de: 'Gib das Ziel in {expected} an; der Kennzahlenkatalog zeigt Einheit und Skala jeder Kennzahl.',
      },
      wizard: {
        en: 'Write the target in {expected}, or type just the number.',
        de: 'Gib das Ziel in {expected} an oder tippe nur die Zahl.',
      },
    },
    looksLikeRating: {
      message: {
        en: 'Target {target} for {id} looks like an average rating (e.g. {target} of 5), but {id} is a share of satisfied answers from 0 to 100 %.',
        de: 'Das Ziel {target} für {id} sieht nach einer Durchschnittsnote aus (z. B. {target} von 5), {id} ist aber ein Anteil zufriedener Antworten von 0 bis 100 %.',
      },
      hint: {
        en: 'Write the share you want, e.g. 85 for 85 % satisfied; if you mean an average rating, add it as a KPI of your own with its own scale.',
        de: 'Gib den gewünschten Anteil an, z. B. 85 für 85 % Zufriedene; meinst du eine Durchschnittsnote, leg sie als eigene Kennzahl mit eigener Skala an.',
      },
      wizard: {
        en: 'Write the share you want, e.g. 85 for 85 % satisfied; if you mean an average rating, describe it as your own KPI with its own scale.',
        de: 'Gib den gewünschten Anteil an, z. B. 85 für 85 % Zufriedene; meinst du eine Durchschnittsnote, beschreib sie als eigene KPI mit eigener Skala.',
      },
    },
    unknownDirection: {
      message: {
        en: 'Custom KPI “{id}” has a target but no direction.',
        de: 'Die eigene Kennzahl „{id}“ hat ein Ziel, aber keine Richtung.',
      },
      hint: {
        en: 'Say which way is better: a higher or a lower value?',
        de: 'Gib an, was besser ist: ein höherer oder ein niedrigerer Wert?',
      },
      wizard: {
        en: 'Say whether a higher or a lower value is better.',
        de: 'Sag, ob ein höherer oder ein niedrigerer Wert besser ist.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const customs = model.customKpis ?? [];
    const reportedCustoms = new Set<number>();
    model.values.core.forEach((value, i) => {
      value.kpis?.forEach((kpi, j) => {
        const base = `/values/core/${i}/kpis/${j}`;
        // The catalog wins over a custom KPI of the same id, as it does in kpi-known.
        const catalog = findKpi(kpi.id);
        const customIndex = catalog === undefined ? customs.findIndex((c) => c.id === kpi.id) : -1;
        if (catalog === undefined && customIndex < 0) return;
        const target = kpi.target;
        if (target === undefined) {
          reports.push({ messageId: 'missingTarget', pointer: base, data: { id: kpi.id, value: value.name } });
          return;
        }
        const direction = catalog?.direction ?? customs[customIndex]?.direction;
        if (direction === undefined && !reportedCustoms.has(customIndex)) {
          reportedCustoms.add(customIndex);
          reports.push({ messageId: 'unknownDirection', pointer: `/customKpis/${customIndex}`, data: { id: kpi.id } });
        }
        const aims = opDirection(target.op);
        if (direction !== undefined && aims !== direction) {
          const good = fittingOp(target.op, direction);
          reports.push({
            messageId: aims === undefined ? 'noDirection' : 'wrongDirection',
            pointer: `${base}/target/op`,
            data: { id: kpi.id, op: SYMBOL[target.op], target: target.value, good, goodSymbol: SYMBOL[good] },
          });
        } else if (direction === undefined && aims === undefined) {
          // Without a known direction the right op cannot be named, but `eq` is still no direction.
          reports.push({
            messageId: 'noDirection',
            pointer: `${base}/target/op`,
            data: { id: kpi.id, op: SYMBOL[target.op], target: target.value, good: 'gte | lte', goodSymbol: '≥ | ≤' },
          });
        }
        if (catalog === undefined) return;
        // Every target is checked on the KPI's own scale: a time in another unit is converted,
        // a unit of another kind (NPS in %, CSAT in points) is a finding of its own, and its
        // number is still held against the scale.
        const { unit, factor } = unitOf(target.unit, catalog.unit);
        if (unit !== undefined && factor === undefined) {
          reports.push({
            messageId: 'unitMismatch',
            pointer: `${base}/target/unit`,
            data: { id: kpi.id, target: target.value, unit: target.unit!, expected: UNIT_NAMES[catalog.unit] ?? catalog.unit },
          });
        }
        const inOwnUnit = target.value * (factor ?? 1);
        const { min, max } = catalog;
        if ((min !== undefined && inOwnUnit < min) || (max !== undefined && inOwnUnit > max)) {
          reports.push({
            messageId: 'outOfScale',
            pointer: `${base}/target/value`,
            data: { id: kpi.id, target: target.value, range: `${min ?? '−∞'}..${max ?? '∞'}` },
          });
        } else if (catalog.unit === '%' && catalog.measures.includes('satisfaction') && inOwnUnit > 0 && inOwnUnit <= 5 && (unit === undefined || unit === '%')) {
          reports.push({ messageId: 'looksLikeRating', pointer: `${base}/target/value`, data: { id: kpi.id, target: target.value } });
        }
      });
    });
    return reports;
  },
};

// Units people write, reduced to the catalog's names; anything else is left alone (a custom
// word such as "orders" is no contradiction the rule could be sure of).
const UNIT_ALIASES: Record<string, string> = {
  '%': '%', percent: '%', prozent: '%', pct: '%',
  points: 'points', point: 'points', pts: 'points', punkte: 'points', punkt: 'points',
  s: 's', sec: 's', secs: 's', seconds: 's', second: 's', sekunden: 's', sek: 's',
  min: 'min', mins: 'min', minute: 'min', minutes: 'min', minuten: 'min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', std: 'h', stunde: 'h', stunden: 'h',
  days: 'days', day: 'days', d: 'days', tage: 'days', tag: 'days',
  count: 'count', currency: 'currency', eur: 'currency', '€': 'currency', usd: 'currency', '$': 'currency',
};

/** A target's unit as the catalog names it, and the factor that turns a value in it into the
 * KPI's own unit (undefined when the units differ in kind; 1 for a unit the rule does not know). */
export function unitOf(written: string | undefined, own: string): { unit: string | undefined; factor: number | undefined } {
  const unit = written === undefined ? own : canonicalUnit(written);
  return { unit, factor: unit === undefined ? 1 : conversion(unit, own) };
}

function canonicalUnit(unit: string): string | undefined {
  return UNIT_ALIASES[unit.trim().toLowerCase().replace(/\.$/, '')];
}

const SECONDS: Record<string, number> = { s: 1, min: 60, h: 3600, days: 86400 };

/** The factor that turns a value in `from` into `to`, or undefined when the units differ in kind. */
function conversion(from: string, to: string): number | undefined {
  if (from === to) return 1;
  const a = SECONDS[from];
  const b = SECONDS[to];
  return a !== undefined && b !== undefined ? a / b : undefined;
}

const UNIT_NAMES: Record<string, string> = { points: 'points', '%': '%', h: 'h', min: 'min', days: 'days', count: 'count', currency: 'currency' };
