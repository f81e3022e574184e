import type { Rule, RuleReport } from './types.js';

import { CONTROL_CHARACTERS as CONTROL } from '../model/constants.js';

/** Every string in the model with its JSON pointer, keys included. */
function* strings(node: unknown, pointer: string): Generator<{ text: string; pointer: string }> {
  if (typeof node === 'string') {
    yield { text: node, pointer };
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* strings(node[i], `${pointer}/${i}`);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (CONTROL.test(key)) yield { text: key, pointer: child };
      yield* strings(value, child);
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'text-controls',
    description: {
      en: 'No text contains control characters or bidirectional overrides.',
      de: 'Kein Text enthält Steuerzeichen oder Zeichen, die die Schreibrichtung umkehren.',
    },
    severity: 'error',
    step: 1,
    docs: {
      why: {
        en: 'Control characters are invisible in an editor and do damage elsewhere: an escape character can recolour or clear a terminal, a bidirectional override makes a sentence read differently from what it says, and documents rendered from the file would carry them to every reader. Such characters come in by pasting from other tools, never on purpose. Tab and line break are fine.',
        de: 'Steuerzeichen sind im Editor unsichtbar und richten anderswo Schaden an: Ein Escape-Zeichen kann ein Terminal umfärben oder leeren, ein Zeichen für die Schreibrichtung lässt einen Satz anders lesen, als er gemeint ist, und Dokumente aus der Datei trügen sie zu allen Leserinnen und Lesern. Solche Zeichen kommen beim Einfügen aus anderen Programmen hinein, nie mit Absicht. Tabulator und Zeilenumbruch sind in Ordnung.',
      },
      bad: ['vision:', '  statement: "Every customer knows what happens next.\\e[2J"'].join('\n'),
      good: ['vision:', '  statement: Every customer knows what happens next.'].join('\n'),
    },
  },
  messages: {
    control: {
      message: {
        en: 'The text contains the invisible control character {code}.',
        de: 'Der Text enthält das unsichtbare Steuerzeichen {code}.',
      },
      hint: {
        en: 'Delete the character; it most likely came in with text pasted from another program.',
        de: 'Lösch das Zeichen; es ist wahrscheinlich mit eingefügtem Text aus einem anderen Programm hineingekommen.',
      },
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const { text, pointer } of strings(model, '')) {
      const match = CONTROL.exec(text);
      if (match === null) continue;
      const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      reports.push({ messageId: 'control', pointer, data: { code } });
    }
    return reports;
  },
};
