// Markdown for $GITHUB_STEP_SUMMARY, pull-request comments and a team handbook ("How our values
// evolved"). It starts with a hidden marker, so a workflow can find and update its own comment,
// and stays under 60 KB (GitHub's limit for a comment is 65 536 characters): when it would not,
// it leaves out the word-level text changes first, then the last items, and says so.
import { markdownInline } from '../../render/escape.js';
import type { Finding } from '../../core/findings.js';
import type { Language } from '../../model/constants.js';
import type { Change, DiffResult, WordPart } from '../types.js';
import { STEP_TITLES, word } from '../words.js';
import { byStep, commitDate, countsText, sidesText } from './shared.js';
import type { DiffFormatContext, DiffFormatter } from './types.js';

export const MARKER = '<!-- philosophy-diff -->';
export const MAX_BYTES = 60 * 1024;

// Symbols most fonts have, emoji or not (a summary is read in browsers and mail clients alike).
const SYMBOLS: Record<Change['kind'], string> = { added: '➕', removed: '➖', changed: '✏️', renamed: '»', moved: '↕️' };

/** One line of Markdown text: literal, on one line. */
function inline(text: string): string {
  return markdownInline(text.replace(/\s+/g, ' '));
}

/** Removed words struck through, added words in bold; the spaces around them stay outside the
 * marks, where GFM needs them. */
function words(parts: readonly WordPart[]): string {
  return parts
    .map((p, i) => {
      const flat = p.text.replace(/\s+/g, ' ');
      const [, lead = '', core = '', trail = ''] = /^( ?)(.*?)( ?)$/s.exec(flat) ?? [];
      if (!core) return flat;
      const text = markdownInline(core);
      if (p.kind === 'same') return lead + text + trail;
      // Struck-through words right before their replacement would read as one word.
      const gap = p.kind === 'removed' && parts[i + 1]?.kind === 'added' && !trail ? ' ' : '';
      return `${lead}${p.kind === 'added' ? `**${text}**` : `~~${text}~~`}${trail}${gap}`;
    })
    .join('');
}

function findingLine(f: Finding, symbol: string): string {
  return `- ${symbol} ${inline(f.message)} (\`${f.ruleId}\`)`;
}

/** The blocks of one comparison: each is kept or left out whole. */
function blocks(result: DiffResult, language: Language, withWords: boolean, level: number): string[] {
  const h = '#'.repeat(level);
  const out: string[] = [];
  if (!result.changes.length) out.push(`${word('noChanges', language)}\n`);
  for (const [step, changes] of byStep(result.changes)) {
    out.push(`${h} ${STEP_TITLES[step][language]}\n`);
    for (const c of changes) {
      const symbol = c.direction === 'stricter' ? '⬆' : c.direction === 'looser' ? '⬇' : SYMBOLS[c.kind];
      let line = `- ${symbol} ${inline(c.summary)}`;
      if (c.words && withWords) line += `\\\n  ${words(c.words)}`;
      out.push(line);
    }
    out.push('');
  }
  for (const [title, list, symbol] of [
    [word('introduced', language), result.findings.introduced, '⚠️'],
    [word('resolved', language), result.findings.resolved, '✅'],
  ] as const) {
    if (!list.length) continue;
    out.push(`${h} ${title}\n`);
    for (const f of list) out.push(findingLine(f, symbol));
    out.push('');
  }
  return out;
}

/** Joins head and blocks; if the whole is over the limit, first without word diffs, then
 * with as many blocks as fit and a note of how many were left out. */
function fit(head: string[], build: (withWords: boolean) => string[], language: Language): string {
  const text = (lines: string[]) => lines.join('\n').replace(/\n+$/, '') + '\n';
  const size = (lines: string[]) => Buffer.byteLength(text(lines));
  const full = [...head, ...build(true)];
  if (size(full) <= MAX_BYTES) return text(full);
  const plain = build(false);
  const note = `> ${word('wordsLeftOut', language)}\n`;
  if (size([...head, note, ...plain]) <= MAX_BYTES) return text([...head, note, ...plain]);
  const kept = [...head, note];
  // Room for the closing note, whatever the count in it.
  const reserve = Buffer.byteLength(word('leftOut', language, { count: plain.length })) + 16;
  let used = size(kept);
  let i = 0;
  for (; i < plain.length; i++) {
    const cost = Buffer.byteLength(plain[i]! + '\n');
    if (used + cost + reserve > MAX_BYTES) break;
    kept.push(plain[i]!);
    used += cost;
  }
  const left = plain.slice(i).filter((line) => line.startsWith('- ')).length;
  kept.push('', `> ${word('leftOut', language, { count: left })}`);
  return text(kept);
}

export const formatter: DiffFormatter = {
  diff(results, context: DiffFormatContext) {
    const { language } = context;
    const head = [MARKER];
    return fit(
      head,
      (withWords) =>
        results.flatMap((r) => [
          `## ${word('title', language, { file: `\`${(r.new.exists ? r.new.path : r.old.path).replace(/`/g, "'")}\`` })}\n`,
          `${inline(sidesText(r, language))} · ${countsText(r, language)}\n`,
          ...blocks(r, language, withWords, 3),
        ]),
      language,
    );
  },

  log(log, context) {
    const { language } = context;
    const head = [MARKER, `# ${word('logTitle', language, { file: `\`${log.path.replace(/`/g, "'")}\`` })}\n`];
    if (!log.entries.length) return [...head, word('noHistory', language), ''].join('\n');
    return fit(
      head,
      (withWords) =>
        log.entries.flatMap((e) => [
          `## ${commitDate(e.date, language)} · ${inline(e.subject)}\n`,
          `${inline(word('by', language, { author: e.author }))} · \`${e.commit.slice(0, 7)}\`${e.diff.old.exists ? '' : ` · ${word('firstVersion', language)}`}${e.diff.new.exists ? '' : ` · ${word('fileDeleted', language)}`}\n`,
          ...blocks(e.diff, language, withWords, 3),
        ]),
      language,
    );
  },
};
