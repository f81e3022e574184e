import type { MessageKey } from './en.js';

export const de: Record<MessageKey, string> = {
  'cli.description': 'Schreibe, pflege und prüfe eure Kundenservice-Philosophie als Code.',
  'cli.examples': `Beispiele:
  $ philosophy init                          führt dein Team durch die sieben Schritte
  $ philosophy validate                      prüft jede Datei in philosophies/
  $ philosophy validate --format github      Anmerkungen für einen GitHub-Actions-Lauf
  $ philosophy catalog kpis --lang de        die eingebauten KPIs, auf Deutsch
  $ philosophy schema > philosophy.schema.json

Exit-Codes: 0 fehlerfrei · 1 Befunde der Stufe error (oder mehr als --max-warnings) · 2 Aufruf-, Konfigurations-, Ein-/Ausgabe- oder interner Fehler.`,
  'help.usage': 'Aufruf:',
  'help.arguments': 'Argumente:',
  'help.options': 'Optionen:',
  'help.commands': 'Befehle:',
  'help.globalOptions': 'Globale Optionen:',
  'help.optionsWord': '[Optionen]',
  'help.commandWord': '[Befehl]',
  'help.choices': 'Auswahl',
  'help.default': 'Standard',
  'arg.file': 'DATEI',
  'arg.dir': 'ORDNER',
  'arg.path': 'PFAD',
  'arg.paths': 'PFADE',
  'arg.n': 'N',
  'arg.format': 'FORMAT',
  'arg.lang': 'SPRACHE',
  'arg.kind': 'ART',
  'arg.ref': 'REF',
  'arg.name': 'NAME',
  'arg.char': 'ZEICHEN',
  'arg.list': 'LISTE',
  'arg.period': 'ZEITRAUM',
  'arg.date': 'DATUM',
  'arg.source': 'QUELLE',
  'arg.level': 'STUFE',
  'export.file': 'Philosophie-Datei',
  'export.kind': 'handout (Willkommensblatt) | hiring-kit (Werte-Interview) | team-sheet (Teamblatt) | survey (Werte-Umfrage)',
  'opt.debug': 'Stacktraces interner Fehler ausgeben',
  'opt.lang': 'Sprache der Meldungen und Ausgaben: en oder de (Standard: aus LC_ALL, LC_MESSAGES oder LANG)',
  'opt.version': 'Version ausgeben',
  'opt.help': 'Hilfe anzeigen',
  'validate.description': 'Philosophie-Dateien prüfen: Format, Stimmigkeit und die Regeln der Domäne',
  'validate.paths': 'Dateien, Ordner oder Globs (Standard: philosophies/)',
  'validate.examples': `Beispiele:
  $ philosophy validate
  $ philosophy validate philosophies/acme.yaml
  $ philosophy validate 'teams/**/*.yaml' --max-warnings 0
  $ philosophy validate --format sarif --output philosophy.sarif
  $ philosophy validate --format json | jq '.errorCount'

Schweregrade der Regeln und Ausnahmen je Datei stehen in .philosophyrc.yaml; ein einzelner
Befund lässt sich mit "# philosophy-disable-next-line <regel-id> -- <Grund>" in der Zeile
darüber abschalten. Regeln: docs/rules/README.md.`,
  'validate.tooManyWarnings': '{count} Warnung(en) gefunden, mehr als --max-warnings {max} erlaubt',
  'opt.format': 'Ausgabeformat',
  'opt.output': 'den Bericht in DATEI schreiben statt auf die Standardausgabe',
  'opt.maxWarnings': 'mit 1 enden, wenn es mehr als N Warnungen gibt',
  'opt.quiet': 'nur Fehler melden',
  'opt.config': 'Konfigurationsdatei (Standard: .philosophyrc.yaml in diesem oder einem übergeordneten Ordner)',
  'opt.force': 'eine vorhandene Ausgabedatei überschreiben',
  'opt.json': 'JSON statt einer Tabelle ausgeben',
  'schema.description': 'das JSON-Schema des Philosophie-Dateiformats ausgeben (Draft 2020-12)',
  'schema.examples': `Beispiele:
  $ philosophy schema > schema/philosophy.schema.json
  Dann beginnt jede Philosophie-Datei mit:
  # yaml-language-server: $schema=../schema/philosophy.schema.json`,
  'catalog.description': 'das eingebaute Wissen ausgeben: Werte, KPIs, Teams, Kanäle, zitierte Zahlen oder Geschäftsprofile',
  'catalog.kind': 'was ausgegeben wird: values, kpis, teams, channels, figures oder profiles',
  'opt.profile': 'die Vorschläge an eine Art von Geschäft anpassen: ecommerce, saas, hospitality, finance, public oder shop',
  'error.badProfile': 'Unbekanntes Profil „{value}“. Erlaubt sind: {profiles}.',
  'catalog.col.hours': 'Übliche Zeiten',
  'catalog.col.figure': 'Zahl',
  'catalog.col.source': 'Quelle',
  'catalog.col.step': 'Schritt',
  'catalog.examples': `Beispiele:
  $ philosophy catalog values --profile shop
  $ philosophy catalog figures
  $ philosophy catalog kpis --lang de
  $ philosophy catalog teams --json`,
  'init.description': 'der Assistent in sieben Schritten: schreibe mit deinem Team eine Philosophie',
  'init.examples': `Beispiele:
  $ philosophy init                              die sieben Schritte, im Terminal
  $ philosophy init --resume                     den gespeicherten Entwurf fortsetzen
  $ philosophy init --answers team.yaml --yes    ohne Fragen: Antworten aus einer Datei, Vorgaben für den Rest
  $ philosophy init --lang de --out philosophies/support.yaml

Der Entwurf wird nach jeder Antwort gespeichert (.philosophy-draft.yaml); Strg-C verliert nichts.
Lange Antworten (die Vision, die Bedeutung eines Werts, der Umgang mit Konflikten): Tippe e und
Enter, um sie in deinem Editor zu schreiben ($VISUAL, sonst $EDITOR). Befunde tragen die
Schweregrade aus .philosophyrc.yaml.
Ohne Terminal (oder mit CI=true) gib --answers DATEI an: eine Philosophie-Datei, gern unvollständig.`,
  'edit.description': 'den Assistenten erneut durchlaufen, jede Antwort aus DATEI vorausgefüllt',
  'edit.examples': `Beispiele:
  $ philosophy edit philosophies/acme.yaml
  $ philosophy edit philosophies/acme.yaml --step 4     direkt zu „Umsetzbar machen“`,
  'opt.answers': 'Antworten aus einer YAML-Datei im Philosophie-Format (gern unvollständig); keine Fragen zu dem, was sie beantwortet',
  'opt.yes': 'für jede Frage, die die Antwortdatei offen lässt, die Vorgabe nehmen',
  'opt.resume': 'den gespeicherten Entwurf ohne Rückfrage fortsetzen',
  'opt.fresh': 'neu beginnen und einen gespeicherten Entwurf übergehen',
  'opt.outFile': 'wohin die Philosophie geschrieben wird (Standard: philosophies/<slug>.yaml)',
  'opt.forceInit': 'eine vorhandene Datei ohne Rückfrage ersetzen',
  'opt.step': 'bei Schritt N beginnen (1–7)',
  'init.needsTerminal': 'der Assistent braucht ein Terminal für seine Fragen. Ohne Terminal (oder mit CI=true) gib --answers DATEI an (eine Philosophie-Datei, gern unvollständig) und --yes für die Vorgaben',
  'init.resumeOrFresh': '--resume und --fresh schließen einander aus',
  'init.badDraft': 'der Entwurf {path} lässt sich nicht lesen ({reason}); mit --fresh beginnst du neu (er wird dann ersetzt)',
  'init.noDraft': 'es gibt keinen Entwurf ({path}) zum Fortsetzen',
  'init.resumeQuestion': 'Ein Entwurf vom {saved} wartet bei Schritt {step}. Fortsetzen?',
  'init.draftSaved': 'Deine Antworten sind in {path} gespeichert; weiter mit `{command} init --resume`.',
  'init.missing': 'diese Antworten fehlen: {fields}; ergänze sie in der Antwortdatei oder nimm mit --yes die Vorgaben',
  'init.incomplete': 'die Philosophie ist noch nicht vollständig (deine Antworten bleiben in {path}):',
  'init.overwrite': '{path} existiert. Ersetzen?',
  'init.exists': '{path} existiert und wurde nicht ersetzt; gib --out DATEI oder --force an (deine Antworten bleiben in {draft})',
  'init.existsNoDraft': '{path} existiert und wurde nicht ersetzt; gib --out DATEI oder --force an',
  'init.clean': '✔ {path}: keine Probleme',
  'init.valid': '✔ {path}: keine Fehler (Warnungen, falls vorhanden, stehen oben)',
  'edit.badStep': '--step muss eine Zahl von 1 bis 7 sein, nicht „{value}“',
  'edit.draftSaved': 'Deine bisherigen Antworten liegen in {path}; {file} ist unverändert. Beginne neu mit `{command} edit {file}`.',
  'edit.unchanged': '{path}: keine Antwort geändert, nichts geschrieben',
  'export.description': 'Dokumente für die Einarbeitung, Bewerbungsgespräche, die Teams und die Werte-Umfrage',
  'export.examples': `Beispiele:
  $ philosophy export philosophies/radwerk.yaml handout                    radwerk-willkommensblatt.md neben der Quelle
  $ philosophy export philosophies/radwerk.yaml handout --team vertrieb --format pdf
  $ philosophy export philosophies/radwerk.yaml hiring-kit --format pdf --formal --out hr/
  $ philosophy export philosophies/radwerk.yaml team-sheet --format html    ein Blatt pro Team
  $ philosophy export philosophies/radwerk.yaml survey --format csv         für eine Tabelle oder ein Formular-Werkzeug

Arten: handout, hiring-kit, team-sheet, survey. Formate: md, html (eine eigenständige Datei,
druckfertig für A4), pdf (gedruckt von Chromium auf dem PATH oder aus PHILOSOPHY_CHROME),
csv (nur für die Umfrage: UTF-8 mit BOM, Spaltenköpfe in der Sprache des Dokuments).`,
  'opt.delimiter': 'Umfrage als CSV: das Trennzeichen, , oder ; (Standard: ; für Deutsch, , für Englisch, wie es Tabellenprogramme dort erwarten)',
  'opt.formal': 'Interview-Leitfaden: Bewerbende mit „Sie“ statt mit „du“ ansprechen',
  'opt.noFormal': 'Interview-Leitfaden: Bewerbende mit „du“ ansprechen, auch wenn .philosophyrc.yaml `export.formal: true` setzt',
  'opt.weights': 'Interview-Leitfaden: die Gewichte der Werte in der Auswertung, in der Reihenfolge ihrer Priorität, z. B. 3,2,2,1 (Standard: nach Priorität, 5,4,3,2,1 bei fünf Werten)',
  'export.badWeights': '--weights erwartet je Kernwert eine ganze Zahl von 0 bis 100, durch Kommas getrennt ({count} Werte); angegeben: „{value}“',
  'opt.exportFormat': 'md, html, pdf oder csv (nur Umfrage)',
  'opt.team': 'das Team, für das das Dokument ist (team-sheet: nur dieses Team; handout: ergänzt, was die Philosophie von ihm erwartet)',
  'opt.exportOut': 'Datei oder Ordner zum Schreiben; - für die Standardausgabe (Standard: neben der Quelle)',
  'opt.forceExport': 'eine vorhandene Datei ersetzen, die nicht von philosophy exportiert wurde',
  'export.badKind': 'unbekannte Art „{value}“; erlaubt: {allowed}',
  'export.csvOnlySurvey': 'CSV gibt es nur für die Umfrage; nimm --format md, html oder pdf',
  'export.delimiterOnlyCsv': '--delimiter gilt nur für die Umfrage als CSV (--format csv), nicht für --format {format}',
  'export.noBrowser': 'für ein PDF braucht es Chromium oder Chrome, und auf dem PATH wurde keins gefunden. Installiere eins (z. B. `apt-get install chromium`) oder nenne es in PHILOSOPHY_CHROME; --format html liefert dasselbe Dokument ohne Browser',
  'export.unknownTeam': 'die Philosophie hat kein Team „{team}“; ihre Teams: {known}',
  'export.pdfFailed': 'Chromium konnte das PDF nicht drucken: {reason}',
  'export.pdfToStdout': 'ein PDF kann nicht auf die Standardausgabe; gib mit --out eine Datei an',
  'export.exists': '{path} existiert und wurde nicht von philosophy exportiert; mit --force wird die Datei ersetzt',
  'diff.description': 'was eine Änderung an einer Philosophie bedeutet: Werte neu, verschoben oder umbenannt, Ziele strenger oder lockerer',
  'diff.paths': 'ALT NEU (zwei Dateien) oder DATEI… im Vergleich mit git (--base)',
  'diff.examples': `Beispiele:
  $ philosophy diff philosophies/acme.yaml                 gegen die Merge-Basis mit dem Standard-Branch
  $ philosophy diff philosophies/acme.yaml --base HEAD~1
  $ philosophy diff alt/acme.yaml philosophies/acme.yaml   zwei Dateien
  $ philosophy diff --base origin/main --format md philosophies/*.yaml >> "$GITHUB_STEP_SUMMARY"

Exit-Codes: 0 verglichen (mit --exit-code: keine Änderung) · 1 mit --exit-code: etwas hat sich geändert ·
2 unbekannte Ref, Datei auf keiner Seite, eine Seite unlesbar oder nicht im Format.`,
  'log.description': 'die Geschichte einer Philosophie in git, jeder Commit mit dem, was er geändert hat, neueste zuerst',
  'log.examples': `Beispiele:
  $ philosophy log philosophies/acme.yaml
  $ philosophy log philosophies/acme.yaml --format md > docs/wie-sich-unsere-werte-entwickelt-haben.md`,
  'opt.base': 'mit der Datei an dieser git-Ref vergleichen (Standard: Merge-Basis mit dem Standard-Branch, sonst HEAD)',
  'opt.exitCode': 'mit 1 beenden, wenn sich etwas geändert hat, wie git diff --exit-code',
  'opt.diffFormat': 'Ausgabeformat',
  'diff.badArguments': 'gib zwei Dateien an (ALT NEU), oder Dateien mit --base REF, oder eine Datei',
  'diff.noGit': 'git ist nicht installiert oder nicht im PATH; es wird gebraucht, um {path} an einer Ref zu lesen',
  'diff.noRepository': '{path} liegt in keinem git-Repository',
  'diff.unknownRef': 'unbekannte git-Ref "{ref}"',
  'diff.notAtRef': '{path} gibt es in keiner der beiden Fassungen: nicht in {ref} und nicht im Arbeitsverzeichnis',
  'diff.gitFailed': 'git ist fehlgeschlagen: {reason}',
  'diff.unreadable': 'Vergleich nicht möglich: {file} ist nicht lesbar oder passt nicht zum Format',
  'error.prefix': 'philosophy: ',
  'error.debugHint': '(mit --debug gibt es Einzelheiten)',
  'error.internal': 'interner Fehler: {message}',
  'error.usage': 'Aufruf: `philosophy {command} --help`.',
  'error.noMatch': 'keine Datei passt zu {pattern}',
  'error.notFound': '{path} existiert nicht',
  'error.defaultMissing': 'hier gibt es keinen Ordner philosophies/ ({cwd}); nenne die zu prüfenden Dateien oder führe `philosophy init` aus',
  'error.noYaml': 'keine .yaml- oder .yml-Datei in {path}',
  'error.outputExists': '{path} existiert bereits; mit --force wird die Datei überschrieben',
  'error.writeFailed': '{path} lässt sich nicht schreiben: {reason}',
  'error.badInteger': '{option} muss eine ganze Zahl ab 0 sein, nicht "{value}"',
  'error.badLang': 'unbekannte Sprache "{value}"; erlaubt sind en und de',
  'error.badFormat': 'unbekanntes Format "{value}"; erlaubt: {allowed}',
  'error.badCatalog': 'unbekannter Katalog "{value}"; erlaubt: values, kpis, teams',
  'config.notAMap': 'erwartet wird eine Map von Einstellungen',
  'config.unknownKey': 'unbekannte Einstellung `{key}`{suggestion}; bekannt: {allowed}',
  'config.unknownRule': 'unbekannte Regel `{rule}`{suggestion}; siehe docs/rules/README.md',
  'config.didYouMean': ' (meintest du `{suggestion}`?)',
  'config.badSeverity': '`{rule}` steht auf "{value}"; erlaubt sind off, info, warn und error',
  'config.badOverride': 'jeder Eintrag in `overrides` braucht `files` (einen Glob oder eine Liste von Globs) und `rules`',
  'config.badLimit': '`limits.{key}` muss eine positive ganze Zahl sein',
  'config.badTemplates': '`templates` muss der Pfad eines Ordners sein',
  'config.badExport': '`export` enthält `formal: true` oder `formal: false`',
  'config.badScorecard': '`scorecard.{key}` muss {what} sein',
  'sideFile.answers': 'die Antwortdatei {path}',
  'sideFile.config': 'die Konfigurationsdatei {path}',
  'sideFile.at': '{file}, Zeile {line}:{column}: {detail}',
  'sideFile.problem': '{file}: {detail}',
  'sideFile.more': '{file}: weitere Probleme nicht gezeigt; behebe zuerst diese',
  'render.description': 'Philosophie-Dateien als Markdown- (und YAML-)Dokumente ausgeben',
  'render.paths': 'Philosophie-Dateien, Ordner oder Globs (Standard: philosophies/)',
  'render.examples': `Beispiele:
  $ philosophy render                                   philosophies/*.md neben den Quellen
  $ philosophy render philosophies/acme.yaml --out docs
  $ philosophy render --format all --out build          Markdown und das kanonische YAML
  $ philosophy render --templates meine-vorlagen        deine Vorlagen zuerst, sonst die eingebauten
  $ philosophy render --check                           CI: Exit 1 mit Diff, wenn eine Ausgabe veraltet ist

Jede erzeugte Datei beginnt mit einem Kommentar „philosophy:generated“; Dateien ohne ihn
werden nur mit --force ersetzt.`,
  'opt.out': 'die Dokumente in ORDNER schreiben (Standard: neben jede Quelle)',
  'opt.renderFormat': 'was erzeugt wird: md, yaml (die kanonische Datei) oder all',
  'opt.templates': 'Ordner mit Vorlagen, die gleichnamige eingebaute ersetzen',
  'opt.check': 'nichts schreiben; mit 1 und einem Diff enden, wenn eine eingecheckte Ausgabe veraltet ist',
  'opt.forceRender': 'vorhandene Dateien ersetzen, die nicht von philosophy erzeugt wurden',
  'render.noTemplates': 'der Vorlagen-Ordner {path} existiert nicht',
  'render.outNotDir': '{path} ist kein Ordner',
  'render.yamlNeedsOut': 'die YAML-Ansicht würde ihre Quelldatei ersetzen; gib --out ORDNER an',
  'render.wouldReplaceSource': 'die YAML-Ansicht von {path} würde die Datei selbst ersetzen; wähle einen anderen --out-Ordner',
  'render.templateError': 'Fehler in der Vorlage {message}',
  'render.committed': 'eingecheckt',
  'render.rendered': 'aus der Quelle erzeugt',
  'render.notOurs': '{path} existiert und wurde nicht von philosophy erzeugt; mit --force wird die Datei ersetzt',
  'render.wrote': '{path} geschrieben',
  'render.staleSummary': '{count} Ausgabe(n) veraltet: führe `philosophy render` aus und checke das Ergebnis ein',
  'render.freshSummary': 'alle Ausgaben sind aktuell ({count} Quelldatei(en))',
  'render.nothingChanged': 'nichts zu schreiben: {count} Ausgabe(n) schon aktuell',
  'catalog.col.id': 'ID',
  'catalog.col.name': 'Name',
  'catalog.col.unit': 'Einheit',
  'catalog.col.scale': 'Skala',
  'catalog.col.direction': 'Besser',
  'catalog.col.definition': 'Definition',
  'catalog.col.formula': 'Formel',
  'catalog.col.ticketFormula': 'Aus Tickets berechnet',
  'catalog.col.benchmark': 'Richtwert',
  'catalog.col.action': 'Handlungsleitsatz',
  'catalog.col.kpis': 'KPIs',
  'catalog.col.activities': 'Kernaufgaben',
  'catalog.col.metrics': 'Kennzahlen',
  'catalog.col.meaning': 'Bedeutung',
  'catalog.higher': 'höher',
  'catalog.lower': 'niedriger',
};
