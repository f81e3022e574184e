// `philosophy render`: the documents people read, rendered from the philosophy files.
// Writes only what changed (atomically), never replaces a file it did not generate without
// --force, and with --check writes nothing and shows what is stale.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { readHead } from '../io/read-head.js';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { writeFileAtomic } from '../io/write.js';
import { loadConfig } from '../lint/config.js';
import { reasonOf } from '../io/reason.js';
import { expandTargets } from '../lint/files.js';
import { displayPath, readForLint } from '../lint/read-file.js';
import type { FileResult, SeveritySetting } from '../core/findings.js';
import { DEFAULT_LIMITS } from '../model/load.js';
import type { Language } from '../model/constants.js';
import { escapeControls, oneLine } from '../core/text.js';
import { BUILD, VERSION } from '../version.js';
import { templateFingerprint } from '../render/templates.js';
import { wantsColor } from '../io/output.js';
import { type CommandContext } from './context.js';

export const RENDER_FORMATS = ['md', 'yaml', 'all'] as const;

export interface RenderOptions {
  out?: string;
  format?: string;
  templates?: string;
  check?: boolean;
  force?: boolean;
  config?: string;
}

/** One document to produce: which template, and where it goes. */
interface View {
  template: string;
  target: string;
}

/** The first line of every generated file: it names the source, says not to edit, and carries
 * a digest of everything the output depends on, so an unchanged file is skipped unread. */
const STAMP = /philosophy:generated [^\n]*digest=([0-9a-f]{16})/;

function stampLine(template: string, source: string, digest: string): string {
  const note = `philosophy:generated from ${source} digest=${digest}; edit ${source} and run \`philosophy render\``;
  return template.endsWith('.yaml.hbs') ? `# ${note}\n` : `<!-- ${note} -->\n`;
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

  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const broken: FileResult[] = [];
  const templateDigests = new Map<string, string>();
  let environments: Map<Language, import('../render/engine.js').Environment> | undefined;
  let written = 0;
  let unchanged = 0;
  let stale = 0;
  let refused = 0;

  for (const absolutePath of files) {
    const file = displayPath(absolutePath, cwd);
    const read = readForLint(absolutePath, file, limits, language);
    if ('result' in read) {
      broken.push(read.result);
      continue;
    }
    const slug = basename(absolutePath, extname(absolutePath));
    const views: View[] = [];
    if (format === 'md' || format === 'all') views.push({ template: 'philosophy.md.hbs', target: join(outDir ?? dirname(absolutePath), `${slug}.md`) });
    if (format === 'yaml' || format === 'all') {
      const target = join(outDir!, `${slug}.yaml`);
      if (resolve(target) === absolutePath) throw new CliError(t(language, 'render.wouldReplaceSource', { path: file }));
      views.push({ template: 'philosophy.yaml.hbs', target });
    }
    const sourceDigest = createHash('sha256').update(read.bytes).digest('hex');

    // A file whose every output carries the digest it would get now is up to date: no parse,
    // no template. (--check always renders, so a hand-edited output cannot hide.)
    const digestOf = (view: View, lang: Language) => {
      const key = `${view.template}|${lang}`;
      let templateDigest = templateDigests.get(key);
      if (templateDigest === undefined) {
        templateDigest = templateFingerprint(view.template, { language: lang, ...(templatesDir ? { templatesDir } : {}) });
        templateDigests.set(key, templateDigest);
      }
      return createHash('sha256').update(`${VERSION}\0${BUILD}\0${view.template}\0${templateDigest}\0${sourceDigest}`).digest('hex').slice(0, 16);
    };
    // An unchanged source was last rendered in its own language, so a stamp matching the digest
    // of either language means "up to date": the file need not even be decoded.
    if (!options.check && views.every((v) => isFresh(existingStamp(v.target), (lang) => digestOf(v, lang)))) {
      unchanged += views.length;
      continue;
    }

    // Parsing and rendering are loaded only once a file needs them.
    const { lintWithModel } = await import('../lint/lint-source.js');
    const { RULES } = await import('../rules/index.js');
    const rulesOff: Record<string, SeveritySetting> = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']));
    const linted = lintWithModel(read.bytes, { file, absolutePath, language, today: '', rules: rulesOff, limits });
    if (!linted.model) {
      broken.push(linted.result);
      continue;
    }
    const model = linted.model;
    environments ??= new Map();
    let env = environments.get(model.language);
    if (!env) {
      const { createEnvironment } = await import('../render/engine.js');
      env = createEnvironment({ language: model.language, cwd, ...(templatesDir ? { templatesDir } : {}) });
      environments.set(model.language, env);
    }
    const { buildContext } = await import('../render/context.js');
    const context = buildContext(model, basename(absolutePath), `philosophy ${VERSION}`, modeline(linted.text));

    for (const view of views) {
      let content: string;
      try {
        content = stampLine(view.template, basename(absolutePath), digestOf(view, model.language)) + env.render(view.template, context);
      } catch (error) {
        const { TemplateError } = await import('../render/engine.js');
        if (error instanceof TemplateError) throw new CliError(t(language, 'render.templateError', { message: oneLine(error.message, 300) }));
        throw error;
      }
      const existing = readIfExists(view.target);
      const shownTarget = displayPath(view.target, cwd);
      if (options.check) {
        // The stamp line is bookkeeping (a new tool version changes it, nothing a reader sees):
        // a CI check must not fail on an upgrade alone.
        if (existing !== undefined && withoutStamp(existing) === withoutStamp(content)) continue;
        stale++;
        const { createTwoFilesPatch } = await import('diff');
        const patch = createTwoFilesPatch(shownTarget, shownTarget, existing ?? '', content, t(language, 'render.committed'), t(language, 'render.rendered'));
        // The diff quotes the file's text: control characters are shown, never sent raw.
        const safe = patch
          .split('\n')
          .map((line) => line.split('\t').map(escapeControls).join('\t'))
          .join('\n');
        ctx.stdout.write(colorDiff(safe, wantsColor(ctx.stdout, ctx.env)));
        continue;
      }
      // A changed stamp alone is written too, so the next run can skip the file unread.
      if (existing === content) {
        unchanged++;
        continue;
      }
      if (existing !== undefined && !STAMP.test(existing.slice(0, 300)) && !options.force) {
        ctx.stderr.write(t(language, 'error.prefix') + t(language, 'render.notOurs', { path: shownTarget }) + '\n');
        refused++;
        continue;
      }
      try {
        mkdirFor(view.target);
        writeFileAtomic(view.target, content, { overwrite: true });
      } catch (error) {
        throw new CliError(t(language, 'error.writeFailed', { path: shownTarget, reason: reasonOf(error, language) }));
      }
      written++;
      ctx.stdout.write(t(language, 'render.wrote', { path: shownTarget }) + '\n');
    }
  }

  if (broken.length) {
    const { loadFormatter } = await import('../formatters/index.js');
    const stylish = await loadFormatter('stylish');
    ctx.stderr.write(stylish(broken, { cwd, rules: [], color: wantsColor(ctx.stderr, ctx.env), version: VERSION, language }));
  }
  if (options.check) {
    // A broken source has no rendering to compare: never call that "up to date".
    if (stale) ctx.stderr.write(t(language, 'render.staleSummary', { count: stale }) + '\n');
    else if (!broken.length) ctx.stderr.write(t(language, 'render.freshSummary', { count: files.length }) + '\n');
  } else if (!written && !refused && !broken.length) {
    ctx.stderr.write(t(language, 'render.nothingChanged', { count: unchanged }) + '\n');
  }
  if (broken.some((r) => r.findings.some((f) => f.ruleId === 'io')) || refused) return 2;
  if (broken.length || stale) return 1;
  return 0;
}

function modeline(text: string | undefined): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)/.exec(text ?? '')?.[1];
}

const LANGUAGES: readonly Language[] = ['en', 'de'];

function withoutStamp(text: string): string {
  const newline = text.indexOf('\n');
  return newline !== -1 && STAMP.test(text.slice(0, newline)) ? text.slice(newline + 1) : text;
}

function isFresh(stamp: string | undefined, digest: (language: Language) => string): boolean {
  return stamp !== undefined && LANGUAGES.some((lang) => digest(lang) === stamp);
}

function existingStamp(path: string): string | undefined {
  const head = readHead(path);
  return head === undefined ? undefined : STAMP.exec(head)?.[1];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function mkdirFor(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function colorDiff(patch: string, color: boolean): string {
  if (!color) return patch;
  return patch
    .split('\n')
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++') ? `\x1b[32m${line}\x1b[39m` : line.startsWith('-') && !line.startsWith('---') ? `\x1b[31m${line}\x1b[39m` : line,
    )
    .join('\n');
}
