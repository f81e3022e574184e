// `philosophy export FILE KIND`: the documents for onboarding, hiring, the teams and the
// interpretation survey, rendered from one philosophy file as Markdown, HTML, PDF or (survey) CSV.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readHead } from '../io/read-head.js';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { FileExistsError, writeFileAtomic } from '../io/write.js';
import { loadConfig } from '../lint/config.js';
import { reasonOf } from '../io/reason.js';
import { displayPath } from '../io/read-file.js';
import { oneLine } from '../core/text.js';
import { VERSION } from '../version.js';
import type { CommandContext } from './context.js';
import type { Language } from '../model/constants.js';

export const EXPORT_KINDS = ['handout', 'hiring-kit', 'team-sheet', 'survey'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['md', 'html', 'pdf', 'csv'] as const;

export interface ExportOptions {
  format?: string;
  team?: string;
  delimiter?: string;
  formal?: boolean;
  weights?: string;
  out?: string;
  templates?: string;
  force?: boolean;
  config?: string;
}

// Marks a file this command wrote, so exporting again may replace it (any other file needs
// --force). HTML puts it after the doctype: a comment before it would switch browsers to quirks mode.
const STAMP = /philosophy:generated /;

export async function exportDocument(file: string, kind: string, options: ExportOptions, ctx: CommandContext): Promise<number> {
  const { language, cwd } = ctx;
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(t(language, 'export.badKind', { value: oneLine(kind, 40), allowed: EXPORT_KINDS.join(', ') }));
  }
  const format = options.format ?? 'md';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new CliError(t(language, 'error.badFormat', { value: oneLine(format, 40), allowed: EXPORT_FORMATS.join(', ') }));
  }
  if (format === 'csv' && kind !== 'survey') throw new CliError(t(language, 'export.csvOnlySurvey'));
  // A delimiter means something for CSV only: given with another format it would be ignored, and
  // the user would not learn that the file they asked for is not the one they got.
  if (options.delimiter !== undefined && format !== 'csv') throw new CliError(t(language, 'export.delimiterOnlyCsv', { format }));
  const config = await loadConfig(cwd, language, options.config);
  const templatesDir = options.templates ? resolve(cwd, options.templates) : config.templates;
  if (templatesDir && !isDirectory(templatesDir)) throw new CliError(t(language, 'render.noTemplates', { path: options.templates ?? templatesDir }));

  // PDF needs a browser: say so before any work, with how to get one.
  let browser: string | undefined;
  if (format === 'pdf') {
    const { findBrowser } = await import('../export/pdf.js');
    browser = findBrowser(ctx.env);
    if (!browser) throw new CliError(t(language, 'export.noBrowser'));
  }

  const absolute = resolve(cwd, file);
  const { readPhilosophyFile, unreadable } = await import('../services/read-philosophy.js');
  const read = readPhilosophyFile(absolute, { cwd, language, limits: config.limits });
  if ('findings' in read) {
    const { loadFormatter } = await import('../formatters/index.js');
    const stylish = await loadFormatter('stylish');
    ctx.stderr.write(stylish([read.findings], { cwd, rules: [], color: false, version: VERSION, language }));
    return unreadable(read.findings) ? 2 : 1;
  }
  const model = read.model;

  const { buildContext } = await import('../render/context.js');
  const { buildExportContext, findTeamView } = await import('../export/context.js');
  const { loadMessages, MessagesError } = await import('../render/messages.js');
  const lookup = { language: model.language, ...(templatesDir ? { templatesDir } : {}) };
  let messages;
  try {
    messages = loadMessages(lookup);
  } catch (error) {
    if (error instanceof MessagesError) throw new CliError(t(language, 'render.templateError', { message: oneLine(displayPath(error.file, cwd) + ': ' + error.detail, 300) }));
    throw error;
  }
  const weights = options.weights === undefined ? undefined : parseWeights(options.weights, model.values.core.length, language);
  const base = buildContext(model, basename(absolute), `philosophy ${VERSION}`, undefined, messages);
  let team;
  if (options.team !== undefined) {
    team = findTeamView(base, options.team);
    if (!team) {
      const known = base.teams.map((x) => x.name).join(', ') || '–';
      throw new CliError(t(language, 'export.unknownTeam', { team: oneLine(options.team, 40), known }));
    }
  }
  // --formal / --no-formal, else `export.formal` of the config, else "du".
  const formal = options.formal ?? config.export?.formal ?? false;
  const context = buildExportContext(base, messages, { kind: kind as ExportKind, team, weights, formal });

  let content: string | Uint8Array;
  if (format === 'csv') {
    const { surveyCsv, defaultDelimiter } = await import('../export/csv.js');
    content = surveyCsv(context, messages, options.delimiter === ',' || options.delimiter === ';' ? options.delimiter : defaultDelimiter(model.language));
  } else {
    const { createEnvironment, TemplateError } = await import('../render/engine.js');
    const env = createEnvironment({ ...lookup, cwd, messages });
    const templateFormat = format === 'pdf' ? 'html' : format;
    let text: string;
    try {
      text = env.render(`${kind}.${templateFormat}.hbs`, context);
    } catch (error) {
      if (error instanceof TemplateError) throw new CliError(t(language, 'render.templateError', { message: oneLine(error.message, 300) }));
      throw error;
    }
    if (templateFormat === 'html') {
      const { hyphenateHtml } = await import('../render/hyphenate.js');
      text = hyphenateHtml(text, model.language);
    }
    text = stamped(text, templateFormat, basename(absolute));
    if (format === 'pdf') {
      const { printPdf } = await import('../export/pdf.js');
      try {
        content = await printPdf(text, browser!);
      } catch (error) {
        throw new CliError(t(language, 'export.pdfFailed', { reason: oneLine(error instanceof Error ? error.message.split('\n')[0]! : String(error), 200) }));
      }
    } else content = text;
  }

  if (options.out === '-') {
    if (typeof content !== 'string') throw new CliError(t(language, 'export.pdfToStdout'));
    ctx.stdout.write(content);
    return 0;
  }
  // The file is named like the document: radwerk-berlin-willkommensblatt.pdf, acme-robotics-team-sheet-sales.md.
  const name = `${context.document.file}.${format}`;
  // --out names a folder when it is one, or ends with a slash (then it is created).
  const outIsFolder = options.out !== undefined && (/[\\/]$/.test(options.out) || isDirectory(resolve(cwd, options.out)));
  const target = options.out ? (outIsFolder ? join(resolve(cwd, options.out), name) : resolve(cwd, options.out)) : join(dirname(absolute), name);
  const shown = displayPath(target, cwd);
  // A folder or an unreadable file in the way counts as "not ours": replaced only with --force.
  const existing = readHead(target) ?? (existsSync(target) ? '' : undefined);
  const ours = existing !== undefined && (STAMP.test(existing) || (format === 'csv' && (await isSurveyCsv(existing))));
  if (existing !== undefined && !ours && !options.force) throw new CliError(t(language, 'export.exists', { path: shown }));
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, content, { overwrite: existing !== undefined });
  } catch (error) {
    if (error instanceof FileExistsError) throw new CliError(t(language, 'export.exists', { path: shown }));
    throw new CliError(t(language, 'error.writeFailed', { path: shown, reason: reasonOf(error, language) }));
  }
  ctx.stdout.write(t(language, 'render.wrote', { path: shown }) + '\n');
  return 0;
}

function stamped(text: string, format: string, source: string): string {
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const note = `philosophy:generated from ${source} digest=${digest}; edit ${source} and run \`philosophy export\``;
  if (format === 'md') return `<!-- ${note} -->\n${text}`;
  const doctype = /^<!doctype html>\n?/i.exec(text);
  return doctype ? `${doctype[0].trimEnd()}\n<!-- ${note} -->\n${text.slice(doctype[0].length)}` : `<!-- ${note} -->\n${text}`;
}

/** A survey CSV this command wrote: its first line is the header row of one of the languages. */
async function isSurveyCsv(head: string): Promise<boolean> {
  const { surveyHeader } = await import('../export/csv.js');
  const { builtinMessages } = await import('../render/messages.js');
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return (['en', 'de'] as const).some((lang) => [',', ';'].some((d) => first.startsWith(surveyHeader(builtinMessages(lang)).slice(0, 3).join(d))));
}

/** --weights 3,2,2,1: one whole number per core value, in priority order. */
function parseWeights(text: string, count: number, language: Language): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const weights = parts.map(Number);
  if (parts.length !== count || weights.some((w, i) => parts[i] === '' || !Number.isInteger(w) || w < 0 || w > 100)) {
    throw new CliError(t(language, 'export.badWeights', { value: oneLine(text, 60), count }));
  }
  return weights;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
