// A YAML file read beside the philosophies: the answers file of `init`/`edit` and the config
// file. It gets the guards of a philosophy file (a regular file within the size limit, valid
// UTF-8, the loader with its duplicate-key, alias and depth checks), and every problem in it is
// exit 2 with a one-line message naming the file and, where there is one, the line and column
// (a problem with the format has its hint on the line below, as in `validate`):
//   the answers file typos.yaml, line 6:1: Unknown field `compnay`; did you mean `company`?
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { displayPath, readFileBytes } from './read-file.js';
import { fillMessage, oneLine } from '../core/text.js';
import type { Language } from '../model/constants.js';
import { DEFAULT_LIMITS, decode, parseText, pointerOf, positionOf, type Loaded } from '../model/load.js';
import { type Issue } from '../core/findings.js';
import { PSEUDO_RULES } from '../rules/pseudo.js';

export type SideKind = 'answers' | 'config';

export interface SideFile {
  /** The file's content; null for an empty file where that is allowed. */
  readonly data: unknown;
  /** Refuses the file for these issues (from the loader or the schema): exit 2, one line per
   * issue with its position, the first few in the order of the file. */
  refuse(issues: readonly Issue[]): never;
  /** Refuses the file for one problem at the node `path` names (with `key`: at its key). */
  refuseAt(detail: string, path: ReadonlyArray<string | number>, key?: boolean): never;
  /** Refuses the file for the first of these problems in the order of the file. */
  refuseFirst(problems: ReadonlyArray<{ detail: string; path: ReadonlyArray<string | number>; key?: boolean }>): never;
}

/** Problems shown; a last line says when there are more. */
const SHOWN = 10;
/** Problems positioned and sorted to find the first: a mangled file has a hundred thousand. */
const SORTED = 1000;

export function readSideFile(
  absolutePath: string,
  kind: SideKind,
  ctx: { cwd: string; language: Language },
  options: { emptyAllowed?: boolean } = {},
): SideFile {
  const { language } = ctx;
  const shown = oneLine(displayPath(absolutePath, ctx.cwd), 200);
  const name = t(language, kind === 'answers' ? 'sideFile.answers' : 'sideFile.config', { path: shown });

  // The limits are the defaults: the config file's own limits apply to philosophy files.
  const read = readFileBytes(absolutePath, DEFAULT_LIMITS.maxFileSize, language);
  if ('issue' in read) throw new CliError(t(language, 'sideFile.problem', { file: name, detail: wording(read.issue, language).message }));
  const decoded = decode(read.bytes);
  const loaded: Loaded | undefined = decoded.issue ? undefined : parseText(decoded.text, DEFAULT_LIMITS);

  const at = (line: number, column: number, detail: string) => t(language, 'sideFile.at', { file: name, line, column, detail });
  const refuse = (issues: readonly Issue[]): never => {
    const first = issues
      .slice(0, SORTED)
      .map((issue) => ({ issue, position: positionOf(loaded, issue.place) }))
      .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)
      .slice(0, SHOWN);
    const lines = first.flatMap(({ issue, position }) => {
      const { message, hint } = wording(issue, language);
      // The schema's hints say what the field holds; the loader's speak of philosophy files.
      return issue.ruleId === 'schema' && hint ? [at(position.line, position.column, message), `    ${hint}`] : [at(position.line, position.column, message)];
    });
    if (issues.length > SHOWN) lines.push(t(language, 'sideFile.more', { file: name }));
    throw new CliError(lines.join('\n'));
  };

  const issues = decoded.issue ? [decoded.issue] : loaded!.issues;
  const empty = issues.length === 1 && issues[0]!.messageId === 'empty';
  if (issues.length && !(empty && options.emptyAllowed)) refuse(issues);

  return {
    data: empty ? null : loaded!.data,
    refuse,
    refuseAt(detail, path, key = false) {
      const position = positionOf(loaded, { pointer: pointerOf(path), key });
      throw new CliError(at(position.line, position.column, oneLine(detail, 300)));
    },
    refuseFirst(problems) {
      const placed = problems.map((p) => ({ ...p, position: positionOf(loaded, { pointer: pointerOf(p.path), key: p.key ?? false }) }));
      placed.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
      const first = placed[0]!;
      throw new CliError(at(first.position.line, first.position.column, oneLine(first.detail, 300)));
    },
  };
}

/** The message and hint of an issue of the file's own checks (io, parse, schema): no need for
 * the rule registry. */
function wording(issue: Issue, language: Language): { message: string; hint: string } {
  const template = PSEUDO_RULES.find((r) => r.meta.id === issue.ruleId)?.messages[issue.messageId];
  return fillMessage(template, issue.data, language, `${issue.ruleId}/${issue.messageId}`);
}
