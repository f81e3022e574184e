// `philosophy validate`: find the files, lint each, format the results, choose the exit code.
import { resolve } from 'node:path';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { FileExistsError, writeFileAtomic } from '../io/write.js';
import { loadConfig, type Config } from '../lint/config.js';
import { reasonOf } from '../io/reason.js';
import { expandTargets } from '../lint/files.js';
import { lintFiles } from '../lint/lint-files.js';
import { result } from '../core/findings.js';
import type { FileResult } from '../core/findings.js';
import type { RuleInfo } from '../formatters/types.js';
import { FORMATS, isFormat, loadFormatter } from '../formatters/index.js';
import { PSEUDO_RULES, RULES, docsUrl } from '../rules/index.js';
import { wantsColor } from '../io/output.js';
import { type CommandContext } from './context.js';
import { VERSION } from '../version.js';
import { oneLine } from '../core/text.js';

export interface ValidateOptions {
  format?: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  config?: string;
  force?: boolean;
}


export async function validate(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const { language, cwd } = ctx;
  const format = options.format ?? 'stylish';
  if (!isFormat(format)) throw new CliError(t(language, 'error.badFormat', { value: oneLine(format, 40), allowed: FORMATS.join(', ') }));
  const maxWarnings = parseCount(options.maxWarnings, '--max-warnings', ctx);
  const config = await loadConfig(cwd, language, options.config);

  const files = await expandTargets(paths, cwd, language);
  const today = ctx.env['PHILOSOPHY_TODAY'] ?? new Date().toISOString().slice(0, 10);

  // How many worker threads, instead of the default for the number of files and cores.
  const workersEnv = ctx.env['PHILOSOPHY_WORKERS'];
  const workers = workersEnv && /^\d{1,2}$/.test(workersEnv) ? Number(workersEnv) : undefined;
  const results = await lintFiles(files, { cwd, config, today, language, ...(workers === undefined ? {} : { workers }) });
  const ioFailures = results.filter((r) => r.findings.some((f) => f.ruleId === 'io')).length;

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const shown = options.quiet ? results.map(onlyErrors) : results;

  const formatter = await loadFormatter(format);
  // GitHub attaches annotations to paths relative to the workspace, wherever the job runs.
  const workspace = format === 'github' && ctx.env['GITHUB_WORKSPACE'] ? resolve(ctx.env['GITHUB_WORKSPACE']) : cwd;
  const report = formatter(shown, {
    cwd: workspace,
    rules: ruleInfos(config),
    color: !options.output && wantsColor(ctx.stdout, ctx.env),
    version: VERSION,
    language,
    ...(!options.output && ctx.stdout.isTTY && ctx.stdout.columns ? { width: ctx.stdout.columns } : {}),
  });
  if (options.output) {
    const target = resolve(cwd, options.output);
    try {
      writeFileAtomic(target, report, { overwrite: options.force === true });
    } catch (error) {
      if (error instanceof FileExistsError) throw new CliError(t(language, 'error.outputExists', { path: options.output }));
      throw new CliError(t(language, 'error.writeFailed', { path: options.output, reason: reasonOf(error, language) }));
    }
  } else if (report) {
    ctx.stdout.write(report.endsWith('\n') ? report : report + '\n');
  }

  if (ioFailures) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    // Said on stderr, so that a quiet or machine-readable run still tells why it failed.
    ctx.stderr.write(t(language, 'error.prefix') + t(language, 'validate.tooManyWarnings', { count: warnings, max: maxWarnings }) + '\n');
    return 1;
  }
  return 0;
}

function onlyErrors(r: FileResult): FileResult {
  return result(
    r.file,
    r.absolutePath,
    r.findings.filter((f) => f.severity === 'error'),
  );
}

function ruleInfos(config: Config): RuleInfo[] {
  return [...RULES, ...PSEUDO_RULES].map((r) => ({
    id: r.meta.id,
    description: r.meta.description.en,
    severity: config.rules[r.meta.id] ?? r.meta.severity,
    step: r.meta.step,
    docsUrl: docsUrl(r.meta.id),
  }));
}

function parseCount(value: string | undefined, option: string, ctx: CommandContext): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliError(t(ctx.language, 'error.badInteger', { option, value: oneLine(value, 40) }));
  return Number(value);
}
