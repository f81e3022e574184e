// The command-line program: argument wiring only. Each command lives in src/commands/ and is
// imported when it runs, so `--version` or `--help` never pay for YAML, rules or prompts.
// main() never exits the process; it returns the exit code (0 clean, 1 findings, 2 usage,
// config, I/O or internal error) and the bin sets process.exitCode.
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { CliError } from './errors.js';
import { detectLanguage, t } from './i18n/index.js';
import { escapeControls } from './core/text.js';
import type { CommandContext } from './commands/context.js';
import type { Output } from './io/output.js';
import { VERSION } from './version.js';

export interface MainOptions {
  /** Arguments after the program name. */
  argv: string[];
  /** For the wizard: where answers come from (default: no terminal). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  /** For tests: a scripted prompter instead of the terminal. */
  prompter?: import('./wizard/prompts.js').Prompter;
  /** Ends the process at once; the wizard's answer to a signal while no question is open. */
  exit?: (code: number) => void;
  cwd: string;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
}

/** `--lang` must be known before commander runs, so the help itself is in that language. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

export async function main(options: MainOptions): Promise<number> {
  const { argv, stdout, stderr, env } = options;
  const flag = langFlag(argv);
  const language = detectLanguage(env, flag);
  const debug = argv.includes('--debug');
  const ctx: CommandContext = { cwd: options.cwd, stdout, stderr, env, language };
  // Without a stdin (tests), the wizard sees no terminal.
  const wizardIO = {
    stdin: options.stdin ?? ({ isTTY: false } as NodeJS.ReadableStream & { isTTY?: boolean }),
    ...(options.prompter ? { prompter: options.prompter } : {}),
    ...(options.exit ? { exit: options.exit } : {}),
  };
  const say = (key: Parameters<typeof t>[1], data?: Record<string, string | number>) => t(language, key, data);
  let exitCode = 0;
  // Placeholders of options and arguments (<file>, [paths...]) in the user's language.
  const arg = (name: 'file' | 'dir' | 'path' | 'paths' | 'n' | 'format' | 'lang' | 'kind' | 'name' | 'ref' | 'char' | 'list' | 'period' | 'date' | 'source' | 'level') => say(`arg.${name}`);

  const program = new Command('philosophy')
    .description(say('cli.description'))
    .version(VERSION, '-V, --version', say('opt.version'))
    .helpOption('-h, --help', say('opt.help'))
    .addOption(new Option(`--lang <${arg('lang')}>`, say('opt.lang')))
    .option('--debug', say('opt.debug'))
    .addHelpText('after', '\n' + say('cli.examples'))
    .configureHelp(helpIn(language))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      outputError: (s, write) => write(escapeControls(s.trimEnd()).replace(/\\n/g, '\n') + '\n'),
    });
  program.helpCommand(false);

  const sub = (name: string, description: string, examples: string) =>
    program
      .command(name)
      .description(description)
      .helpOption('-h, --help', say('opt.help'))
      .addHelpText('after', '\n' + examples)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => stdout.write(s),
        writeErr: (s) => stderr.write(s),
      });

  sub('validate', say('validate.description'), say('validate.examples'))
    .argument(`[${arg('paths')}...]`, say('validate.paths'))
    .addOption(new Option(`-f, --format <${arg('format')}>`, say('opt.format')).choices(['stylish', 'json', 'junit', 'github', 'sarif']).default('stylish'))
    .option(`-o, --output <${arg('file')}>`, say('opt.output'))
    .option(`--max-warnings <${arg('n')}>`, say('opt.maxWarnings'))
    .option('-q, --quiet', say('opt.quiet'))
    .option(`-c, --config <${arg('file')}>`, say('opt.config'))
    .option('--force', say('opt.force'))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { validate } = await import('./commands/validate.js');
      exitCode = await validate(paths, opts, ctx);
    });

  sub('render', say('render.description'), say('render.examples'))
    .argument(`[${arg('paths')}...]`, say('render.paths'))
    .option(`-o, --out <${arg('dir')}>`, say('opt.out'))
    .addOption(new Option(`-f, --format <${arg('format')}>`, say('opt.renderFormat')).choices(['md', 'yaml', 'all']).default('md'))
    .option(`-t, --templates <${arg('dir')}>`, say('opt.templates'))
    .option('--check', say('opt.check'))
    .option('--force', say('opt.forceRender'))
    .option(`-c, --config <${arg('file')}>`, say('opt.config'))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { render } = await import('./commands/render.js');
      exitCode = await render(paths, opts, ctx);
    });

  sub('export', say('export.description'), say('export.examples'))
    .argument(`<${arg('file')}>`, say('export.file'))
    .addArgument(new Argument(`<${arg('kind')}>`, say('export.kind')).choices(['handout', 'hiring-kit', 'team-sheet', 'survey']))
    .addOption(new Option(`-f, --format <${arg('format')}>`, say('opt.exportFormat')).choices(['md', 'html', 'pdf', 'csv']).default('md'))
    .option(`--team <${arg('name')}>`, say('opt.team'))
    .addOption(new Option(`--delimiter <${arg('char')}>`, say('opt.delimiter')).choices([',', ';']))
    .option('--formal', say('opt.formal'))
    .option('--no-formal', say('opt.noFormal'))
    .option(`--weights <${arg('list')}>`, say('opt.weights'))
    .option(`-o, --out <${arg('path')}>`, say('opt.exportOut'))
    .option(`-t, --templates <${arg('dir')}>`, say('opt.templates'))
    .option('--force', say('opt.forceExport'))
    .option(`-c, --config <${arg('file')}>`, say('opt.config'))
    .action(async (file: string, kind: string, opts: Record<string, unknown>) => {
      const { exportDocument } = await import('./commands/export.js');
      exitCode = await exportDocument(file, kind, opts, ctx);
    });

  sub('diff', say('diff.description'), say('diff.examples'))
    .argument(`[${arg('paths')}...]`, say('diff.paths'))
    .option(`-b, --base <${arg('ref')}>`, say('opt.base'))
    .addOption(new Option(`-f, --format <${arg('format')}>`, say('opt.diffFormat')).choices(['stylish', 'md', 'json']).default('stylish'))
    .option('--exit-code', say('opt.exitCode'))
    .option(`-c, --config <${arg('file')}>`, say('opt.config'))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { diff } = await import('./commands/diff.js');
      exitCode = await diff(paths, opts, ctx);
    });

  sub('log', say('log.description'), say('log.examples'))
    .argument(`<${arg('file')}>`, say('export.file'))
    .addOption(new Option(`-f, --format <${arg('format')}>`, say('opt.diffFormat')).choices(['stylish', 'md', 'json']).default('stylish'))
    .option(`-c, --config <${arg('file')}>`, say('opt.config'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { log } = await import('./commands/log.js');
      exitCode = await log(file, opts, ctx);
    });

  // The scorecard's words live beside its service (src/scorecard/words.ts).
  const { w: sayScorecard } = await import('./scorecard/words.js');
  const sc = (key: Parameters<typeof sayScorecard>[1]) => sayScorecard(language, key);
  sub('scorecard', sc('cli.description'), sc('cli.examples'))
    .argument(`<${arg('file')}>`, say('export.file'))
    .option(`-d, --data <${arg('file')}>`, sc('opt.data'), (value: string, previous: string[] = []) => [...previous, value])
    .addOption(new Option(`--period <${arg('period')}>`, sc('opt.period')).choices(['week', 'month', 'quarter']).default('month'))
    .option(`--since <${arg('date')}>`, sc('opt.since'))
    .option(`--until <${arg('date')}>`, sc('opt.until'))
    .addOption(new Option(`--source <${arg('source')}>`, sc('opt.source')).choices(['zendesk', 'freshdesk', 'intercom', 'tickets', 'aggregated']))
    .addOption(new Option(`-f, --format <${arg('format')}>`, sc('opt.format')).choices(['stylish', 'md', 'html', 'pdf', 'json', 'csv']).default('stylish'))
    .option(`-o, --out <${arg('path')}>`, sc('opt.out'))
    .addOption(new Option(`--fail-on <${arg('level')}>`, sc('opt.failOn')).choices(['missed', 'near']))
    .option('--emit-sql', sc('opt.emitSql'))
    .option('--business-hours', sc('opt.businessHours'))
    .option('--force', sc('opt.force'))
    .option(`-c, --config <${arg('file')}>`, sc('opt.config'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { scorecard } = await import('./commands/scorecard.js');
      exitCode = await scorecard(file, opts, ctx);
    });

  sub('catalog', say('catalog.description'), say('catalog.examples'))
    .addArgument(new Argument(`<${arg('kind')}>`, say('catalog.kind')).choices(['values', 'kpis', 'teams', 'channels', 'figures', 'profiles']))
    .option('--json', say('opt.json'))
    .option('-p, --profile <profile>', say('opt.profile'))
    .action(async (kind: string, opts: { json?: boolean; profile?: string }) => {
      const { catalog } = await import('./commands/catalog.js');
      exitCode = catalog(kind, opts, ctx);
    });

  sub('schema', say('schema.description'), say('schema.examples')).action(async () => {
    const { printSchema } = await import('./commands/schema.js');
    exitCode = printSchema(ctx);
  });

  sub('init', say('init.description'), say('init.examples'))
    .option(`--answers <${arg('file')}>`, say('opt.answers'))
    .option('-y, --yes', say('opt.yes'))
    .option('--resume', say('opt.resume'))
    .option('--fresh', say('opt.fresh'))
    .option(`-o, --out <${arg('file')}>`, say('opt.outFile'))
    .option('--force', say('opt.forceInit'))
    .action(async (opts: Record<string, unknown>) => {
      const { init } = await import('./commands/init.js');
      exitCode = await init(opts, ctx, wizardIO);
    });

  sub('edit', say('edit.description'), say('edit.examples'))
    .argument(`<${arg('file')}>`, say('export.file'))
    .option(`--step <${arg('n')}>`, say('opt.step'))
    .option(`--answers <${arg('file')}>`, say('opt.answers'))
    .option('-y, --yes', say('opt.yes'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { edit } = await import('./commands/init.js');
      exitCode = await edit(file, opts, ctx, wizardIO);
    });

  try {
    if (flag !== undefined && flag !== 'en' && flag !== 'de') throw new CliError(say('error.badLang', { value: escapeControls(flag) }));
    if (!argv.length) {
      stderr.write(program.helpInformation());
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; everything else commander rejects is usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return error.code === 'commander.help' ? 2 : 0;
      }
      return 2;
    }
    if (error instanceof CliError) {
      stderr.write(say('error.prefix') + error.message + '\n');
      if (error.hint) stderr.write(error.hint + '\n');
      if (debug && error.stack) stderr.write(error.stack + '\n');
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(say('error.prefix') + say('error.internal', { message: escapeControls(message) }) + '\n');
    if (debug) stderr.write(String((error as Error)?.stack ?? error) + '\n');
    else stderr.write(say('error.debugHint') + '\n');
    return 2;
  }
}

/** Commander's own words in its help (Usage, Options, [options], choices, default) in the
 * user's language, through its help configuration; English is commander's own. */
function helpIn(language: 'en' | 'de'): Partial<Help> {
  if (language === 'en') return {};
  const say = (key: Parameters<typeof t>[1]) => t(language, key);
  const titles: Record<string, string> = {
    'Usage:': say('help.usage'),
    'Arguments:': say('help.arguments'),
    'Options:': say('help.options'),
    'Commands:': say('help.commands'),
    'Global Options:': say('help.globalOptions'),
  };
  const words = (text: string) => text.replace(/\[options\]/g, say('help.optionsWord')).replace(/\[command\]/g, say('help.commandWord'));
  // "(choices: …, default: …)" is commander's; the words before the colon are put in German.
  const extras = (text: string) => text.replace(/\((.*)\)$/, (_, inner: string) => `(${inner.replace(/\bchoices:/g, `${say('help.choices')}:`).replace(/\bdefault:/g, `${say('help.default')}:`)})`);
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage(cmd: Command) {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(cmd: Command) {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}
