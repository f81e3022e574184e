// `philosophy scorecard FILE --data EXPORT…`: actual KPIs from helpdesk exports against each
// value's targets. Thin: options in, the scorecard service (src/scorecard/) does the work, the
// chosen format out. Exit 1 only under --fail-on.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { FileExistsError, writeFileAtomic } from '../io/write.js';
import { loadConfig, type Config } from '../lint/config.js';
import { reasonOf } from '../io/reason.js';
import { displayPath } from '../io/read-file.js';
import { wantsColor } from '../io/output.js';
import { oneLine } from '../core/text.js';
import type { Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import { VERSION } from '../version.js';
import { ScorecardError } from '../scorecard/errors.js';
import { PERIOD_KINDS, type PeriodKind } from '../scorecard/periods.js';
import { SOURCES, type SourceKind } from '../scorecard/sources.js';
import type { Progress } from '../scorecard/engine.js';
import { w } from '../scorecard/words.js';
import type { CommandContext } from './context.js';

export const SCORECARD_FORMATS = ['stylish', 'md', 'html', 'pdf', 'json', 'csv'] as const;
type Format = (typeof SCORECARD_FORMATS)[number];

export interface ScorecardOptions {
  data?: string[];
  period?: string;
  since?: string;
  until?: string;
  source?: string;
  format?: string;
  out?: string;
  failOn?: string;
  emitSql?: boolean;
  businessHours?: boolean;
  force?: boolean;
  config?: string;
}

const PROGRESS_BYTES = 50 * 1024 * 1024;

export async function scorecard(file: string, options: ScorecardOptions, ctx: CommandContext): Promise<number> {
  const { language, cwd } = ctx;
  const format = (options.format ?? 'stylish') as Format;
  if (!SCORECARD_FORMATS.includes(format)) throw new CliError(t(language, 'error.badFormat', { value: oneLine(format, 40), allowed: SCORECARD_FORMATS.join(', ') }));
  const period = (options.period ?? 'month') as PeriodKind;
  if (!PERIOD_KINDS.includes(period)) throw new CliError(t(language, 'error.badFormat', { value: oneLine(period, 40), allowed: PERIOD_KINDS.join(', ') }));
  if (options.source !== undefined && !(SOURCES as readonly string[]).includes(options.source)) {
    throw new CliError(t(language, 'error.badFormat', { value: oneLine(options.source, 40), allowed: SOURCES.join(', ') }));
  }
  if (options.failOn !== undefined && options.failOn !== 'missed' && options.failOn !== 'near') {
    throw new CliError(t(language, 'error.badFormat', { value: oneLine(options.failOn, 40), allowed: 'missed, near' }));
  }
  for (const [option, value] of [['--since', options.since], ['--until', options.until]] as const) {
    if (value !== undefined && !isDate(value)) throw new CliError(w(language, 'error.badDate', { option, value: oneLine(value, 40) }));
  }
  if (options.since && options.until && options.since > options.until) throw new CliError(w(language, 'error.badRange', { since: options.since, until: options.until }));

  const config = await loadConfig(cwd, language, options.config);
  const absolute = resolve(cwd, file);
  const shownSource = displayPath(absolute, cwd);
  const model = await loadPhilosophy(absolute, shownSource, config, ctx);
  if (!model) return 2;

  if (options.emitSql) {
    const { emitSql } = await import('../scorecard/index.js');
    ctx.stdout.write(emitSql({ businessHours: options.businessHours === true, period }));
    return 0;
  }
  if (!options.data?.length) throw new CliError(w(language, 'error.noData'));

  let browser: string | undefined;
  if (format === 'pdf') {
    if (options.out === '-') throw new CliError(w(language, 'error.pdfToStdout'));
    const { findBrowser } = await import('../export/pdf.js');
    browser = findBrowser(ctx.env);
    if (!browser) throw new CliError(w(language, 'error.noBrowser'));
  }

  const inputs = options.data.map((d) => {
    const path = resolve(cwd, d);
    if (!existsSync(path) || !statSync(path).isFile()) throw new CliError(w(language, 'input.unreadable', { file: displayPath(path, cwd) }));
    return { path, shown: displayPath(path, cwd) };
  });
  // Progress on stderr, in place, for inputs over about 50 MB and only on a terminal.
  const sizes = new Map(inputs.map((i) => [i.path, statSync(i.path).size]));
  const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const progress = ctx.stderr.isTTY === true && totalBytes >= PROGRESS_BYTES ? progressLine(ctx, language, inputs, sizes, totalBytes) : undefined;
  const service = await import('../scorecard/index.js');
  let card;
  try {
    card = await service.computeScorecard({
      model,
      language,
      file: basename(absolute),
      inputs,
      period,
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
      ...(options.source ? { source: options.source as SourceKind } : {}),
      businessHours: options.businessHours === true,
      config: config.scorecard ?? {},
      now: new Date(),
      ...(progress ? { progress: progress.show } : {}),
    });
  } catch (error) {
    progress?.clear();
    if (error instanceof ScorecardError) {
      const data = { ...error.data };
      if (error.key === 'input.notCsv') data['at'] = data['line'] ? ` (${language === 'de' ? 'Zeile' : 'line'} ${data['line']}: ${data['detail'] ?? ''})` : data['detail'] ? ` (${data['detail']})` : '';
      throw new CliError(w(language, error.key, data));
    }
    throw error;
  }
  progress?.clear();
  if (!card.values.some((v) => v.kpis.length)) throw new CliError(w(language, 'error.noTargets', { file: shownSource }));

  const generator = `philosophy ${VERSION}`;
  let content: string | Uint8Array;
  if (format === 'stylish') {
    const color = wantsColor(ctx.stdout, ctx.env);
    const { stylish } = await import('../scorecard/format-stylish.js');
    content = stylish(card, { color, plain: !color || ctx.env['NO_COLOR'] !== undefined && ctx.env['NO_COLOR'] !== '', width: ctx.stdout.columns ?? 80 });
  } else if (format === 'md') content = service.markdown(card);
  else if (format === 'json') content = service.json(card, generator);
  else if (format === 'csv') content = service.csv(card);
  else {
    const { createEnvironment } = await import('../render/engine.js');
    const env = createEnvironment({ language: model.language, cwd, ...(config.templates ? { templatesDir: config.templates } : {}) });
    const html = service.scorecardHtml(card, env, generator);
    if (format === 'pdf') {
      const { printPdf } = await import('../export/pdf.js');
      try {
        content = await printPdf(html, browser!);
      } catch (error) {
        throw new CliError(w(language, 'error.pdfFailed', { reason: oneLine(error instanceof Error ? error.message.split('\n')[0]! : String(error), 200) }));
      }
    } else content = html;
  }

  const toFile = options.out !== undefined && options.out !== '-' ? options.out : format === 'pdf' ? `${basename(absolute, extname(absolute))}-scorecard.pdf` : undefined;
  if (toFile === undefined) ctx.stdout.write(content as string);
  else writeOut(resolve(options.out ? cwd : dirname(absolute), toFile), content, options.force === true, ctx);
  return options.failOn && service.failsOn(card, options.failOn as 'missed' | 'near') ? 1 : 0;
}

/** One line on stderr, rewritten in place: the share of the input bytes read (the engine's
 * progress events), then, where exports are stored first, the KPIs being computed; cleared
 * when done. */
function progressLine(ctx: CommandContext, language: Language, inputs: Array<{ path: string; shown: string }>, sizes: Map<string, number>, total: number) {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  let last = '';
  let shown = false;
  const show = (event: Progress) => {
    let text: string;
    if (event.step === 'compute') text = w(language, 'progress.compute', { percent: Math.round(event.fraction * 100) });
    else {
      const index = inputs.findIndex((i) => i.path === event.file?.path);
      const before = inputs.slice(0, Math.max(0, index)).reduce((sum, i) => sum + sizes.get(i.path)!, 0);
      const done = before + event.fraction * (sizes.get(event.file?.path ?? '') ?? 0);
      text = w(language, event.step === 'reread' ? 'progress.reread' : 'progress.read', {
        file: event.file?.shown ?? '',
        percent: Math.round((done / total) * 100),
        done: mb(done),
        size: mb(total),
      });
    }
    if (text === last) return;
    last = text;
    shown = true;
    // One row even in a narrow terminal, or \r cannot go back to its start.
    ctx.stderr.write(`\r${oneLine(text, Math.max(20, (ctx.stderr.columns ?? 80) - 1))}\x1b[K`);
  };
  const clear = () => {
    if (shown) ctx.stderr.write('\r\x1b[K');
    shown = false;
  };
  return { show, clear };
}

/** The one place the scorecard reads a philosophy: the reading service every command uses. */
async function loadPhilosophy(absolute: string, _shown: string, config: Config, ctx: CommandContext): Promise<Philosophy | undefined> {
  const { language, cwd } = ctx;
  const { readPhilosophyFile } = await import('../services/read-philosophy.js');
  const read = readPhilosophyFile(absolute, { cwd, language, limits: config.limits });
  if (!('findings' in read)) return read.model;
  const { loadFormatter } = await import('../formatters/index.js');
  const stylish = await loadFormatter('stylish');
  ctx.stderr.write(stylish([read.findings], { cwd, rules: [], color: false, version: VERSION, language }));
  return undefined;
}

function writeOut(target: string, content: string | Uint8Array, force: boolean, ctx: CommandContext): void {
  const { language, cwd } = ctx;
  const shown = displayPath(target, cwd);
  const exists = existsSync(target);
  if (exists && !force) throw new CliError(w(language, 'error.exists', { path: shown }));
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, content, { overwrite: exists });
  } catch (error) {
    if (error instanceof FileExistsError) throw new CliError(w(language, 'error.exists', { path: shown }));
    throw new CliError(t(language, 'error.writeFailed', { path: shown, reason: reasonOf(error, language as Language) }));
  }
  ctx.stdout.write(t(language, 'render.wrote', { path: shown }) + '\n');
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}


