// The Handlebars environment: an isolated instance in strict mode, our helpers, and template
// lookup where a team's folder overrides any built-in template or partial by file name.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import type { Language } from '../model/constants.js';
import { canonical } from './canonical.js';
import type { RenderContext } from './context.js';
import { html, markdownCell, markdownInline } from './escape.js';
import { documentDate, formatNumber, formatTarget, kpiName, label, NBSP } from './format.js';
import { loadMessages, message, type Messages } from './messages.js';
import { findPartials, findTemplate } from './templates.js';

/** A template that cannot be compiled or names something the context does not have. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

export interface EnvironmentOptions {
  language: Language;
  /** A team's template folder; its files replace built-in ones of the same name. */
  templatesDir?: string;
  /** Shown in errors instead of absolute paths. */
  cwd: string;
  /** The document messages; loaded from the template folders on first use when not given. */
  messages?: Messages;
}

type Helper = (...args: unknown[]) => unknown;
interface HelperOptions {
  data: { root: RenderContext; format?: string };
  hash: Record<string, unknown>;
  fn?: (context: unknown) => string;
  inverse?: (context: unknown) => string;
}

const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const lastIsOptions = (args: unknown[]) => args[args.length - 1] as HelperOptions;

function helpers(messages: () => Messages): Record<string, Helper> {
  const language = (o: HelperOptions) => o.data.root.language;
  return {
    /** A text of the document messages (templates/<lang>/messages.yaml) with its {placeholders}
     * filled from the hash: `{{t "handout.team" team=team.name}}`. Escaped for the document:
     * by Handlebars in HTML, as Markdown text in Markdown. */
    t: (key, ...rest) => {
      const o = lastIsOptions(rest);
      const all = messages();
      const name = str(key);
      if (!(name in all)) throw new Error(`"t": no message "${name}"`);
      const data: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(o.hash)) {
        if (v === undefined) throw new Error(`"t": "${k}" was given a name that is not defined`);
        data[k] = typeof v === 'number' ? v : str(v);
      }
      const text = message(all, name, data);
      return o.data.format === 'md' ? markdownInline(text) : text;
    },
    /** A text of the document messages, unescaped: for a placeholder of `t`, which escapes the
     * whole sentence: `{{t "handout.sayNoApproval" who=(word "sayingNo.team-lead")}}`. */
    word: (key, ...rest) => {
      const all = messages();
      const name = str(key);
      if (!(name in all)) throw new Error(`"word": no message "${name}"`);
      return message(all, name, lastIsOptions(rest).hash as Record<string, string>);
    },
    /** Markdown paragraph or list text, literally. */
    md: (value) => markdownInline(str(value)),
    /** Markdown table cell, literally and on one line. */
    mdCell: (value) => markdownCell(str(value)),
    /** HTML text or attribute, escaped. */
    html: (value) => html(str(value)),
    /** A scalar as YAML writes it (quoted when plain would be read otherwise). */
    yaml: (value) => stringify(value, { lineWidth: 0 }).trimEnd(),
    /** `key: value` of one top-level field of the model, with a comment line above; nothing
     * when the model does not have the field. Keys inside come in the format's order. */
    yamlField: (object, key, ...rest) => {
      const o = lastIsOptions(rest);
      const record = object as Record<string, unknown>;
      const name = str(key);
      if (!Object.prototype.hasOwnProperty.call(record, name)) return '';
      const comment = o.hash['comment'] ? `# ${str(o.hash['comment'])}\n` : '';
      return comment + yamlText({ [name]: canonical(record[name], [name]) }).trimEnd();
    },
    /** A top-level section of the model: a blank line, a comment naming its step (in the
     * document's language), then the section; nothing when the model does not have it. */
    yamlSection: (object, key, ...rest) => {
      const o = lastIsOptions(rest);
      const record = object as Record<string, unknown>;
      const name = str(key);
      if (!Object.prototype.hasOwnProperty.call(record, name)) return '';
      const comment = label(`yaml.${name}`, language(o));
      return `\n${comment ? `# ${comment}\n` : ''}${yamlText({ [name]: canonical(record[name], [name]) })}`;
    },
    /** The word for an enum value or fixed term in the document's language:
     * `{{label "aim" needs.aim}}`, `{{label "yaml.needs"}}`. */
    label: (prefix, ...rest) => {
      const o = lastIsOptions(rest);
      const key = rest.length > 1 ? `${str(prefix)}.${str(rest[0])}` : str(prefix);
      return label(key, language(o)) ?? (rest.length > 1 ? str(rest[0]) : key);
    },
    /** 2027-06-01 → "June 1, 2027" / "1. Juni 2027". */
    date: (value, ...rest) => documentDate(str(value), language(lastIsOptions(rest))),
    number: (value, ...rest) => formatNumber(Number(value), language(lastIsOptions(rest))),
    /** A list joined with `sep` (default ", "). */
    join: (list, ...rest) => {
      const sep = rest.length > 1 ? str(rest[0]) : ', ';
      const text = (item: unknown) => (typeof item === 'object' && item !== null && 'name' in item ? str(item.name) : str(item));
      return Array.isArray(list) ? list.map(text).join(sep) : str(list);
    },
    /** A KPI's name in the document's language. */
    kpiName: (id, ...rest) => {
      const o = lastIsOptions(rest);
      return kpiName(str(id), language(o), o.data.root.model.customKpis ?? []);
    },
    /** A target `{op, value, unit}` of KPI `id`, written out: "≥ 90 %". */
    kpiTarget: (target, id, ...rest) => {
      const o = lastIsOptions(rest);
      return formatTarget(target as Parameters<typeof formatTarget>[0], str(id), language(o), o.data.root.model.customKpis ?? [], NBSP);
    },
    /** A CSS string literal, for `content:` in a <style> block (e.g. a running page header):
     * quotes, backslashes, line breaks and "<" escaped, so no text can end the string or the block. */
    cssString: (value) => new Handlebars.SafeString(`"${str(value).replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`),
    eq: (a, b) => a === b,
    /** Texts joined: `(concat company.name " · " "Handout")`, e.g. for titles. */
    concat: (...args) => args.slice(0, -1).map(str).join(''),
    /** 1..n, for rating scales. */
    range: (n) => Array.from({ length: Math.max(0, Number(n) || 0) }, (_, i) => i + 1),
  };
}

/** YAML text of a value. Text ending in line breaks would need a "keep" block scalar (|+),
 * whose trailing blank lines would swallow the blank line before the next section: such a
 * section is written with quoted strings instead. */
function yamlText(value: unknown): string {
  const text = stringify(value, { lineWidth: 0 });
  return /[|>][1-9]?\+[1-9]?$/m.test(text) ? stringify(value, { lineWidth: 0, blockQuote: false }) : text;
}

/** Strict mode does not check the last part of a path given to a helper ({{md company.slogn}}
 * would render nothing). Every field of the context exists, null when empty, so an undefined
 * argument can only be a misspelled name: fail with the template line. */
function strictArguments(name: string, fn: Helper): Helper {
  return (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions & { loc?: { start: { line: number; column: number } } };
    const missing = args.slice(0, -1).findIndex((a) => a === undefined);
    if (missing !== -1) {
      const at = options.loc ? ` - ${options.loc.start.line}:${options.loc.start.column}` : '';
      throw new Error(`"${name}" was given a name that is not defined (argument ${missing + 1})${at}`);
    }
    return fn(...args);
  };
}

export interface Environment {
  render(templateName: string, context: RenderContext): string;
}

export function createEnvironment(options: EnvironmentOptions): Environment {
  const hb = Handlebars.create();
  let messages: Messages | undefined;
  const words = () => (messages ??= options.messages ?? loadMessages(options));
  for (const [name, fn] of Object.entries(helpers(words))) hb.registerHelper(name, strictArguments(name, fn) as Handlebars.HelperDelegate);
  const shown = (path: string) => relative(options.cwd, path) || path;

  // Partials: the same precedence as templates, so a team's partial of the same name wins.
  for (const [name, path] of findPartials(options)) hb.registerPartial(name, compile(hb, readFileSync(path, 'utf8'), shown(path)));

  const cache = new Map<string, Handlebars.TemplateDelegate>();
  return {
    render(templateName, context) {
      const path = findTemplate(templateName, options);
      if (!path) throw new TemplateError(templateName, undefined, 'no such template');
      let template = cache.get(path);
      if (!template) {
        template = compile(hb, readFileSync(path, 'utf8'), shown(path));
        cache.set(path, template);
      }
      try {
        const format = templateName.endsWith('.md.hbs') ? 'md' : templateName.endsWith('.html.hbs') ? 'html' : 'text';
        const output = template(context, { data: { format } });
        // YAML and CSV are left exactly as rendered (blank lines inside a block scalar are content).
        return templateName.endsWith('.md.hbs') ? tidy(output) : format === 'html' ? output.trim() + '\n' : output.replace(/\n*$/, '\n');
      } catch (error) {
        throw templateError(error, shown(path), readFileSync(path, 'utf8'));
      }
    },
  };
}

function compile(hb: typeof Handlebars, source: string, shownPath: string): Handlebars.TemplateDelegate {
  // Parsed now, not on first use, so a syntax error is reported before anything is written.
  try {
    hb.parse(source);
  } catch (error) {
    throw templateError(error, shownPath);
  }
  // HTML templates escape every {{value}} (Handlebars' own HTML escaping); Markdown and YAML
  // templates escape through our helpers, which know their syntax.
  const html = shownPath.endsWith('.html.hbs') || shownPath.endsWith('.css.hbs');
  return hb.compile(source, { strict: true, noEscape: !html, preventIndent: true });
}

function templateError(error: unknown, shownPath: string, source?: string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /(?:on line |- )(\d+)(?::\d+)?/.exec(message)?.[1];
  // The template line itself names the culprit better than any message can.
  const excerpt = line && source ? source.split('\n')[Number(line) - 1]?.trim() : undefined;
  const detail = message
    .split('\n')[0]!
    .replace(/ - \d+:\d+$/, '')
    .replace(/ in \[object Object\]/, '')
    .replace(/^Parse error on line \d+:?/, 'syntax error');
  const text = (detail || 'cannot render') + (excerpt && !message.startsWith('Parse error') ? `: ${excerpt}` : '');
  return new TemplateError(shownPath, line ? Number(line) : undefined, text);
}

/** No trailing spaces, at most one blank line in a row, one newline at the end: template
 * conditionals leave gaps that Markdown linters (and readers) dislike. */
export function tidy(output: string): string {
  return (
    output
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .trimEnd() + '\n'
  );
}
