// Checks of the file itself rather than of what the team wrote: they have ids, docs and
// messages like rules (so formatters, SARIF and the docs treat them alike) but no check():
// the loader, the schema validator, the directive scanner and the file reader raise them.
import type { Bilingual } from '../core/bilingual.js';
import type { RuleMessage } from '../core/findings.js';
import type { Severity } from '../core/findings.js';

export interface PseudoRule {
  meta: {
    id: string;
    description: Bilingual;
    severity: Severity;
    step: null;
    docs: { why: Bilingual; bad: string; good: string };
  };
  messages: Record<string, RuleMessage>;
}

const m = (en: string, de: string, hintEn = '', hintDe = ''): RuleMessage => ({
  message: { en, de },
  hint: { en: hintEn, de: hintDe },
});

const SYNTAX_HINT = ['Check the indentation and the characters around this place.', 'Prüfe die Einrückung und die Zeichen an dieser Stelle.'] as const;

export const parseRule: PseudoRule = {
  meta: {
    id: 'parse',
    description: {
      en: 'The file is readable YAML: one document, valid UTF-8, no duplicate keys, within the size, alias and depth limits.',
      de: 'Die Datei ist lesbares YAML: ein Dokument, gültiges UTF-8, keine doppelten Schlüssel, innerhalb der Grenzen für Größe, Aliase und Tiefe.',
    },
    severity: 'error',
    step: null,
    docs: {
      why: {
        en: 'A file that cannot be read unambiguously cannot be checked. Duplicate keys silently drop one of two answers, tabs and broken indentation change the meaning, and a file with several documents holds more than one philosophy. Limits keep a mangled or hostile file from stalling a CI run.',
        de: 'Eine Datei, die sich nicht eindeutig lesen lässt, lässt sich nicht prüfen. Doppelte Schlüssel verschlucken still eine von zwei Antworten, Tabs und kaputte Einrückung ändern die Bedeutung, und eine Datei mit mehreren Dokumenten enthält mehr als eine Philosophie. Grenzen verhindern, dass eine verstümmelte oder bösartige Datei einen CI-Lauf aufhält.',
      },
      bad: 'company:\n  name: Acme Robotics\n  name: Acme Robots   # duplicate key\n',
      good: 'company:\n  name: Acme Robotics\n',
    },
  },
  messages: {
    syntax: m('YAML syntax error: {detail}', 'YAML-Syntaxfehler: {detail}', ...SYNTAX_HINT),
    duplicateKey: m('Duplicate key: the same key appears twice in this map.', 'Doppelter Schlüssel: derselbe Schlüssel steht zweimal in dieser Map.', 'Keep one of the two entries.', 'Behalte einen der beiden Einträge.'),
    tabIndent: m('A tab is used for indentation; YAML allows only spaces.', 'Zum Einrücken wird ein Tab verwendet; YAML erlaubt nur Leerzeichen.', 'Replace the tab with spaces.', 'Ersetze den Tab durch Leerzeichen.'),
    badIndent: m('The indentation does not fit the structure around it.', 'Die Einrückung passt nicht zur umgebenden Struktur.', ...SYNTAX_HINT),
    missingChar: m('A closing character is missing here: {detail}', 'Hier fehlt ein schließendes Zeichen: {detail}', 'Close the quote or bracket that was opened.', 'Schließe das geöffnete Anführungszeichen oder die Klammer.'),
    unclosedBracket: m(
      'The `{open}` opened here is never closed.',
      'Die hier geöffnete Klammer `{open}` wird nirgends geschlossen.',
      'Add the matching `{close}`. A list or map that goes on over several lines needs those lines indented further than its key.',
      'Ergänze die passende `{close}`. Geht die Liste oder Map über mehrere Zeilen, müssen diese Zeilen weiter eingerückt sein als ihr Schlüssel.',
    ),
    unclosedQuote: m(
      'The quote `{open}` opened here is never closed.',
      'Das hier geöffnete Anführungszeichen `{open}` wird nirgends geschlossen.',
      'Add the closing `{close}` where the text ends. A quoted text that goes on over several lines needs those lines indented further than its key.',
      'Setze das schließende `{close}` ans Ende des Textes. Geht der Text über mehrere Zeilen, müssen diese Zeilen weiter eingerückt sein als sein Schlüssel.',
    ),
    unexpectedToken: m('Unexpected content here: {detail}', 'Unerwarteter Inhalt an dieser Stelle: {detail}', ...SYNTAX_HINT),
    badImplicitKey: m('A key spans several lines or holds a block; keys must fit on one line.', 'Ein Schlüssel erstreckt sich über mehrere Zeilen oder enthält einen Block; Schlüssel müssen in eine Zeile passen.', 'Is a colon missing after the key, or a quote left open?', 'Fehlt ein Doppelpunkt nach dem Schlüssel oder ist ein Anführungszeichen offen?'),
    longKey: m('A key is longer than 1024 characters.', 'Ein Schlüssel ist länger als 1024 Zeichen.', 'Shorten the key.', 'Kürze den Schlüssel.'),
    badScalarStart: m('A value starts with a character YAML reserves ({detail}).', 'Ein Wert beginnt mit einem Zeichen, das YAML reserviert ({detail}).', 'Put the value in quotes.', 'Setze den Wert in Anführungszeichen.'),
    badEscape: m('Invalid escape sequence in a double-quoted string.', 'Ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen.', 'Use single quotes, or escape the backslash as \\\\.', 'Verwende einfache Anführungszeichen oder schreibe den Backslash als \\\\.'),
    badAlias: m('An alias refers to an anchor that does not exist.', 'Ein Alias verweist auf einen Anker, den es nicht gibt.', 'Define the anchor (&name) before using it (*name).', 'Definiere den Anker (&name), bevor du ihn verwendest (*name).'),
    nonStringKey: m('A key is not a plain text key.', 'Ein Schlüssel ist kein einfacher Text.', 'Use plain words as keys.', 'Verwende einfache Wörter als Schlüssel.'),
    unknownTag: m('Unknown YAML tag: {detail}', 'Unbekanntes YAML-Tag: {detail}', 'Remove the tag (the word starting with !).', 'Entferne das Tag (das Wort, das mit ! beginnt).'),
    multipleDocuments: m('The file holds {count} YAML documents; a philosophy file holds exactly one.', 'Die Datei enthält {count} YAML-Dokumente; eine Philosophie-Datei enthält genau eins.', 'Put each philosophy in a file of its own and remove the --- separator.', 'Lege jede Philosophie in eine eigene Datei und entferne den Trenner ---.'),
    tooManyProblems: m('Only the first {shown} of {total} problems are shown.', 'Nur die ersten {shown} von {total} Problemen werden gezeigt.', 'Fix these first; the file is probably mangled.', 'Behebe zuerst diese; die Datei ist vermutlich beschädigt.'),
    mergeConflict: m('The file holds an unresolved merge conflict (a <<<<<<< or >>>>>>> line).', 'Die Datei enthält einen ungelösten Merge-Konflikt (eine Zeile <<<<<<< oder >>>>>>>).', 'Resolve the conflict: keep the right lines and remove the markers.', 'Löse den Konflikt: behalte die richtigen Zeilen und entferne die Markierungen.'),
    empty: m('The file is empty: it holds no philosophy.', 'Die Datei ist leer: sie enthält keine Philosophie.', 'Run `philosophy init` to write one.', 'Führe `philosophy init` aus, um eine zu schreiben.'),
    encoding: m('The file is not valid UTF-8 (first invalid byte at offset {byte}).', 'Die Datei ist kein gültiges UTF-8 (erstes ungültiges Byte bei Position {byte}).', 'Save the file as UTF-8.', 'Speichere die Datei als UTF-8.'),
    tooLarge: m('The file is {size} bytes, over the limit of {limit} bytes; it was not read.', 'Die Datei hat {size} Bytes und liegt über der Grenze von {limit} Bytes; sie wurde nicht gelesen.', 'A philosophy fits in a few kilobytes; raise limits.maxFileSize in .philosophyrc.yaml if this one truly needs more.', 'Eine Philosophie passt in wenige Kilobyte; erhöhe limits.maxFileSize in .philosophyrc.yaml, wenn diese wirklich mehr braucht.'),
    aliasLimit: m('The file expands more than {limit} aliases; it was not read further.', 'Die Datei expandiert mehr als {limit} Aliase; sie wurde nicht weiter gelesen.', 'Write the text out instead of using anchors and aliases.', 'Schreibe den Text aus, statt Anker und Aliase zu verwenden.'),
    entryLimit: m('The file has more than {limit} lines and list items by this point; it was not read further.', 'Die Datei hat an dieser Stelle mehr als {limit} Zeilen und Listeneinträge; sie wurde nicht weiter gelesen.', 'A philosophy holds a few hundred; raise limits.maxEntries in .philosophyrc.yaml if this one truly needs more.', 'Eine Philosophie hat einige hundert; erhöhe limits.maxEntries in .philosophyrc.yaml, wenn diese wirklich mehr braucht.'),
    depthLimit: m('The file nests deeper than {limit} levels; it was not read further.', 'Die Datei ist tiefer als {limit} Ebenen verschachtelt; sie wurde nicht weiter gelesen.', 'A philosophy needs only a few levels; check for runaway brackets or indentation.', 'Eine Philosophie braucht nur wenige Ebenen; prüfe auf überzählige Klammern oder Einrückungen.'),
  },
};

export const schemaRule: PseudoRule = {
  meta: {
    id: 'schema',
    description: {
      en: 'The file follows the philosophy format, version 1: required fields present, known fields only, right types and values.',
      de: 'Die Datei folgt dem Philosophie-Format, Version 1: Pflichtfelder vorhanden, nur bekannte Felder, richtige Typen und Werte.',
    },
    severity: 'error',
    step: null,
    docs: {
      why: {
        en: 'Every document is rendered from the file and every rule reads it, so the file must say what the format means. An unknown field is almost always a typo whose answer would otherwise be ignored without a word.',
        de: 'Jedes Dokument wird aus der Datei erzeugt und jede Regel liest sie, deshalb muss die Datei dem Format entsprechen. Ein unbekanntes Feld ist fast immer ein Tippfehler, dessen Antwort sonst wortlos ignoriert würde.',
      },
      bad: 'version: 1\nlanguage: fr\ncompany:\n  nmae: Acme Robotics\n',
      good: 'version: 1\nlanguage: en\ncompany:\n  name: Acme Robotics\n  mission: Robots anyone can run.\n',
    },
  },
  messages: {
    required: m('Missing required field `{field}`.', 'Pflichtfeld `{field}` fehlt.', 'Add `{field}`: {description}', 'Ergänze `{field}`: {description}'),
    unknownField: m('Unknown field `{field}`.', 'Unbekanntes Feld `{field}`.', 'Known here: {allowed}.', 'Hier bekannt: {allowed}.'),
    unknownFieldSuggest: m('Unknown field `{field}`; did you mean `{suggestion}`?', 'Unbekanntes Feld `{field}`; meintest du `{suggestion}`?', 'Known here: {allowed}.', 'Hier bekannt: {allowed}.'),
    type: m('`{field}` must be {expected}, not {actual}.', '`{field}` muss {expected} sein, nicht {actual}.', '{description}', '{description}'),
    enum: m('`{field}` must be one of: {allowed}; found {actual}.', '`{field}` muss einer dieser Werte sein: {allowed}; gefunden: {actual}.', '{description}', '{description}'),
    const: m('`{field}` must be {expected}; found {actual}.', '`{field}` muss {expected} sein; gefunden: {actual}.', 'This tool reads format version 1.', 'Dieses Werkzeug liest Format-Version 1.'),
    emptyText: m('`{field}` is empty.', '`{field}` ist leer.', '{description}', '{description}'),
    minItems: m('`{field}` needs at least {limit} entr{plural}.', '`{field}` braucht mindestens {limit} Eintr{plural}.', '{description}', '{description}'),
    pattern: m('`{field}` has the wrong form: {actual}.', '`{field}` hat die falsche Form: {actual}.', '{description}', '{description}'),
    range: m('`{field}` must be {comparison} {limit}; found {actual}.', '`{field}` muss {comparison} {limit} sein; gefunden: {actual}.', '{description}', '{description}'),
    invalid: m('`{field}` is not valid here ({keyword}).', '`{field}` ist hier nicht gültig ({keyword}).', '{description}', '{description}'),
  },
};

export const directiveRule: PseudoRule = {
  meta: {
    id: 'disable-directive',
    description: {
      en: 'Each `# philosophy-disable-next-line` comment names known rules, gives a reason and suppresses something.',
      de: 'Jeder Kommentar `# philosophy-disable-next-line` nennt bekannte Regeln, gibt einen Grund an und unterdrückt etwas.',
    },
    severity: 'warn',
    step: null,
    docs: {
      why: {
        en: 'A suppression is a decision the team took; the reason keeps it reviewable. A suppression that no longer suppresses anything hides the next real finding on that line, so it is reported.',
        de: 'Eine Unterdrückung ist eine Entscheidung des Teams; der Grund hält sie überprüfbar. Eine Unterdrückung, die nichts mehr unterdrückt, würde den nächsten echten Befund in dieser Zeile verstecken, deshalb wird sie gemeldet.',
      },
      bad: 'vision:\n  # philosophy-disable-next-line vision-one-sentence\n  statement: Fast help.\n',
      good: 'vision:\n  # philosophy-disable-next-line vision-one-sentence -- the board wants both sentences\n  statement: Fast help. Human help.\n',
    },
  },
  messages: {
    unused: m('This directive suppresses nothing: no `{rule}` finding on the next line.', 'Diese Anweisung unterdrückt nichts: kein Befund von `{rule}` in der nächsten Zeile.', 'Remove the directive.', 'Entferne die Anweisung.'),
    unknownRule: m('This directive names an unknown rule `{rule}`.', 'Diese Anweisung nennt eine unbekannte Regel `{rule}`.', 'See `docs/rules/` for the rule ids.', 'Die Regel-IDs stehen in `docs/rules/`.'),
    missingReason: m('This directive gives no reason.', 'Diese Anweisung nennt keinen Grund.', 'Add `-- <reason>` after the rule id.', 'Ergänze `-- <Grund>` nach der Regel-ID.'),
    notSuppressible: m('Findings of `{rule}` cannot be suppressed: the file must be fixed.', 'Befunde von `{rule}` lassen sich nicht unterdrücken: die Datei muss korrigiert werden.', 'Remove `{rule}` from the directive and fix what it reports.', 'Entferne `{rule}` aus der Anweisung und behebe, was gemeldet wird.'),
    missingRule: m('This directive names no rule.', 'Diese Anweisung nennt keine Regel.', 'Write `# philosophy-disable-next-line <rule-id> -- <reason>`.', 'Schreibe `# philosophy-disable-next-line <regel-id> -- <Grund>`.'),
  },
};

export const ioRule: PseudoRule = {
  meta: {
    id: 'io',
    description: {
      en: 'The file can be read: it exists, is a regular file and is readable.',
      de: 'Die Datei lässt sich lesen: sie existiert, ist eine normale Datei und ist lesbar.',
    },
    severity: 'error',
    step: null,
    docs: {
      why: {
        en: 'A file that cannot be read is not a clean file. `philosophy validate` reports it with the others and exits with 2, so a CI run never passes on a file it did not see.',
        de: 'Eine Datei, die sich nicht lesen lässt, ist keine fehlerfreie Datei. `philosophy validate` meldet sie zusammen mit den anderen und endet mit 2, damit ein CI-Lauf nie wegen einer ungesehenen Datei grün wird.',
      },
      bad: '# philosophies/acme.yaml is a directory, or unreadable (chmod 000)\n',
      good: '# philosophies/acme.yaml is a readable file\n',
    },
  },
  messages: {
    unreadable: m('The file cannot be read: {reason}.', 'Die Datei lässt sich nicht lesen: {reason}.', 'Check that it exists and that you may read it.', 'Prüfe, ob sie existiert und ob du sie lesen darfst.'),
    notAFile: m('This is not a regular file ({kind}).', 'Das ist keine normale Datei ({kind}).', 'Name a .yaml file, or a folder to search for them.', 'Gib eine .yaml-Datei an oder einen Ordner, in dem gesucht wird.'),
  },
};

export const PSEUDO_RULES: readonly PseudoRule[] = [parseRule, schemaRule, directiveRule, ioRule];
