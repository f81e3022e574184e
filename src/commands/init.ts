// `philosophy init` and `philosophy edit`: run the wizard, then write the philosophy file (through
// the YAML view) and its Markdown document, and show the validation result.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Language } from '../core/bilingual.js';
import type { FileResult } from '../core/findings.js';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { wantsColor, type Output } from '../io/output.js';
import { FileExistsError } from '../io/write.js';
import { reasonOf } from '../io/reason.js';
import type { Philosophy } from '../model/schema.js';
import { DRAFT_NAME, EDIT_DRAFT_NAME, commandName, readDraft, removeDraft, writeDraft, type SavedDraft } from '../wizard/draft.js';
import type { Prompter } from '../wizard/prompts.js';
import type { Draft } from '../wizard/types.js';
import type { CommandContext } from './context.js';
import { oneLine } from '../core/text.js';
import type { SideFile } from '../io/side-file.js';

export interface InitOptions {
  answers?: string;
  yes?: boolean;
  resume?: boolean;
  fresh?: boolean;
  out?: string;
  force?: boolean;
}

export interface EditOptions {
  step?: string;
  answers?: string;
  yes?: boolean;
}

/** Prompts only where a person can answer: a terminal on both ends, and not in CI. */
export function isInteractive(ctx: CommandContext, stdin: { isTTY?: boolean }): boolean {
  const ci = ctx.env['CI'];
  return stdin.isTTY === true && ctx.stdout.isTTY === true && !(ci && ci !== 'false' && ci !== '0');
}

export interface WizardIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Tests pass a scripted prompter; otherwise the terminal one is used when interactive. */
  prompter?: Prompter;
  /** Ends the process at once (the bin passes process.exit): a signal while no question is
   * open. Without it, signals are left to Node's defaults. */
  exit?: (code: number) => void;
}

export async function init(options: InitOptions, ctx: CommandContext, io: WizardIO): Promise<number> {
  return stopOnInterrupt(ctx, io, join(ctx.cwd, DRAFT_NAME), t(ctx.language, 'init.draftSaved', { path: DRAFT_NAME, command: commandName(ctx.env) }), (prompter) => initWizard(options, ctx, prompter));
}

/** Ctrl-C at a question outside the steps (resume? replace?): the same clean stop as inside.
 * SIGTERM and SIGHUP (a kill, a closed terminal) while a person may be asked: the question
 * being asked ends as Ctrl-C ends it, through inquirer, which shows the cursor again, leaves
 * raw mode and ends the line; the Ctrl-C path then saves and reports. With no question open,
 * the draft on disk already holds every answer given: report and exit at once. */
async function stopOnInterrupt(
  ctx: CommandContext,
  io: WizardIO,
  draftPath: string,
  note: string,
  body: (prompter: Prompter | undefined) => Promise<number>,
): Promise<number> {
  const { Interrupted } = await import('../wizard/prompts.js');
  const prompter = await prompterFor(ctx, io);
  const saved = () => (existsSync(draftPath) ? '\n' + note + '\n' : '');
  let finished = false;
  let stopping = false;
  // Should the prompt not come down within 2 s, or a second signal come first: the cursor is
  // shown by hand (Node itself restores the tty modes, raw mode too, when the process exits).
  const exit = io.exit;
  const giveUp = () => {
    if (ctx.stdout.isTTY) ctx.stdout.write('\x1b[?25h\n');
    if (!finished) ctx.stderr.write(saved());
    exit?.(2);
  };
  const onSignal = () => {
    if (stopping) return giveUp();
    if (prompter?.stop?.()) {
      stopping = true;
      setTimeout(giveUp, 2_000).unref();
      return;
    }
    ctx.stderr.write(saved());
    exit?.(2);
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];
  if (prompter && exit) for (const s of signals) process.on(s, onSignal);
  try {
    return await body(prompter);
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    ctx.stderr.write('\n' + note + '\n');
    return 2;
  } finally {
    finished = true;
    for (const s of signals) process.removeListener(s, onSignal);
  }
}

async function initWizard(options: InitOptions, ctx: CommandContext, prompter: Prompter | undefined): Promise<number> {
  const { language, cwd } = ctx;
  if (!prompter && !options.answers) throw new CliError(t(language, 'init.needsTerminal'));
  if (options.resume && options.fresh) throw new CliError(t(language, 'init.resumeOrFresh'));

  const draftPath = join(cwd, DRAFT_NAME);
  let saved: SavedDraft | undefined;
  if (!options.fresh) {
    try {
      saved = readDraft(draftPath);
    } catch (error) {
      throw new CliError(t(language, 'init.badDraft', { path: DRAFT_NAME, reason: oneLine(error instanceof Error ? error.message : String(error), 80) }));
    }
  }
  if (options.resume && !saved) throw new CliError(t(language, 'init.noDraft', { path: DRAFT_NAME }));

  let draft: Draft = {};
  let startAt = 1;
  if (saved) {
    const resume =
      options.resume ||
      (prompter !== undefined &&
        (await prompter.confirm({ message: t(language, 'init.resumeQuestion', { step: saved.step, saved: localTime(saved.saved, language) }), default: true })));
    if (resume) {
      draft = saved.philosophy;
      startAt = saved.step;
    }
  }
  const answers = options.answers ? await readAnswers(options.answers, ctx) : undefined;
  const note = t(language, 'init.draftSaved', { path: DRAFT_NAME, command: commandName(ctx.env) });
  return runAndWrite({ draft, startAt, answers, yes: options.yes === true, prompter, draftPath, note, ctx, target: options.out, force: options.force === true });
}

export async function edit(file: string, options: EditOptions, ctx: CommandContext, io: WizardIO): Promise<number> {
  // An edit draft is not resumed: the note says so, and that the file is unchanged.
  const shown = oneLine(file, 200);
  const note = t(ctx.language, 'edit.draftSaved', { path: EDIT_DRAFT_NAME, file: shown, command: commandName(ctx.env) });
  return stopOnInterrupt(ctx, io, join(ctx.cwd, EDIT_DRAFT_NAME), note, (prompter) => editWizard(file, options, ctx, prompter, note));
}

async function editWizard(file: string, options: EditOptions, ctx: CommandContext, prompter: Prompter | undefined, note: string): Promise<number> {
  const { language, cwd } = ctx;
  if (!prompter && !options.answers) throw new CliError(t(language, 'init.needsTerminal'));
  const step = options.step === undefined ? 1 : Number(options.step);
  if (!Number.isInteger(step) || step < 1 || step > 7) throw new CliError(t(language, 'edit.badStep', { value: oneLine(String(options.step), 20) }));
  const { loadConfig } = await import('../lint/config.js');
  const config = await loadConfig(cwd, language);
  const { readPhilosophyFile, unreadable } = await import('../services/read-philosophy.js');
  const read = readPhilosophyFile(resolve(cwd, file), { cwd, language, limits: config.limits });
  if ('findings' in read) {
    await printResults([read.findings], ctx.stderr, ctx);
    return unreadable(read.findings) ? 2 : 1;
  }
  const original = read.model;
  const answers = options.answers ? await readAnswers(options.answers, ctx) : undefined;
  return runAndWrite({
    draft: structuredClone(original) as Draft,
    startAt: step,
    answers,
    yes: options.yes === true,
    prompter,
    draftPath: join(cwd, EDIT_DRAFT_NAME),
    note,
    ctx,
    target: file,
    force: true,
    original,
    review: options.step === undefined ? 'all' : 'step',
  });
}

interface RunSetup {
  draft: Draft;
  startAt: number;
  answers: SideFile | undefined;
  yes: boolean;
  prompter: Prompter | undefined;
  draftPath: string;
  /** What an interrupted run says about its draft. */
  note: string;
  ctx: CommandContext;
  /** The file to write; default philosophies/<slug>.yaml. */
  target: string | undefined;
  force: boolean;
  /** For edit: the file as it was, so an unchanged philosophy is not rewritten. */
  original?: Philosophy;
  /** For edit: start at the review of the whole philosophy, or of the step given. */
  review?: 'all' | 'step';
}

async function runAndWrite(run: RunSetup): Promise<number> {
  const { ctx, draftPath } = run;
  const { language, cwd } = ctx;
  const draft = run.draft as Record<string, unknown>;
  draft['version'] = 1;
  // The answers file passed the format check: its language, if any, is en or de.
  draft['language'] ??= (run.answers?.data as { language?: Language } | undefined)?.language ?? language;
  const [{ runWizard }, { STEPS }, { loadConfig, rulesFor }, { targetOf }] = await Promise.all([
    import('../wizard/runner.js'),
    import('../wizard/steps/index.js'),
    import('../lint/config.js'),
    import('../services/save-philosophy.js'),
  ]);
  // The findings the wizard shows carry the severities `validate` will give the file written.
  const config = await loadConfig(cwd, language);
  const rules = async (d: Draft) => rulesFor(config, targetOf(cwd, d.company?.name ?? '', run.target));
  const save = (d: Draft, step: number) => {
    // Without a person there is nothing to resume: the answers file is the record, and a
    // person's waiting draft must not be replaced by it.
    if (!run.prompter) return;
    try {
      writeDraft(draftPath, { saved: new Date().toISOString(), step, ...(run.original && run.target ? { target: run.target } : {}), philosophy: d });
    } catch (error) {
      throw new CliError(t(language, 'error.writeFailed', { path: basename(draftPath), reason: reasonOf(error, language) }));
    }
  };
  let outcome;
  try {
    outcome = await runWizard({
      language: (draft['language'] as Language | undefined) ?? language,
      draft: run.draft,
      steps: STEPS,
      startAt: run.startAt,
      ...(run.review ? { review: run.review } : {}),
      ...(run.prompter ? { prompter: run.prompter } : {}),
      answers: run.answers?.data,
      yes: run.yes,
      today: ctx.env['PHILOSOPHY_TODAY'] ?? new Date().toISOString().slice(0, 10),
      save,
      rules,
    });
  } catch (error) {
    const { AnswerError, dotted } = await import('../wizard/asker.js');
    if (error instanceof AnswerError && run.answers) run.answers.refuseAt(`${dotted(error.path)}: ${error.problem}`, error.path);
    throw error;
  }

  if (outcome.kind === 'interrupted' || outcome.kind === 'quit') {
    ctx.stderr.write(run.note + '\n');
    return outcome.kind === 'quit' ? 0 : 2;
  }
  if (outcome.kind === 'missing') {
    const { dotted } = await import('../wizard/asker.js');
    throw new CliError(t(language, 'init.missing', { fields: outcome.paths.map(dotted).join(', ') }));
  }

  // The finished draft must be a philosophy of format v1.
  const { planSave, writeSave, renderAndCheck } = await import('../services/save-philosophy.js');
  const plan = await planSave({ draft: run.draft, cwd, ...(run.target ? { target: run.target } : {}), ...(run.original ? { original: run.original } : {}) });
  if (plan.kind === 'incomplete') {
    const { messageOf } = await import('../rules/messages.js');
    const lines = plan.problems.slice(0, 10).map((p) => `  ${messageOf(p.ruleId, p.messageId, p.data, language).message}`);
    throw new CliError(t(language, 'init.incomplete', { path: DRAFT_NAME }) + '\n' + lines.join('\n'));
  }
  if (plan.kind === 'unchanged') {
    ctx.stdout.write(t(language, 'edit.unchanged', { path: plan.shown }) + '\n');
    if (run.prompter) removeDraft(draftPath);
    return 0;
  }
  const { shown } = plan;
  const exists = () => new CliError(t(language, run.prompter ? 'init.exists' : 'init.existsNoDraft', { path: shown, draft: DRAFT_NAME }));
  let overwrite = run.force;
  if (plan.exists && !overwrite) {
    overwrite = run.prompter ? await run.prompter.confirm({ message: t(language, 'init.overwrite', { path: shown }), default: false }) : false;
    if (!overwrite) throw exists();
  }
  try {
    writeSave(plan, overwrite);
  } catch (error) {
    if (error instanceof FileExistsError) throw exists();
    throw new CliError(t(language, 'error.writeFailed', { path: shown, reason: reasonOf(error, language) }));
  }
  ctx.stdout.write(t(language, 'render.wrote', { path: shown }) + '\n');
  if (run.prompter) removeDraft(draftPath);

  // Its Markdown document, and the verdict of every rule.
  const today = ctx.env['PHILOSOPHY_TODAY'] ?? new Date().toISOString().slice(0, 10);
  const { OutputWriteError } = await import('../services/render.js');
  let after;
  try {
    after = await renderAndCheck(plan.target, { cwd, language, config, today });
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    throw new CliError(t(language, 'error.writeFailed', { path: error.output.shown, reason: reasonOf(error.error, language) }));
  }
  for (const output of after.written.written) ctx.stdout.write(t(language, 'render.wrote', { path: output.shown }) + '\n');
  for (const output of after.written.refused) ctx.stderr.write(t(language, 'error.prefix') + t(language, 'render.notOurs', { path: output.shown }) + '\n');
  if (after.rendered.broken.length) await printResults(after.rendered.broken, ctx.stderr, ctx);
  if (after.result.findings.length) await printResults([after.result], ctx.stdout, ctx);
  const verdict = after.result.errorCount ? 1 : 0;
  if (verdict === 0) ctx.stdout.write(t(language, after.result.findings.length ? 'init.valid' : 'init.clean', { path: shown }) + '\n');
  const rendered = after.written.refused.length ? 2 : after.rendered.broken.length ? 1 : 0;
  return Math.max(verdict, rendered);
}

async function prompterFor(ctx: CommandContext, io: WizardIO) {
  if (io.prompter) return io.prompter;
  if (!isInteractive(ctx, io.stdin)) return undefined;
  const { terminalPrompter } = await import('../wizard/prompts.js');
  return terminalPrompter({ input: io.stdin, output: ctx.stdout as never }, ctx.language);
}

/** The draft's save time as the user's clock shows it. */
function localTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The answers file, read like a philosophy file and checked against the format (every field
 * known, of the right type) before the wizard takes an answer from it. */
async function readAnswers(file: string, ctx: CommandContext): Promise<SideFile> {
  const { readSideFile } = await import('../io/side-file.js');
  const answers: SideFile = readSideFile(resolve(ctx.cwd, file), 'answers', ctx);
  const { validatePartial } = await import('../model/validate.js');
  const issues = validatePartial(answers.data);
  if (issues.length) answers.refuse(issues);
  return answers;
}

/** Findings as `validate` shows them (stylish, coloured on a terminal). */
async function printResults(results: FileResult[], out: Output, ctx: CommandContext): Promise<void> {
  const { loadFormatter } = await import('../formatters/index.js');
  const stylish = await loadFormatter('stylish');
  const { VERSION } = await import('../version.js');
  const report = stylish(results, { cwd: ctx.cwd, rules: [], color: wantsColor(out, ctx.env), version: VERSION, language: ctx.language });
  out.write(report.endsWith('\n') || !report ? report : report + '\n');
}
