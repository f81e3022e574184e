import { findKpi, findProfile, kpisFor } from '../catalog/index.js';
import type { Bilingual } from '../core/bilingual.js';
import type { Rule, RuleReport } from './types.js';
import { unitOf } from './kpi-target.js';

const SYMBOL = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' } as const;

const UNIT_WORDS: Record<string, Bilingual> = {
  points: { en: 'points', de: 'Punkte' },
  days: { en: 'days', de: 'Tage' },
  count: { en: '', de: '' },
  currency: { en: '', de: '' },
};

// Made once: a formatter costs far more to build than to use.
let numbers: { en: Intl.NumberFormat; de: Intl.NumberFormat } | undefined;

/** A number and its unit in words, in the reader's language (4.5 h, 4,5 h). */
function amount(value: number, unit: string): Bilingual {
  const words = UNIT_WORDS[unit] ?? { en: unit, de: unit };
  numbers ??= { en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }), de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }) };
  const say = (language: 'en' | 'de') => `${numbers![language].format(value)} ${words[language]}`.trim();
  return { en: say('en'), de: say('de') };
}

/** How far a target may fall behind the typical one before the rule speaks: twice the time
 * for a KPI that should fall, a tenth of the scale (or a fifth of the typical value on an open
 * scale) for one that should rise. */
function isFarLooser(value: number, typical: number, direction: 'higher' | 'lower', min?: number, max?: number): boolean {
  if (direction === 'lower') return value > typical * 2;
  const room = min !== undefined && max !== undefined ? (max - min) / 10 : Math.abs(typical) / 5;
  return value < typical - room;
}

/** The docs' example: a hotel's first-response target in hours. */
function example(hours: number): string {
  const lines = ['company:', '  profile: hospitality', 'values:', '  core:', '    - name: Speed', '      kpis:', '        - id: FRT'];
  return [...lines, `          target: { op: lte, value: ${hours}, unit: h }`].join('\n');
}

export const rule: Rule = {
  meta: {
    id: 'kpi-benchmark',
    description: {
      en: 'A KPI target is not far looser than what is typical for the kind of business the file names.',
      de: 'Ein Kennzahlziel ist nicht viel lockerer als das, was für die angegebene Art von Unternehmen üblich ist.',
    },
    severity: 'info',
    step: 4,
    docs: {
      why: {
        en: 'Customers compare a business with others of its kind: a hotel guest who waits a day for an answer has often left already, a bicycle shop that needs three days to answer an email loses the repair to the next shop. When the file names its kind of business (`company.profile`), the rule holds every value KPI’s target against the typical target of that business and says when the target is far looser. It is a hint: a team may have good reasons, and the benchmark is a starting point, not a law.',
        de: 'Kunden vergleichen ein Unternehmen mit anderen seiner Art: Ein Hotelgast, der einen Tag auf eine Antwort wartet, ist oft schon abgereist; ein Fahrradladen, der drei Tage für eine E-Mail braucht, verliert die Reparatur an den nächsten Laden. Nennt die Datei die Art des Unternehmens (`company.profile`), hält die Regel das Ziel jeder Kennzahl eines Werts gegen das übliche Ziel dieser Branche und sagt, wenn es viel lockerer ist. Es ist ein Hinweis: Ein Team kann gute Gründe haben, und der Richtwert ist ein Ausgangspunkt, kein Gesetz.',
      },
      bad: example(24),
      good: example(1),
    },
  },
  messages: {
    looser: {
      message: {
        en: 'The target for {kpi} ({op} {target}) is far looser than what is typical in “{profile}” (about {typical}).',
        de: 'Das Ziel für {kpi} ({op} {target}) ist viel lockerer als das, was in der Branche „{profile}“ üblich ist (etwa {typical}).',
      },
      hint: {
        en: 'Check whether customers of this kind of business would accept it; the catalog for this kind of business shows the benchmark and where it comes from.',
        de: 'Prüf, ob Kunden dieser Branche das hinnehmen würden; der Katalog für diese Art von Unternehmen zeigt den Richtwert und seine Quelle.',
      },
    },
  },
  check({ model }) {
    const profile = model.company.profile;
    const def = profile === undefined ? undefined : findProfile(profile);
    if (def === undefined) return [];
    const typicalOf = new Map(kpisFor(profile).map((k) => [k.id, k]));
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      value.kpis?.forEach((kpi, j) => {
        const own = typicalOf.get(kpi.id);
        const target = kpi.target;
        if (own?.target === undefined || target === undefined || findKpi(kpi.id) === undefined) return;
        const { factor } = unitOf(target.unit, own.unit);
        // A unit of another kind is kpi-target's finding; comparing across it would mislead.
        if (factor === undefined) return;
        if (!isFarLooser(target.value * factor, own.target, own.direction, own.min, own.max)) return;
        reports.push({
          messageId: 'looser',
          pointer: `/values/core/${i}/kpis/${j}/target/value`,
          data: {
            kpi: own.name,
            op: SYMBOL[target.op],
            target: target.unit === undefined ? amount(target.value, own.unit) : { en: `${target.value} ${target.unit}`, de: `${String(target.value).replace('.', ',')} ${target.unit}` },
            typical: amount(own.target, own.unit),
            profile: def.name,
          },
        });
      });
    });
    return reports;
  },
};
