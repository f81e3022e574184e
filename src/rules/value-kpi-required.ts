import { matchValue } from '../catalog/index.js';
import type { Rule, RuleReport } from './types.js';

// For a value the catalog does not know, the hint still needs examples; these measure the
// customer's experience rather than the team's throughput.
const GENERAL_SUGGESTION = 'CSAT, CES, FCR';

export const rule: Rule = {
  meta: {
    id: 'value-kpi-required',
    description: {
      en: 'Every core value is measured by at least one KPI.',
      de: 'Jeder Kernwert wird mit mindestens einer Kennzahl gemessen.',
    },
    severity: 'error',
    step: 4,
    docs: {
      why: {
        en: 'Making a value actionable means saying how you will know that it is lived. A KPI per value turns the philosophy into something a team can review and improve, and it keeps the values from drifting into wishes. The catalog suggests metrics that truly measure each common value.',
        de: 'Einen Wert umsetzbar machen heißt auch festzulegen, woran man erkennt, dass er gelebt wird. Eine Kennzahl pro Wert macht die Philosophie überprüfbar und verbesserbar und verhindert, dass die Werte zu bloßen Wünschen werden. Der Katalog schlägt für jeden gängigen Wert Kennzahlen vor, die ihn wirklich messen.',
      },
      bad: ['values:', '  core:', '    - name: Quality', '      action: Get it right the first time.'].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Quality',
        '      action: Get it right the first time.',
        '      kpis:',
        '        - id: FCR',
        '          target: { op: gte, value: 75 }',
      ].join('\n'),
    },
  },
  messages: {
    missing: {
      message: {
        en: 'Core value “{value}” has no KPI.',
        de: 'Der Kernwert „{value}“ hat keine Kennzahl.',
      },
      hint: {
        en: 'Add at least one KPI that truly measures it, e.g. {suggested}.',
        de: 'Ergänze mindestens eine Kennzahl, die ihn wirklich misst, z. B. {suggested}.',
      },
      wizard: {
        en: 'Choose at least one KPI that truly measures it, e.g. {suggested}.',
        de: 'Wähle mindestens eine KPI, die ihn wirklich misst, z. B. {suggested}.',
      },
    },
    empty: {
      message: {
        en: 'The KPI list of core value “{value}” is empty.',
        de: 'Die Kennzahlenliste des Kernwerts „{value}“ ist leer.',
      },
      hint: {
        en: 'Add at least one metric that truly measures it, e.g. {suggested}.',
        de: 'Ergänze mindestens eine Kennzahl, die ihn wirklich misst, z. B. {suggested}.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    model.values.core.forEach((value, i) => {
      if (value.kpis !== undefined && value.kpis.length > 0) return;
      const catalogKpis = matchValue(value.name)?.kpis ?? [];
      const suggested = catalogKpis.length > 0 ? catalogKpis.join(', ') : GENERAL_SUGGESTION;
      const data = { value: value.name, suggested };
      reports.push(
        value.kpis === undefined
          ? { messageId: 'missing', pointer: `/values/core/${i}`, data }
          : { messageId: 'empty', pointer: `/values/core/${i}/kpis`, data },
      );
    });
    return reports;
  },
};
