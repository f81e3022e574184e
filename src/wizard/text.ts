// The wizard's own words (not a step's questions), in English and German.
import type { Bilingual } from '../core/bilingual.js';

export const WIZARD_TEXT = {
  required: { en: 'An answer is needed here.', de: 'Hier braucht es eine Antwort.' },
  notText: { en: 'expected text', de: 'erwartet wird ein Text' },
  notList: { en: 'expected a list of texts', de: 'erwartet wird eine Liste von Texten' },
  notNumber: { en: 'expected a number, e.g. 90 or 5.5', de: 'erwartet wird eine Zahl, z. B. 90 oder 5,5' },
  oneOf: { en: 'expected one of: {allowed}', de: 'erwartet wird einer dieser Werte: {allowed}' },
  listHowTo: { en: 'One entry per line; an empty line ends the list.', de: 'Ein Eintrag pro Zeile; eine leere Zeile beendet die Liste.' },
  addOwn: { en: '+ Add your own…', de: '+ Eigene ergänzen…' },
  editorHow: {
    en: 'Type “e” and Enter to write it in your editor ($VISUAL or $EDITOR).',
    de: 'Tippe „e“ und Enter, um den Text in deinem Editor zu schreiben ($VISUAL oder $EDITOR).',
  },
  noEditor: {
    en: 'No editor could be started: set $VISUAL or $EDITOR to one. Type the answer on the line instead.',
    de: 'Es ließ sich kein Editor starten: Trag einen in $VISUAL oder $EDITOR ein. Tippe die Antwort stattdessen in die Zeile.',
  },
  others: { en: 'Others of your own, separated by commas (Enter for none):', de: 'Eigene Ergänzungen, durch Kommas getrennt (Enter für keine):' },
} satisfies Record<string, Bilingual>;
