// Render planning: for each philosophy file, which documents it gives, what each one's content
// is now, and whether the file on disk is fresh, changed or not ours to replace. Returns data;
// `philosophy render` prints and writes, `philosophy init`/`edit` render the file they saved.
//
// Every generated file starts with a stamp line: `philosophy:generated from SOURCE digest=D`.
// D is two halves of 8 hex digits: the first a digest of everything the output is made from
// (the source's bytes, the template and partial texts, the tool version: never a path, so two
// clones render byte-identical files), the second a digest of the output below the stamp. An
// output whose stamp matches both is fresh and skipped without parsing its source; one edited by
// hand fails the second half and is rendered again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Language } from '../core/bilingual.js';
import { escapeControls } from '../core/text.js';
import type { FileResult } from '../core/findings.js';
import { displayPath, readFileBytes } from '../io/read-file.js';
import { writeFileAtomic } from '../io/write.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../model/load.js';
import { templateFingerprint } from '../render/templates.js';
import { VERSION } from '../version.js';
import { readPhilosophy, unreadResult } from './read-philosophy.js';

export const RENDER_FORMATS = ['md', 'yaml', 'all'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderRequest {
  /** Absolute paths of the philosophy files. */
  files: readonly string[];
  cwd: string;
  /** Language of findings and diff labels. */
  language: Language;
  format: RenderFormat;
  /** Where the outputs go; default: beside each source (Markdown only). */
  outDir?: string;
  /** A team's template folder, in front of the built-in templates. */
  templatesDir?: string;
  limits?: Partial<LoadLimits>;
  /** Render every file in full, even where the stamps say it is fresh (for --check). */
  full?: boolean;
}

/** fresh: the file on disk is exactly what rendering gives now. changed: it is not (or is
 * missing), and the tool generated it (or nothing is there). foreign: it differs and has no
 * stamp: a file the tool did not write, replaced only with --force. */
export type OutputState = 'fresh' | 'changed' | 'foreign';

export interface PlannedOutput {
  source: string;
  target: string;
  /** The target as the user reads it. */
  shown: string;
  state: OutputState;
  /** What --check reports: the content below the stamp differs from a rendering now. (A stamp
   * alone, e.g. of a new tool version, is nothing a reader sees: `render` rewrites it, and a CI
   * check does not fail on an upgrade alone.) */
  stale: boolean;
  /** What the file should hold; absent for a fresh file skipped unrendered. */
  content?: string;
  /** What the file holds now; undefined when there is none. */
  existing?: string;
}

export interface RenderPlan {
  outputs: PlannedOutput[];
  /** Sources that could not be read as a philosophy, with their findings. */
  broken: FileResult[];
}

/** Thrown for a `--format yaml` output that would replace its own source. */
export class WouldReplaceSource extends Error {
  constructor(readonly file: string) {
    super(`rendering ${file} would replace it`);
  }
}

const STAMP = /philosophy:generated [^\n]*digest=([0-9a-f]{8})([0-9a-f]{8})/;
const LANGUAGES: readonly Language[] = ['en', 'de'];

export async function planRender(request: RenderRequest): Promise<RenderPlan> {
  const { cwd, language } = request;
  const plan: RenderPlan = { outputs: [], broken: [] };
  const templateDigests = new Map<string, string>();
  const lookup = request.templatesDir ? { templatesDir: request.templatesDir } : {};
  let environments: Map<Language, import('../render/engine.js').Environment> | undefined;

  for (const absolutePath of request.files) {
    const views = viewsOf(absolutePath, request);
    const source = readFileBytes(absolutePath, request.limits?.maxFileSize ?? DEFAULT_LIMITS.maxFileSize, language);
    if ('issue' in source) {
      plan.broken.push(unreadResult(source.issue, { file: displayPath(absolutePath, cwd), absolutePath, language }));
      continue;
    }
    const sourceDigest = createHash('sha256').update(source.bytes).digest('hex');
    const inputsDigest = (template: string, lang: Language) => {
      const key = `${template}|${lang}`;
      let templateDigest = templateDigests.get(key);
      if (templateDigest === undefined) {
        templateDigest = templateFingerprint(template, { language: lang, ...lookup });
        templateDigests.set(key, templateDigest);
      }
      return createHash('sha256').update(`${VERSION}\0${template}\0${templateDigest}\0${sourceDigest}`).digest('hex').slice(0, 8);
    };

    const existing = views.map((v) => readIfExists(v.target));
    // An unchanged source was last rendered in its own language, so a stamp matching the digest
    // of either language means "up to date": the source need not even be decoded.
    if (!request.full && views.every((v, i) => isFresh(existing[i], (lang) => inputsDigest(v.template, lang)))) {
      views.forEach((v, i) => plan.outputs.push({ source: absolutePath, target: v.target, shown: displayPath(v.target, cwd), state: 'fresh', stale: false, existing: existing[i]! }));
      continue;
    }

    const file = displayPath(absolutePath, cwd);
    const read = readPhilosophy(source.bytes, { file, absolutePath, language, ...(request.limits ? { limits: request.limits } : {}) });
    if ('findings' in read) {
      plan.broken.push(read.findings);
      continue;
    }
    const model = read.model;
    environments ??= new Map();
    let env = environments.get(model.language);
    if (!env) {
      const { createEnvironment } = await import('../render/engine.js');
      const { loadMessages } = await import('../render/messages.js');
      // The words of the page, the team's catalog over the built-in one; a catalog that cannot
      // be used is a MessagesError, before anything is rendered.
      const messages = loadMessages({ language: model.language, ...lookup });
      env = createEnvironment({ language: model.language, cwd, messages, ...lookup });
      environments.set(model.language, env);
    }
    const { buildContext } = await import('../render/context.js');
    const context = buildContext(model, basename(absolutePath), `philosophy ${VERSION}`, modeline(read.text));
    views.forEach((view, i) => {
      const body = env.render(view.template, context);
      const content = stampLine(view.template, basename(absolutePath), inputsDigest(view.template, model.language) + digest(body)) + body;
      const before = existing[i];
      const state: OutputState = before === content ? 'fresh' : before === undefined || STAMP.test(firstLine(before)) ? 'changed' : 'foreign';
      const stale = before === undefined || withoutStamp(before) !== body;
      plan.outputs.push({ source: absolutePath, target: view.target, shown: displayPath(view.target, cwd), state, stale, content, ...(before === undefined ? {} : { existing: before }) });
    });
  }
  return plan;
}

/** The unified diff of a stale output (committed → rendered), its control characters shown
 * escaped, never sent raw. */
export async function outputDiff(output: PlannedOutput, labels: { committed: string; rendered: string }): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(output.shown, output.shown, output.existing ?? '', output.content ?? '', labels.committed, labels.rendered);
  return patch
    .split('\n')
    .map((line) => line.split('\t').map(escapeControls).join('\t'))
    .join('\n');
}

export interface WriteOutcome {
  written: PlannedOutput[];
  /** Outputs not written because a file the tool did not generate is there (without force). */
  refused: PlannedOutput[];
}

/** A write that failed: which output, and the error of the file system. */
export class OutputWriteError extends Error {
  constructor(
    readonly output: PlannedOutput,
    readonly error: unknown,
  ) {
    super(`writing ${output.shown} failed`, { cause: error });
  }
}

/** Writes every output of the plan that changed, atomically; a foreign file only with `force`. */
export function writeOutputs(plan: RenderPlan, force: boolean): WriteOutcome {
  const outcome: WriteOutcome = { written: [], refused: [] };
  for (const output of plan.outputs) {
    if (output.state === 'fresh') continue;
    if (output.state === 'foreign' && !force) {
      outcome.refused.push(output);
      continue;
    }
    try {
      mkdirSync(dirname(output.target), { recursive: true });
      writeFileAtomic(output.target, output.content!, { overwrite: true });
    } catch (error) {
      throw new OutputWriteError(output, error);
    }
    outcome.written.push(output);
  }
  return outcome;
}

interface View {
  template: string;
  target: string;
}

function viewsOf(absolutePath: string, request: RenderRequest): View[] {
  const slug = basename(absolutePath, extname(absolutePath));
  const views: View[] = [];
  const { format, outDir } = request;
  if (format === 'md' || format === 'all') views.push({ template: 'philosophy.md.hbs', target: join(outDir ?? dirname(absolutePath), `${slug}.md`) });
  if (format === 'yaml' || format === 'all') {
    const target = join(outDir ?? dirname(absolutePath), `${slug}.yaml`);
    if (resolve(target) === absolutePath) throw new WouldReplaceSource(absolutePath);
    views.push({ template: 'philosophy.yaml.hbs', target });
  }
  return views;
}

/** The first line of every generated file: it names the source, says not to edit, and carries
 * the digest (see the top of this file). */
function stampLine(template: string, source: string, digest: string): string {
  const note = `philosophy:generated from ${source} digest=${digest}; edit ${source} and run \`philosophy render\``;
  return template.endsWith('.yaml.hbs') ? `# ${note}\n` : `<!-- ${note} -->\n`;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : text.slice(0, newline);
}

/** The text below the stamp line (all of it when there is none). */
function withoutStamp(text: string): string {
  const newline = text.indexOf('\n');
  return newline !== -1 && STAMP.test(text.slice(0, newline)) ? text.slice(newline + 1) : text;
}

function isFresh(existing: string | undefined, inputs: (language: Language) => string): boolean {
  if (existing === undefined) return false;
  const stamp = STAMP.exec(firstLine(existing));
  if (!stamp || digest(withoutStamp(existing)) !== stamp[2]) return false;
  return LANGUAGES.some((lang) => inputs(lang) === stamp[1]);
}

function modeline(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)/.exec(text)?.[1];
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
