// `philosophy log FILE`: each commit that touched the file, newest first, with what it changed.
import { loadDiffFormatter } from '../diff/formatters/index.js';
import { checkFormat, diffOptions, explain, formatContext } from './diff.js';
import type { CommandContext } from './context.js';

export interface LogCommandOptions {
  format?: string;
  config?: string;
}

export async function log(file: string, options: LogCommandOptions, ctx: CommandContext): Promise<number> {
  const format = checkFormat(options.format, ctx);
  const { fileLog } = await import('../diff/index.js');
  let history;
  try {
    history = await fileLog(file, await diffOptions(options.config, ctx));
  } catch (error) {
    throw await explain(error, ctx);
  }
  const formatter = await loadDiffFormatter(format);
  ctx.stdout.write(formatter.log(history, formatContext(ctx)));
  return 0;
}
