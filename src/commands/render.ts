// `philosophy render`: the documents people read, rendered from the philosophy files.
// The plan (what each output should hold, whether it is fresh) comes from services/render.ts;
// this command writes what changed (atomically), never replaces a file the tool did not generate
// without --force, and with --check writes nothing and shows what is stale.
import { existsSync, statSync } from 'node:fs';
import { Chalk } from 'chalk';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { wantsColor } from '../io/output.js';
import { displayPath } from '../io/read-file.js';
import { reasonOf } from '../io/reason.js';
import { loadConfig } from '../lint/config.js';
import { expandTargets } from '../lint/files.js';
import { oneLine } from '../core/text.js';
import { RENDER_FORMATS, type RenderFormat, type RenderPlan } from '../services/render.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';

export { RENDER_FORMATS };

export interface RenderOptions {
  out?: string;
  format?: string;
  templates?: string;
  check?: boolean;
  force?: boolean;
  config?: string;
}

export async function render(paths: string[], options: RenderOptions, ctx: CommandContext): Promise<number> {
  const { cwd, language } = ctx;
  const format = options.format ?? 'md';
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(t(language, 'error.badFormat', { value: oneLine(format, 40), allowed: RENDER_FORMATS.join(', ') }));
  }
  const config = await loadConfig(cwd, language, options.config);
  const templatesDir = options.templates ? resolve(cwd, options.templates) : config.templates;
  if (templatesDir && !isDirectory(templatesDir)) {
    throw new CliError(t(language, 'render.noTemplates', { path: options.templates ?? templatesDir }));
  }
  const outDir = options.out ? resolve(cwd, options.out) : undefined;
  if (outDir && existsSync(outDir) && !isDirectory(outDir)) throw new CliError(t(language, 'render.outNotDir', { path: options.out! }));
  if (format !== 'md' && !outDir) throw new CliError(t(language, 'render.yamlNeedsOut'));
  const files = await expandTargets(paths, cwd, language);

  const plan = await makePlan(ctx, {
    files,
    cwd,
    language,
    format: format as RenderFormat,
    ...(outDir ? { outDir } : {}),
    ...(templatesDir ? { templatesDir } : {}),
    limits: config.limits,
    // --force renders every file in full, as --check does: an output made by an older build of the
    // same version (its stamp still matches) is then rewritten too.
    full: options.check === true || options.force === true,
  });
  const code = options.check ? await reportStale(plan, ctx) : await writePlan(plan, options.force === true, ctx);
  if (plan.broken.length) {
    const { loadFormatter } = await import('../formatters/index.js');
    const stylish = await loadFormatter('stylish');
    ctx.stderr.write(stylish(plan.broken, { cwd, rules: [], color: wantsColor(ctx.stderr, ctx.env), version: VERSION, language }));
  }
  if (options.check) {
    const stale = plan.outputs.filter((o) => o.stale).length;
    // A broken source has no rendering to compare: never call that "up to date".
    if (stale) ctx.stderr.write(t(language, 'render.staleSummary', { count: stale }) + '\n');
    else if (!plan.broken.length) ctx.stderr.write(t(language, 'render.freshSummary', { count: files.length }) + '\n');
  }
  if (plan.broken.some((r) => r.findings.some((f) => f.ruleId === 'io'))) return 2;
  return Math.max(code, plan.broken.length ? 1 : 0);
}

/** The plan, with the service's refusals as usage errors. */
async function makePlan(ctx: CommandContext, request: Parameters<typeof import('../services/render.js').planRender>[0]): Promise<RenderPlan> {
  const { planRender, WouldReplaceSource } = await import('../services/render.js');
  const { TemplateError } = await import('../render/engine.js');
  const { MessagesError } = await import('../render/messages.js');
  try {
    return await planRender(request);
  } catch (error) {
    if (error instanceof TemplateError) throw new CliError(t(ctx.language, 'render.templateError', { message: oneLine(error.message, 300) }));
    if (error instanceof MessagesError) throw new CliError(t(ctx.language, 'render.templateError', { message: oneLine(`${displayPath(error.file, ctx.cwd)}: ${error.detail}`, 300) }));
    if (error instanceof WouldReplaceSource) throw new CliError(t(ctx.language, 'render.wouldReplaceSource', { path: oneLine(displayPath(error.file, ctx.cwd), 200) }));
    throw error;
  }
}

/** --check: a diff per stale output; 1 when there is one. */
async function reportStale(plan: RenderPlan, ctx: CommandContext): Promise<number> {
  const { outputDiff } = await import('../services/render.js');
  const labels = { committed: t(ctx.language, 'render.committed'), rendered: t(ctx.language, 'render.rendered') };
  let stale = 0;
  for (const output of plan.outputs) {
    if (!output.stale) continue;
    stale++;
    ctx.stdout.write(colorDiff(await outputDiff(output, labels), wantsColor(ctx.stdout, ctx.env)));
  }
  return stale ? 1 : 0;
}

/** Writes every output that changed, and says which; 2 when one was refused (not generated by
 * the tool). */
async function writePlan(plan: RenderPlan, force: boolean, ctx: CommandContext): Promise<number> {
  const { language } = ctx;
  const { writeOutputs, OutputWriteError } = await import('../services/render.js');
  let outcome;
  try {
    outcome = writeOutputs(plan, force);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    throw new CliError(t(language, 'error.writeFailed', { path: error.output.shown, reason: reasonOf(error.error, language) }));
  }
  for (const output of outcome.written) ctx.stdout.write(t(language, 'render.wrote', { path: output.shown }) + '\n');
  for (const output of outcome.refused) ctx.stderr.write(t(language, 'error.prefix') + t(language, 'render.notOurs', { path: output.shown }) + '\n');
  if (!outcome.written.length && !outcome.refused.length && !plan.broken.length) {
    ctx.stderr.write(t(language, 'render.nothingChanged', { count: plan.outputs.length }) + '\n');
  }
  return outcome.refused.length ? 2 : 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Added lines green, removed lines red, when colours are wanted. */
function colorDiff(patch: string, color: boolean): string {
  if (!color) return patch;
  const chalk = new Chalk({ level: 1 });
  return patch
    .split('\n')
    .map((line) => (line.startsWith('+') && !line.startsWith('+++') ? chalk.green(line) : line.startsWith('-') && !line.startsWith('---') ? chalk.red(line) : line))
    .join('\n');
}
