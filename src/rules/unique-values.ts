import { matchValue } from '../catalog/index.js';
import { nameKey as normalizeName } from '../core/text.js';
import type { Rule, RuleReport } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'unique-values',
    description: {
      en: 'Every core value is named once.',
      de: 'Jeder Kernwert wird nur einmal genannt.',
    },
    severity: 'error',
    step: 2,
    docs: {
      why: {
        en: 'The core values are a short list cut down from a long one, and their order is the priority when two of them conflict. A value that appears twice, even under a synonym or in the other language, wastes one of the five places and makes the order ambiguous.',
        de: 'Die Kernwerte sind eine kurze Liste, die aus einer langen herausgefiltert wurde, und ihre Reihenfolge entscheidet, wenn zwei Werte kollidieren. Ein doppelt genannter Wert, auch unter einem Synonym oder in der anderen Sprache, verschenkt einen der fünf Plätze und macht die Reihenfolge mehrdeutig.',
      },
      bad: ['values:', '  core:', '    - name: Honesty', '    - name: Quality', '    - name: Ehrlichkeit'].join('\n'),
      good: ['values:', '  core:', '    - name: Honesty', '    - name: Quality', '    - name: Respect'].join('\n'),
    },
  },
  messages: {
    duplicate: {
      message: {
        en: 'Core value “{value}” is listed twice (first as value {first}).',
        de: 'Der Kernwert „{value}“ steht doppelt in der Liste (zuerst als Wert {first}).',
      },
      hint: {
        en: 'Keep one entry and merge what the two say.',
        de: 'Behalte einen Eintrag und führe zusammen, was beide sagen.',
      },
    },
    sameCatalogValue: {
      message: {
        en: 'Core value “{value}” names the same value as “{other}” (value {first}).',
        de: 'Der Kernwert „{value}“ meint denselben Wert wie „{other}“ (Wert {first}).',
      },
      hint: {
        en: 'Keep one of the two, or rename this one so that it stands for a different value.',
        de: 'Behalte einen der beiden oder benenne diesen so um, dass er für einen anderen Wert steht.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const byName = new Map<string, number>();
    const byCatalogId = new Map<string, number>();
    model.values.core.forEach((value, i) => {
      const pointer = `/values/core/${i}/name`;
      const normalized = normalizeName(value.name);
      const earlier = byName.get(normalized);
      if (earlier !== undefined) {
        reports.push({ messageId: 'duplicate', pointer, data: { value: value.name, first: earlier + 1 } });
        return;
      }
      byName.set(normalized, i);
      const catalogId = matchValue(value.name)?.id;
      if (catalogId === undefined) return;
      const sameMeaning = byCatalogId.get(catalogId);
      if (sameMeaning !== undefined) {
        const other = model.values.core[sameMeaning]?.name ?? '';
        reports.push({
          messageId: 'sameCatalogValue',
          pointer,
          data: { value: value.name, other, first: sameMeaning + 1 },
        });
        return;
      }
      byCatalogId.set(catalogId, i);
    });
    return reports;
  },
};
