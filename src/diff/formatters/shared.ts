// What every diff format says the same way: the steps in order, the sides, the counts.
import type { Language } from '../../model/constants.js';
import { formatDate } from '../../render/format.js';
import type { Change, DiffResult, SideLabel, StepNumber } from '../types.js';
import { word } from '../words.js';

/** The changes by step, steps in order 1..7, then the file itself. */
export function byStep(changes: readonly Change[]): Array<[StepNumber, Change[]]> {
  const groups = new Map<StepNumber, Change[]>();
  for (const c of changes) {
    const list = groups.get(c.step) ?? [];
    list.push(c);
    groups.set(c.step, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a || 8) - (b || 8));
}

/** "HEAD~1", "working tree", "new file", "a1b2c3d". */
export function sideText(side: SideLabel, language: Language): string {
  if (!side.exists) return side.ref ? `${side.ref} (${word('deleted', language)})` : word('deleted', language);
  return side.ref || word('workingTree', language);
}

/** "HEAD~1 → working tree"; says "new file" when there was none. */
export function sidesText(result: DiffResult, language: Language): string {
  const from = result.old.exists ? sideText(result.old, language) : word('added', language);
  const to = result.new.exists ? sideText(result.new, language) : word('deleted', language);
  const renamed = result.old.exists && result.new.exists && result.old.path !== result.new.path && result.old.ref ? ` (${result.old.path})` : '';
  return `${from}${renamed} → ${to}`;
}

export const KIND_SYMBOLS: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~', renamed: '»', moved: '↕' };

/** "3 changes · 1 finding introduced". */
export function countsText(result: Pick<DiffResult, 'changes' | 'findings'>, language: Language): string {
  const counted = (count: number, one: Parameters<typeof word>[0], other: Parameters<typeof word>[0]) => word(count === 1 ? one : other, language, { count });
  const parts = [counted(result.changes.length, 'change', 'changes')];
  if (result.findings.introduced.length) parts.push(counted(result.findings.introduced.length, 'findingIntroduced', 'findingsIntroduced'));
  if (result.findings.resolved.length) parts.push(counted(result.findings.resolved.length, 'findingResolved', 'findingsResolved'));
  return parts.join(' · ');
}

/** A commit's author date in words ("2 December 2026"), as the author's clock showed it. */
export function commitDate(iso: string, language: Language): string {
  return formatDate(iso.slice(0, 10), language);
}
