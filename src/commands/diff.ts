// `philosophy diff`: two versions in, what changed out, in the chosen format. The comparing is
// the diff service's (src/diff/); this file picks the inputs, prints and chooses the exit code.
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { loadConfig } from '../lint/config.js';
import { oneLine } from '../core/text.js';
import type { DiffFormatContext } from '../diff/formatters/types.js';
import { DIFF_FORMATS, isDiffFormat, loadDiffFormatter, type DiffFormat } from '../diff/formatters/index.js';
import type { DiffOptions } from '../diff/index.js';
import { VERSION } from '../version.js';
import { wantsColor } from '../io/output.js';
import { type CommandContext } from './context.js';

export interface DiffCommandOptions {
  base?: string;
  format?: string;
  exitCode?: boolean;
  config?: string;
}

export async function diff(paths: string[], options: DiffCommandOptions, ctx: CommandContext): Promise<number> {
  const format = checkFormat(options.format, ctx);
  const service = await import('../diff/index.js');
  const serviceOptions = await diffOptions(options.config, ctx);
  let results;
  try {
    if (options.base !== undefined) {
      if (!paths.length) throw new CliError(t(ctx.language, 'diff.badArguments'));
      results = [];
      for (const p of paths) results.push(await service.diffWithBase(p, options.base, serviceOptions));
    } else if (paths.length === 1) {
      results = [await service.diffWithBase(paths[0]!, undefined, serviceOptions)];
    } else if (paths.length === 2) {
      results = [await service.diffFiles(paths[0]!, paths[1]!, serviceOptions)];
    } else {
      throw new CliError(t(ctx.language, 'diff.badArguments'));
    }
  } catch (error) {
    throw await explain(error, ctx);
  }
  const formatter = await loadDiffFormatter(format);
  ctx.stdout.write(formatter.diff(results, formatContext(ctx)));
  return options.exitCode && results.some((r) => r.changes.length > 0) ? 1 : 0;
}

export function checkFormat(format: string | undefined, ctx: CommandContext): DiffFormat {
  const name = format ?? 'stylish';
  if (!isDiffFormat(name)) throw new CliError(t(ctx.language, 'error.badFormat', { value: oneLine(name, 40), allowed: DIFF_FORMATS.join(', ') }));
  return name;
}

export async function diffOptions(config: string | undefined, ctx: CommandContext): Promise<DiffOptions> {
  return {
    cwd: ctx.cwd,
    language: ctx.language,
    today: ctx.env['PHILOSOPHY_TODAY'] ?? new Date().toISOString().slice(0, 10),
    config: await loadConfig(ctx.cwd, ctx.language, config),
    env: ctx.env,
  };
}

export function formatContext(ctx: CommandContext): DiffFormatContext {
  const columns = ctx.stdout.columns ?? Number(ctx.env['COLUMNS'] ?? '');
  return {
    language: ctx.language,
    color: wantsColor(ctx.stdout, ctx.env),
    width: Number.isFinite(columns) && columns >= 20 ? columns : 80,
    version: VERSION,
  };
}

/** The service's errors in the user's words (exit 2); a side that cannot be read also gets its
 * findings, with file, line and column, on stderr. */
export async function explain(error: unknown, ctx: CommandContext): Promise<unknown> {
  const { GitError, UnreadableSide } = await import('../diff/index.js');
  const say = (key: Parameters<typeof t>[1], data?: Record<string, string | number>) => t(ctx.language, key, data);
  if (error instanceof GitError) {
    const detail = oneLine(error.detail, 200);
    switch (error.problem) {
      case 'noGit':
        return new CliError(say('diff.noGit', { path: detail }));
      case 'noRepo':
        return new CliError(say('diff.noRepository', { path: detail }));
      case 'unknownRef':
        return new CliError(say('diff.unknownRef', { ref: detail }));
      case 'notAtRef': {
        const [path = detail, ref = ''] = error.detail.split(' @ ');
        return new CliError(say('diff.notAtRef', { path: oneLine(path, 200), ref: oneLine(ref, 80) }));
      }
      default:
        return new CliError(say('diff.gitFailed', { reason: detail }));
    }
  }
  if (error instanceof UnreadableSide) {
    const { loadFormatter } = await import('../formatters/index.js');
    const stylish = await loadFormatter('stylish');
    const shown = { ...error.result, findings: error.result.findings.filter((f) => f.severity === 'error') };
    ctx.stderr.write(stylish([shown], { cwd: ctx.cwd, rules: [], color: wantsColor(ctx.stderr, ctx.env), version: VERSION, language: ctx.language }));
    return new CliError(say('diff.unreadable', { file: oneLine(error.result.file, 200) }));
  }
  return error;
}
