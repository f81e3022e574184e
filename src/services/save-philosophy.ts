// The wizard's save: a finished draft becomes the philosophy file (its canonical YAML view),
// then its Markdown document and the verdict of every rule. Returns data; `philosophy init` and
// `philosophy edit` ask and print.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Language } from '../core/bilingual.js';
import type { FileResult, Issue } from '../core/findings.js';
import { slugify } from '../core/slug.js';
import { displayPath } from '../io/read-file.js';
import { writeFileAtomic } from '../io/write.js';
import type { Config } from '../lint/config.js';
import type { Philosophy } from '../model/schema.js';
import { VERSION } from '../version.js';
import type { Draft } from '../wizard/types.js';
import type { RenderPlan, WriteOutcome } from './render.js';

/** What saving a finished draft would do. */
export type SavePlan =
  /** The draft is not a philosophy of format v1 (the format's problems). */
  | { kind: 'incomplete'; problems: Issue[] }
  /** `edit`: nothing changed; nothing is written. */
  | { kind: 'unchanged'; target: string; shown: string }
  /** The file to write, and whether one is there already. */
  | { kind: 'write'; model: Philosophy; target: string; shown: string; text: string; exists: boolean };

export interface SaveRequest {
  draft: Draft;
  cwd: string;
  /** The file to write; default philosophies/<slug of the company name>.yaml. */
  target?: string;
  /** `edit`: the philosophy as it was, so an unchanged one is not rewritten. */
  original?: Philosophy;
}

/** The file a philosophy is written to: the one asked for, else philosophies/<slug of the
 * company name>.yaml. */
export function targetOf(cwd: string, companyName: string, target?: string): string {
  return resolve(cwd, target ?? join('philosophies', `${slugify(companyName, 'philosophy')}.yaml`));
}

export async function planSave(request: SaveRequest): Promise<SavePlan> {
  const { validateData } = await import('../model/validate.js');
  const { canonical } = await import('../render/canonical.js');
  const model = canonical(request.draft) as Philosophy;
  const problems = validateData(model);
  if (problems.length) return { kind: 'incomplete', problems };

  const target = targetOf(request.cwd, model.company.name, request.target);
  const shown = displayPath(target, request.cwd);
  if (request.original && isDeepStrictEqual(JSON.parse(JSON.stringify(request.original)), JSON.parse(JSON.stringify(model)))) {
    return { kind: 'unchanged', target, shown };
  }
  const { buildContext } = await import('../render/context.js');
  const { createEnvironment } = await import('../render/engine.js');
  const text = createEnvironment({ language: model.language, cwd: request.cwd }).render('philosophy.yaml.hbs', buildContext(model, shown, `philosophy ${VERSION}`));
  return { kind: 'write', model, target, shown, text, exists: existsSync(target) };
}

/** Writes the planned file atomically; an existing one only with `overwrite` (else
 * FileExistsError from io/write.ts). */
export function writeSave(plan: Extract<SavePlan, { kind: 'write' }>, overwrite: boolean): void {
  mkdirSync(dirname(plan.target), { recursive: true });
  writeFileAtomic(plan.target, plan.text, { overwrite });
}

export interface AfterSave {
  /** The Markdown document beside the file: the plan and what was written of it. */
  rendered: RenderPlan;
  written: WriteOutcome;
  /** The verdict of every rule (with the config's severities) on the saved file. */
  result: FileResult;
}

/** The saved file's Markdown document (written when it changed, never over a file the tool did
 * not generate) and its validation result. */
export async function renderAndCheck(target: string, options: { cwd: string; language: Language; config: Config; today: string }): Promise<AfterSave> {
  const { planRender, writeOutputs } = await import('./render.js');
  const { cwd, language, config } = options;
  const rendered = await planRender({
    files: [target],
    cwd,
    language,
    format: 'md',
    limits: config.limits,
    ...(config.templates ? { templatesDir: config.templates } : {}),
  });
  const written = writeOutputs(rendered, false);
  const { lintFiles } = await import('../lint/lint-files.js');
  const [result] = await lintFiles([target], { cwd, config, today: options.today, language, workers: 0 });
  return { rendered, written, result: result! };
}
