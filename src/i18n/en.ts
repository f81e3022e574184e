// Every text the CLI itself prints, in English. de.ts must have the same keys (the type says
// so, and a test checks it at run time too).
export const en = {
  'cli.description': 'Write, keep and check your customer-service philosophy as code.',
  'cli.examples': `Examples:
  $ philosophy init                          walk your team through the seven steps
  $ philosophy validate                      check every file in philosophies/
  $ philosophy validate --format github      annotations for a GitHub Actions run
  $ philosophy catalog kpis --lang de        the built-in KPIs, in German
  $ philosophy schema > philosophy.schema.json

Exit codes: 0 clean · 1 findings at error level (or over --max-warnings) · 2 usage, config, I/O or internal error.`,
  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.globalOptions': 'Global options:',
  'help.optionsWord': '[options]',
  'help.commandWord': '[command]',
  'help.choices': 'choices',
  'help.default': 'default',
  'arg.file': 'file',
  'arg.dir': 'dir',
  'arg.path': 'path',
  'arg.paths': 'paths',
  'arg.n': 'n',
  'arg.format': 'format',
  'arg.lang': 'lang',
  'arg.kind': 'kind',
  'arg.ref': 'ref',
  'arg.name': 'name',
  'arg.char': 'char',
  'arg.list': 'list',
  'arg.period': 'period',
  'arg.date': 'date',
  'arg.source': 'source',
  'arg.level': 'level',
  'export.file': 'philosophy file',
  'export.kind': 'handout | hiring-kit | team-sheet | survey',
  'opt.debug': 'print stack traces of internal errors',
  'opt.lang': 'language of messages and output: en or de (default: from LC_ALL, LC_MESSAGES or LANG)',
  'opt.version': 'print the version',
  'opt.help': 'show help',
  'validate.description': 'check philosophy files: format, consistency and the domain rules',
  'validate.paths': 'files, folders or globs (default: philosophies/)',
  'validate.examples': `Examples:
  $ philosophy validate
  $ philosophy validate philosophies/acme.yaml
  $ philosophy validate 'teams/**/*.yaml' --max-warnings 0
  $ philosophy validate --format sarif --output philosophy.sarif
  $ philosophy validate --format json | jq '.errorCount'

Rule severities and per-file overrides live in .philosophyrc.yaml; one finding can be
silenced with "# philosophy-disable-next-line <rule-id> -- <reason>" on the line above it.
Rules: docs/rules/README.md.`,
  'validate.tooManyWarnings': '{count} warning(s) found, more than --max-warnings {max} allows',
  'opt.format': 'output format',
  'opt.output': 'write the report to FILE instead of standard output',
  'opt.maxWarnings': 'exit 1 when there are more than N warnings',
  'opt.quiet': 'report errors only',
  'opt.config': 'config file (default: .philosophyrc.yaml in this or a parent folder)',
  'opt.force': 'overwrite an existing output file',
  'opt.json': 'print JSON instead of a table',
  'schema.description': 'print the JSON Schema of the philosophy file format (draft 2020-12)',
  'schema.examples': `Examples:
  $ philosophy schema > schema/philosophy.schema.json
  Then start each philosophy file with:
  # yaml-language-server: $schema=../schema/philosophy.schema.json`,
  'catalog.description': 'print the built-in knowledge: values, KPIs, teams, channels, cited figures or business profiles',
  'catalog.kind': 'what to print: values, kpis, teams, channels, figures or profiles',
  'opt.profile': 'fit the suggestions to a kind of business: ecommerce, saas, hospitality, finance, public or shop',
  'error.badProfile': 'Unknown profile “{value}”. Use one of: {profiles}.',
  'catalog.col.hours': 'Usual hours',
  'catalog.col.figure': 'Figure',
  'catalog.col.source': 'Source',
  'catalog.col.step': 'Step',
  'catalog.examples': `Examples:
  $ philosophy catalog values --profile shop
  $ philosophy catalog figures
  $ philosophy catalog kpis --lang de
  $ philosophy catalog teams --json`,
  'init.description': 'the seven-step wizard: write a philosophy with your team',
  'init.examples': `Examples:
  $ philosophy init                              the seven steps, in your terminal
  $ philosophy init --resume                     continue the saved draft
  $ philosophy init --answers team.yaml --yes    no prompts: answers from a file, defaults for the rest
  $ philosophy init --lang de --out philosophies/support.yaml

The draft is saved after every answer (.philosophy-draft.yaml); Ctrl-C loses nothing.
Long answers (the vision, a value's meaning, the conflict policy): type e and Enter to write
them in your editor ($VISUAL, else $EDITOR). Findings carry the severities of .philosophyrc.yaml.
Without a terminal (or with CI=true) pass --answers FILE: a philosophy file, possibly partial.`,
  'edit.description': 'walk through the wizard again with every answer of FILE prefilled',
  'edit.examples': `Examples:
  $ philosophy edit philosophies/acme.yaml
  $ philosophy edit philosophies/acme.yaml --step 4     straight to "make it actionable"`,
  'opt.answers': 'answers from a YAML file in the philosophy format (possibly partial); no prompts for what it answers',
  'opt.yes': 'take the defaults for every question the answers file does not answer',
  'opt.resume': 'continue the saved draft without asking',
  'opt.fresh': 'start over, ignoring a saved draft',
  'opt.outFile': 'where to write the philosophy (default: philosophies/<slug>.yaml)',
  'opt.forceInit': 'replace an existing file without asking',
  'opt.step': 'start at step N (1–7)',
  'init.needsTerminal': 'the wizard needs a terminal to ask its questions. Without one (or with CI=true), pass --answers FILE (a philosophy file, possibly partial) and --yes to take the defaults for the rest',
  'init.resumeOrFresh': '--resume and --fresh exclude each other',
  'init.badDraft': 'the draft {path} cannot be read ({reason}); pass --fresh to start over (it will be replaced)',
  'init.noDraft': 'there is no draft ({path}) to resume',
  'init.resumeQuestion': 'A draft from {saved} is waiting at step {step}. Continue it?',
  'init.draftSaved': 'Your answers are saved in {path}; continue with `{command} init --resume`.',
  'init.missing': 'these answers are missing: {fields}; add them to the answers file or pass --yes for the defaults',
  'init.incomplete': 'the philosophy is not complete yet (your answers are kept in {path}):',
  'init.overwrite': '{path} exists. Replace it?',
  'init.exists': '{path} exists and was not replaced; pass --out FILE or --force (your answers are kept in {draft})',
  'init.existsNoDraft': '{path} exists and was not replaced; pass --out FILE or --force',
  'init.clean': '✔ {path}: no problems',
  'init.valid': '✔ {path}: no errors (see any warnings above)',
  'edit.badStep': '--step must be a number from 1 to 7, not "{value}"',
  'edit.draftSaved': 'Your answers so far are kept in {path}; {file} is unchanged. Start again with `{command} edit {file}`.',
  'edit.unchanged': '{path}: no answer changed, nothing written',
  'export.description': 'documents for onboarding, hiring, the teams and the interpretation survey',
  'export.examples': `Examples:
  $ philosophy export philosophies/acme.yaml handout                    acme-welcome-sheet.md beside the source
  $ philosophy export philosophies/acme.yaml handout --team sales --format pdf
  $ philosophy export philosophies/acme.yaml hiring-kit --format pdf --out hr/
  $ philosophy export philosophies/acme.yaml team-sheet --format html    one sheet per team
  $ philosophy export philosophies/acme.yaml survey --format csv         for a spreadsheet or form tool

Kinds: handout, hiring-kit, team-sheet, survey. Formats: md, html (one self-contained file,
print-ready for A4), pdf (printed by Chromium found on PATH or named by PHILOSOPHY_CHROME),
csv (survey only: UTF-8 with BOM, headers in the document's language).`,
  'opt.delimiter': 'survey CSV: the field delimiter, , or ; (default: ; for German, , for English, as spreadsheets there expect)',
  'opt.formal': 'hiring kit: address candidates formally (German "Sie" instead of "du")',
  'opt.noFormal': 'hiring kit: address candidates with "du" even where .philosophyrc.yaml says `export.formal: true`',
  'opt.weights': 'hiring kit: the values\' weights in the scorecard, in priority order, e.g. 3,2,2,1 (default: by priority, 5,4,3,2,1 for five values)',
  'export.badWeights': '--weights expects one whole number from 0 to 100 per core value, separated by commas ({count} values); got "{value}"',
  'opt.exportFormat': 'md, html, pdf or csv (survey only)',
  'opt.team': 'the team the document is for (team-sheet: only this team; handout: adds what the philosophy asks of it)',
  'opt.exportOut': 'file or folder to write to; - for standard output (default: beside the source)',
  'opt.forceExport': 'replace an existing file that was not exported by philosophy',
  'export.badKind': 'unknown kind "{value}"; use one of: {allowed}',
  'export.csvOnlySurvey': 'CSV exists for the survey only; use --format md, html or pdf',
  'export.delimiterOnlyCsv': '--delimiter is for the survey as CSV (--format csv), not for --format {format}',
  'export.noBrowser': 'printing a PDF needs Chromium or Chrome, and none was found on PATH. Install one (e.g. `apt-get install chromium`) or name it in PHILOSOPHY_CHROME; --format html gives the same document without a browser',
  'export.unknownTeam': 'the philosophy has no team "{team}"; its teams: {known}',
  'export.pdfFailed': 'Chromium could not print the PDF: {reason}',
  'export.pdfToStdout': 'a PDF cannot go to standard output; name a file with --out',
  'export.exists': '{path} exists and was not exported by philosophy; pass --force to replace it',
  'diff.description': 'what a change to a philosophy means: values added, moved or renamed, targets stricter or looser',
  'diff.paths': 'OLD NEW (two files), or FILE… compared with git (--base)',
  'diff.examples': `Examples:
  $ philosophy diff philosophies/acme.yaml                 against the merge base with the default branch
  $ philosophy diff philosophies/acme.yaml --base HEAD~1
  $ philosophy diff old/acme.yaml philosophies/acme.yaml   two files
  $ philosophy diff --base origin/main --format md philosophies/*.yaml >> "$GITHUB_STEP_SUMMARY"

Exit codes: 0 compared (with --exit-code: no change) · 1 with --exit-code: something changed ·
2 unknown ref, a file at neither side, one side unreadable or not in the format.`,
  'log.description': 'the history of one philosophy through git, each commit with what it changed, newest first',
  'log.examples': `Examples:
  $ philosophy log philosophies/acme.yaml
  $ philosophy log philosophies/acme.yaml --format md > docs/how-our-values-evolved.md`,
  'opt.base': 'compare with the file at this git ref (default: the merge base with the default branch, else HEAD)',
  'opt.exitCode': 'exit 1 when there are changes, like git diff --exit-code',
  'opt.diffFormat': 'output format',
  'diff.badArguments': 'give two files (OLD NEW), or files with --base REF, or one file',
  'diff.noGit': 'git is not installed or not on PATH; it is needed to read {path} at a ref',
  'diff.noRepository': '{path} is not in a git repository',
  'diff.unknownRef': 'unknown git ref "{ref}"',
  'diff.notAtRef': '{path} is in neither version: not at {ref} and not in the working tree',
  'diff.gitFailed': 'git failed: {reason}',
  'diff.unreadable': 'cannot compare: {file} cannot be read or does not match the format',
  'error.prefix': 'philosophy: ',
  'error.debugHint': '(run with --debug for details)',
  'error.internal': 'internal error: {message}',
  'error.usage': 'Run `philosophy {command} --help` for usage.',
  'error.noMatch': 'no file matches {pattern}',
  'error.notFound': '{path} does not exist',
  'error.defaultMissing': 'no philosophies/ folder here ({cwd}); name the files to check, or run `philosophy init`',
  'error.noYaml': 'no .yaml or .yml file in {path}',
  'error.outputExists': '{path} exists; pass --force to overwrite it',
  'error.writeFailed': 'cannot write {path}: {reason}',
  'error.badInteger': '{option} must be a whole number of 0 or more, not "{value}"',
  'error.badLang': 'unknown language "{value}"; use en or de',
  'error.badFormat': 'unknown format "{value}"; use one of: {allowed}',
  'error.badCatalog': 'unknown catalog "{value}"; use one of: values, kpis, teams',
  'config.notAMap': 'expected a map of settings',
  'config.unknownKey': 'unknown setting `{key}`{suggestion}; known: {allowed}',
  'config.unknownRule': 'unknown rule `{rule}`{suggestion}; see docs/rules/README.md',
  'config.didYouMean': ' (did you mean `{suggestion}`?)',
  'config.badSeverity': '`{rule}` is set to "{value}"; use off, info, warn or error',
  'config.badOverride': 'each entry of `overrides` needs `files` (a glob or a list of globs) and `rules`',
  'config.badLimit': '`limits.{key}` must be a positive whole number',
  'config.badTemplates': '`templates` must be the path of a folder',
  'config.badExport': '`export` holds `formal: true` or `formal: false`',
  'config.badScorecard': '`scorecard.{key}` must be {what}',
  'sideFile.answers': 'the answers file {path}',
  'sideFile.config': 'the config file {path}',
  'sideFile.at': '{file}, line {line}:{column}: {detail}',
  'sideFile.problem': '{file}: {detail}',
  'sideFile.more': '{file}: more problems not shown; fix these first',
  'render.description': 'render philosophy files as Markdown (and YAML) documents',
  'render.paths': 'philosophy files, folders or globs (default: philosophies/)',
  'render.examples': `Examples:
  $ philosophy render                                   philosophies/*.md beside their sources
  $ philosophy render philosophies/acme.yaml --out docs
  $ philosophy render --format all --out build          Markdown and the canonical YAML
  $ philosophy render --templates my-templates          your templates first, built-ins for the rest
  $ philosophy render --check                           CI: exit 1 with a diff when a rendering is stale

Each generated file starts with a "philosophy:generated" comment; files without it are not
replaced unless you pass --force.`,
  'opt.out': 'write the documents into DIR (default: beside each source)',
  'opt.renderFormat': 'what to render: md, yaml (the canonical file) or all',
  'opt.templates': 'folder of templates that replace built-in ones of the same name',
  'opt.check': 'write nothing; exit 1 with a diff when a committed rendering is stale',
  'opt.forceRender': 'replace existing files that were not generated by philosophy',
  'render.noTemplates': 'the templates folder {path} does not exist',
  'render.outNotDir': '{path} is not a folder',
  'render.yamlNeedsOut': 'the YAML view would replace its source file; pass --out DIR',
  'render.wouldReplaceSource': 'the YAML view of {path} would replace the file itself; choose another --out folder',
  'render.templateError': 'template error in {message}',
  'render.committed': 'committed',
  'render.rendered': 'rendered from the source',
  'render.notOurs': '{path} exists and was not generated by philosophy; pass --force to replace it',
  'render.wrote': 'wrote {path}',
  'render.staleSummary': '{count} rendering(s) out of date: run `philosophy render` and commit the result',
  'render.freshSummary': 'all renderings are up to date ({count} source file(s))',
  'render.nothingChanged': 'nothing to write: {count} rendering(s) already up to date',
  'catalog.col.id': 'ID',
  'catalog.col.name': 'Name',
  'catalog.col.unit': 'Unit',
  'catalog.col.scale': 'Scale',
  'catalog.col.direction': 'Better',
  'catalog.col.definition': 'Definition',
  'catalog.col.formula': 'Formula',
  'catalog.col.ticketFormula': 'Computed from tickets',
  'catalog.col.benchmark': 'Benchmark',
  'catalog.col.action': 'Action statement',
  'catalog.col.kpis': 'KPIs',
  'catalog.col.activities': 'Key activities',
  'catalog.col.metrics': 'Metrics',
  'catalog.col.meaning': 'Meaning',
  'catalog.higher': 'higher',
  'catalog.lower': 'lower',
} as const;

export type MessageKey = keyof typeof en;
