import { KPIS, findKpi } from '../catalog/index.js';
import { editDistance } from '../core/text.js';
import type { Rule, RuleReport } from './types.js';

/** The closest known id, if it is close enough to be a typo rather than a different KPI. */
function nearestId(id: string, candidates: readonly string[]): string | undefined {
  // Ids are short: one edit in a four-letter id is a typo, two are already another word.
  const limit = id.length <= 4 ? 1 : 2;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(id.toUpperCase(), candidate.toUpperCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { id: candidate, distance };
  }
  return best?.id;
}

export const rule: Rule = {
  meta: {
    id: 'kpi-known',
    description: {
      en: 'Every KPI is a catalog KPI or a custom KPI with a formula.',
      de: 'Jede Kennzahl stammt aus dem Katalog oder ist eine eigene Kennzahl mit Formel.',
    },
    severity: 'error',
    step: 4,
    docs: {
      why: {
        en: 'A KPI only measures a value when everyone computes it the same way. The catalog defines the common support metrics with their formulas and scales; anything else belongs in customKpis with a formula of its own. A typo such as CSTA or a metric nobody defined makes the target meaningless.',
        de: 'Eine Kennzahl misst einen Wert nur, wenn alle sie gleich berechnen. Der Katalog definiert die gängigen Support-Kennzahlen mit Formel und Skala; alles andere gehört mit eigener Formel in customKpis. Ein Tippfehler wie CSTA oder eine Kennzahl, die niemand definiert hat, macht das Ziel bedeutungslos.',
      },
      bad: [
        'values:',
        '  core:',
        '    - name: Quality',
        '      kpis:',
        '        - id: CSTA',
        '        - id: TTV',
        'customKpis:',
        '  - id: TTV',
        '    name: Time to value',
      ].join('\n'),
      good: [
        'values:',
        '  core:',
        '    - name: Quality',
        '      kpis:',
        '        - id: CSAT',
        '        - id: TTV',
        'customKpis:',
        '  - id: TTV',
        '    name: Time to value',
        '    formula: days from sign-up to the first solved task',
      ].join('\n'),
    },
  },
  messages: {
    unknown: {
      message: {
        en: 'Unknown KPI “{id}”.',
        de: 'Unbekannte Kennzahl „{id}“.',
      },
      hint: {
        en: 'Pick a KPI from the catalog, or describe it as a KPI of your own, with its formula.',
        de: 'Wähl eine Kennzahl aus dem Katalog, oder beschreib sie als eigene Kennzahl, mit ihrer Formel.',
      },
      wizard: {
        en: 'Choose a KPI from the catalog, or describe this one as your own KPI with its formula.',
        de: 'Wähle eine KPI aus dem Katalog oder beschreib diese als eigene KPI mit ihrer Formel.',
      },
    },
    unknownDidYouMean: {
      message: {
        en: 'Unknown KPI “{id}”; did you mean {suggestion}?',
        de: 'Unbekannte Kennzahl „{id}“; meintest du {suggestion}?',
      },
      hint: {
        en: 'Write {suggestion}, or describe “{id}” as a KPI of your own, with its formula.',
        de: 'Schreib {suggestion}, oder beschreib „{id}“ als eigene Kennzahl, mit ihrer Formel.',
      },
      wizard: {
        en: 'Choose {suggestion}, or describe “{id}” as your own KPI with its formula.',
        de: 'Wähle {suggestion} oder beschreib „{id}“ als eigene KPI mit ihrer Formel.',
      },
    },
    noFormula: {
      message: {
        en: 'Custom KPI “{id}” has no formula.',
        de: 'Die eigene Kennzahl „{id}“ hat keine Formel.',
      },
      hint: {
        en: 'Write down its formula, so that everyone computes it the same way.',
        de: 'Schreib ihre Formel auf, damit alle sie gleich berechnen.',
      },
      wizard: {
        en: 'Say how it is calculated, so that everyone computes it the same way.',
        de: 'Sag, wie sie berechnet wird, damit alle sie gleich berechnen.',
      },
    },
    shadowsCatalog: {
      message: {
        en: 'Custom KPI “{id}” has the id of a catalog KPI.',
        de: 'Die eigene Kennzahl „{id}“ trägt die Kennung einer Katalog-Kennzahl.',
      },
      hint: {
        en: 'Remove it and use the catalog definition, or give your variant an id of its own.',
        de: 'Entferne sie und nutze die Katalog-Definition, oder gib eurer Variante eine eigene Kennung.',
      },
    },
    duplicateCustom: {
      message: {
        en: 'Custom KPI “{id}” is defined twice.',
        de: 'Die eigene Kennzahl „{id}“ ist doppelt definiert.',
      },
      hint: {
        en: 'Keep one definition.',
        de: 'Behalte eine Definition.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const customIds = new Set<string>();
    (model.customKpis ?? []).forEach((kpi, i) => {
      if (customIds.has(kpi.id)) {
        reports.push({ messageId: 'duplicateCustom', pointer: `/customKpis/${i}/id`, data: { id: kpi.id } });
      }
      customIds.add(kpi.id);
      if (findKpi(kpi.id) !== undefined) {
        reports.push({ messageId: 'shadowsCatalog', pointer: `/customKpis/${i}/id`, data: { id: kpi.id } });
      }
      if (kpi.formula === undefined || kpi.formula.trim() === '') {
        reports.push({ messageId: 'noFormula', pointer: `/customKpis/${i}`, data: { id: kpi.id } });
      }
    });

    const candidates = [...KPIS.map((kpi) => kpi.id), ...customIds];
    const checkId = (id: string, pointer: string): void => {
      if (findKpi(id) !== undefined || customIds.has(id)) return;
      const suggestion = nearestId(id, candidates);
      reports.push(
        suggestion === undefined
          ? { messageId: 'unknown', pointer, data: { id } }
          : { messageId: 'unknownDidYouMean', pointer, data: { id, suggestion } },
      );
    };
    model.values.core.forEach((value, i) => {
      value.kpis?.forEach((kpi, j) => checkId(kpi.id, `/values/core/${i}/kpis/${j}/id`));
    });
    model.teams?.forEach((team, t) => {
      team.metrics?.forEach((id, m) => checkId(id, `/teams/${t}/metrics/${m}`));
    });
    return reports;
  },
};
