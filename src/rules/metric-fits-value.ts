import { findKpi, matchValue } from '../catalog/index.js';
import type { Rule, RuleReport } from './types.js';

// Phrasings of "right the first time" in both languages, whatever the file's language says:
// a German team may well keep an English action statement.
const FIRST_TIME = /\b(?:first time|first contact|right the first|beim ersten mal|auf anhieb)\b|\berste[nm]?\s+kontakt|\berstkontakt/;

function promisesFirstTime(action: string): boolean {
  // Lower case the same in every locale (a Turkish one would turn "FIRST" into "fırst").
  const text = action.toLowerCase().replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ');
  return FIRST_TIME.test(text);
}

export const rule: Rule = {
  meta: {
    id: 'metric-fits-value',
    description: {
      en: 'The KPIs of a value measure that value.',
      de: 'Die Kennzahlen eines Werts messen diesen Wert.',
    },
    severity: 'warn',
    step: 4,
    docs: {
      why: {
        en: 'A metric steers behaviour towards whatever it counts, so it has to belong to the value. A value like “get it right the first time” is measured by first contact resolution; response time would reward being fast rather than being right. The catalog knows which KPIs truly measure each common value.',
        de: 'Eine Kennzahl lenkt das Verhalten auf das, was sie zählt; deshalb muss sie zum Wert passen. Ein Wert wie „beim ersten Mal richtig“ wird mit der Erstlösungsquote gemessen; die Antwortzeit würde Tempo belohnen statt Richtigkeit. Der Katalog weiß, welche Kennzahlen einen gängigen Wert wirklich messen.',
      },
      bad: [
        'values:',
        '  core:',
        '    - name: Quality',
        '      action: Get it right the first time.',
        '      kpis:',
        '        - id: FRT',
        '        - id: AHT',
      ].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Quality',
        '      action: Get it right the first time.',
        '      kpis:',
        '        - id: FCR',
        '        - id: CSAT',
      ].join('\n'),
    },
  },
  messages: {
    notFitting: {
      message: {
        en: 'None of the KPIs of “{value}” ({kpis}) measures that value.',
        de: 'Keine der Kennzahlen von „{value}“ ({kpis}) misst diesen Wert.',
      },
      hint: {
        en: 'Measure it with a KPI that belongs to it, e.g. {suggested}.',
        de: 'Miss ihn mit einer Kennzahl, die zu ihm passt, z. B. {suggested}.',
      },
    },
    firstTimeWithoutFcr: {
      message: {
        en: 'The action of “{value}” promises getting it right the first time, but its KPIs do not include FCR.',
        de: 'Der Handlungsleitsatz von „{value}“ verspricht, es beim ersten Mal richtig zu machen, aber FCR fehlt unter seinen Kennzahlen.',
      },
      hint: {
        en: 'Add FCR (first contact resolution): response time does not show whether it was right.',
        de: 'Ergänze FCR (Erstlösungsquote): Die Antwortzeit zeigt nicht, ob es richtig war.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      const ids = (value.kpis ?? []).map((kpi) => kpi.id);
      // No KPIs at all is value-kpi-required's finding; saying it twice helps nobody.
      if (ids.length === 0) return;
      const catalogValue = matchValue(value.name);
      // A custom or unknown KPI may well be the one that fits: only judge catalog KPIs alone.
      const judgeable = ids.every((id) => findKpi(id) !== undefined);
      if (catalogValue !== undefined && judgeable && !ids.some((id) => catalogValue.fits.includes(id))) {
        reports.push({
          messageId: 'notFitting',
          pointer: `/values/core/${i}/kpis`,
          data: { value: value.name, kpis: ids.join(', '), suggested: catalogValue.kpis.join(', ') },
        });
      }
      if (value.action !== undefined && promisesFirstTime(value.action) && !ids.includes('FCR')) {
        reports.push({ messageId: 'firstTimeWithoutFcr', pointer: `/values/core/${i}/action`, data: { value: value.name } });
      }
    });
    return reports;
  },
};
