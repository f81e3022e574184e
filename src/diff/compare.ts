// The semantic diff of two philosophies, on the validated model: lists matched by what
// identifies their items (values by name, KPIs by id, teams by team, channels by name, hiring
// questions by value), the order of values read as their priority, targets compared with their
// units, texts compared word by word. Fields this file does not name (added to the format
// later) are still compared, generically, and shown by their key.
import { diffArrays, diffWords } from 'diff';
import { findChannel, findKpi, findTeam } from '../catalog/index.js';
import type { Language } from '../model/constants.js';
import type { Philosophy, Target } from '../model/schema.js';
import { nameKey } from '../core/text.js';
import { LABELS, formatDate, formatNumber, formatTarget } from '../render/format.js';
import { comparePromises, compareTargets } from './targets.js';
import type { Change, ChangeKind, Direction, StepNumber, WordPart } from './types.js';
import { DIRECTION_WORDS, FIELD_NOUNS, LANGUAGE_NAMES, place, quote, sentence, type SentenceId } from './words.js';

type CustomKpis = NonNullable<Philosophy['customKpis']>;
type Item = Record<string, unknown>;

interface Walk {
  language: Language;
  out: Change[];
  customs: { before: CustomKpis; after: CustomKpis };
}

/** The changes from `before` to `after`; a side that does not exist compares as empty. */
export function compareModels(before: Philosophy | undefined, after: Philosophy | undefined, language: Language): Change[] {
  const walk: Walk = { language, out: [], customs: { before: before?.customKpis ?? [], after: after?.customKpis ?? [] } };
  // A file added or deleted: what a reader wants to know is its values, in order, and its
  // vision, not every sentence of it.
  const outline = (p: Philosophy | undefined): Item => (p ? (before && after ? (p as unknown as Item) : { values: { core: p.values.core }, vision: { statement: p.vision.statement } }) : {});
  compareObject(walk, '', outline(before), outline(after), '', '');
  // Grouped by step, in the order of the file within a step.
  return walk.out.map((c, i) => [c, i] as const).sort((a, b) => a[0].step - b[0].step || a[1] - b[1]).map(([c]) => c);
}

// ---------------------------------------------------------------------------------------------
// Where a field belongs among the seven steps.

function stepOf(path: string): StepNumber {
  const top = path.split('.')[0] ?? '';
  if (top === 'company' || top === 'needs' || top === 'empowerment') return 1;
  if (top === 'values') {
    if (/^values\.core\.(action|behaviours|notThis|kpis|tools)/.test(path)) return 4;
    return 2;
  }
  if (top === 'vision') return 3;
  if (top === 'customKpis') return 4;
  if (top === 'sharing') return 5;
  if (top === 'hiring') return 6;
  if (top === 'teams' || top === 'feedback') return 7;
  return 0;
}

function noun(path: string, language: Language): string {
  return FIELD_NOUNS[path]?.[language] ?? path.split('.').pop() ?? path;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function emit(walk: Walk, path: string, kind: ChangeKind, pointer: string, owner: string, id: SentenceId, data: Record<string, string | number>, extra: Partial<Change> = {}): void {
  const text = sentence(id, walk.language, data);
  const summary = owner ? `${owner}: ${text}` : capital(text);
  walk.out.push({ step: stepOf(path), kind, pointer, summary, ...extra });
}

// ---------------------------------------------------------------------------------------------
// Objects, field by field.

/** Lists whose items are identified by a key, not by their place. */
interface Keyed {
  key: (item: Item) => string;
  label: (item: Item, language: Language) => string;
}

const KEYED: Record<string, Keyed> = {
  'needs.channels': {
    key: (c) => findChannel(String(c['name']))?.id ?? nameKey(String(c['name'])),
    label: (c, l) => findChannel(String(c['name']))?.name[l] ?? String(c['name']),
  },
  'values.core': { key: (v) => nameKey(String(v['name'])), label: (v) => String(v['name']) },
  'hiring.benchmark': { key: (b) => nameKey(String(b['value'])), label: (b) => String(b['value']) },
  teams: {
    key: (t) => findTeam(String(t['team']))?.id ?? nameKey(String(t['team'])),
    label: (t, l) => findTeam(String(t['team']))?.name[l] ?? String(t['team']),
  },
  customKpis: { key: (k) => String(k['id']), label: (k) => `${String(k['name'] ?? k['id'])} (${String(k['id'])})` },
};

// Fields whose value is a word, a number or a date rather than prose.
const SCALARS = new Set(['version', 'language', 'company.name', 'needs.aim', 'needs.channels.hours', 'empowerment.sayingNo', 'hiring.scale', 'feedback.reviewCadence', 'feedback.nextReview', 'customKpis.name', 'customKpis.unit', 'customKpis.direction']);

function compareObject(walk: Walk, path: string, before: Item, after: Item, pointer: string, owner: string): void {
  const keys = [...Object.keys(after)];
  for (const k of Object.keys(before)) if (!keys.includes(k)) keys.push(k);
  for (const key of keys) {
    const sub = path ? `${path}.${key}` : key;
    compareField(walk, sub, before[key], after[key], `${pointer}/${escapePointer(key)}`, owner);
  }
}

function compareField(walk: Walk, path: string, before: unknown, after: unknown, pointer: string, owner: string): void {
  if (before === undefined && after === undefined) return;
  if (path === 'values.core.kpis') return compareKpis(walk, path, asItems(before), asItems(after), pointer, owner);
  if (KEYED[path]) return compareKeyed(walk, path, asItems(before), asItems(after), pointer, owner);
  if (path === 'teams.metrics') return compareEntries(walk, path, asStrings(before), asStrings(after), pointer, owner, (id) => kpiLabel(id, walk));
  if (path === 'needs.channels.firstResponse') return comparePromise(walk, path, before, after, pointer, owner);
  if (isStringList(before) && isStringList(after)) return compareEntries(walk, path, asStrings(before), asStrings(after), pointer, owner, (s) => quote(s, walk.language));
  if (isItem(before) || isItem(after)) {
    if ((before === undefined || isItem(before)) && (after === undefined || isItem(after))) {
      return compareObject(walk, path, (before ?? {}) as Item, (after ?? {}) as Item, pointer, owner);
    }
  }
  if (Array.isArray(before) || Array.isArray(after)) return compareByPlace(walk, path, before, after, pointer, owner);
  if (!SCALARS.has(path) && (typeof before === 'string' || typeof after === 'string') && (before === undefined || typeof before === 'string') && (after === undefined || typeof after === 'string')) {
    return compareText(walk, path, before, after, pointer, owner);
  }
  compareScalar(walk, path, before, after, pointer, owner);
}

function compareText(walk: Walk, path: string, before: string | undefined, after: string | undefined, pointer: string, owner: string): void {
  if (before === after) return;
  const n = noun(path, walk.language);
  const words = wordDiff(before ?? '', after ?? '');
  const id: SentenceId = before === undefined ? 'textAdded' : after === undefined ? 'textRemoved' : 'textChanged';
  emit(walk, path, before === undefined ? 'added' : after === undefined ? 'removed' : 'changed', pointer, owner, id, { noun: n }, { words });
}

function compareScalar(walk: Walk, path: string, before: unknown, after: unknown, pointer: string, owner: string): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const n = noun(path, walk.language);
  const from = before === undefined ? '' : showScalar(path, before, walk.language);
  const to = after === undefined ? '' : showScalar(path, after, walk.language);
  if (before === undefined) emit(walk, path, 'added', pointer, owner, 'valueSet', { noun: n, to });
  else if (after === undefined) emit(walk, path, 'removed', pointer, owner, 'valueUnset', { noun: n, from });
  else emit(walk, path, 'changed', pointer, owner, 'valueChanged', { noun: n, from, to });
}

/** An enum value, a date or a number in words. */
function showScalar(path: string, value: unknown, language: Language): string {
  const last = path.split('.').pop() ?? '';
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (path === 'language') return LANGUAGE_NAMES[value]?.[language] ?? value;
  if (path === 'feedback.nextReview') return formatDate(value, language);
  const enumWord = LABELS[`${last === 'direction' ? 'direction' : last}.${value}`]?.[language];
  return enumWord ?? quote(value, language);
}

function comparePromise(walk: Walk, path: string, before: unknown, after: unknown, pointer: string, owner: string): void {
  if (typeof before !== 'string' || typeof after !== 'string') return compareScalar(walk, path, before, after, pointer, owner);
  if (before === after) return;
  const direction = comparePromises(before, after);
  if (direction === 'same') return;
  emit(walk, path, 'changed', pointer, owner, 'promiseChanged', { noun: noun(path, walk.language), from: before, to: after, direction: DIRECTION_WORDS[direction][walk.language] }, { direction });
}

// ---------------------------------------------------------------------------------------------
// Lists of texts: entries added or removed; an entry reworded is shown word by word.

function compareEntries(walk: Walk, path: string, before: string[], after: string[], pointer: string, owner: string, show: (entry: string) => string): void {
  const removed = before.filter((s) => !after.includes(s));
  const added = after.filter((s) => !before.includes(s));
  const n = noun(path, walk.language);
  // A reworded entry: pair each removed entry with the most similar added one.
  const pairs: Array<[string, string]> = [];
  for (const old of [...removed]) {
    let best: string | undefined;
    let score = 0.5;
    for (const candidate of added) {
      const s = similarity(old, candidate);
      if (s > score) [best, score] = [candidate, s];
    }
    if (best !== undefined) {
      pairs.push([old, best]);
      removed.splice(removed.indexOf(old), 1);
      added.splice(added.indexOf(best), 1);
    }
  }
  for (const entry of removed) emit(walk, path, 'removed', `${pointer}/${before.indexOf(entry)}`, owner, 'entryRemoved', { noun: n, text: show(entry) });
  for (const [old, now] of pairs) emit(walk, path, 'changed', `${pointer}/${after.indexOf(now)}`, owner, 'textChanged', { noun: n }, { words: wordDiff(old, now) });
  for (const entry of added) emit(walk, path, 'added', `${pointer}/${after.indexOf(entry)}`, owner, 'entryAdded', { noun: n, text: show(entry) });
}

/** Lists this file does not know: compared place by place. */
function compareByPlace(walk: Walk, path: string, before: unknown, after: unknown, pointer: string, owner: string): void {
  const a = Array.isArray(before) ? before : [];
  const b = Array.isArray(after) ? after : [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) compareField(walk, path, a[i], b[i], `${pointer}/${i}`, owner);
}

// ---------------------------------------------------------------------------------------------
// Keyed lists: channels, values, hiring questions, teams, own KPIs.

function compareKeyed(walk: Walk, path: string, before: Item[], after: Item[], pointer: string, owner: string): void {
  const spec = KEYED[path]!;
  const { language } = walk;
  const n = noun(path, language);
  const isValues = path === 'values.core';
  const oldKeys = before.map(spec.key);
  const newKeys = after.map(spec.key);
  // Matched pairs: same key, else (values only) a rename found by similar content.
  const match = new Map<number, number>(); // old index → new index
  newKeys.forEach((k, j) => {
    const i = oldKeys.indexOf(k);
    if (i !== -1 && ![...match.keys()].includes(i)) match.set(i, j);
  });
  if (isValues) {
    const candidates: Array<[number, number, number]> = [];
    before.forEach((v, i) => {
      if (match.has(i)) return;
      after.forEach((w, j) => {
        if ([...match.values()].includes(j)) return;
        const s = valueSimilarity(v, w);
        if (s >= 0.5) candidates.push([s, i, j]);
      });
    });
    candidates.sort((x, y) => y[0] - x[0]);
    for (const [, i, j] of candidates) {
      if (match.has(i) || [...match.values()].includes(j)) continue;
      match.set(i, j);
    }
  }
  const matchedNew = new Set(match.values());

  before.forEach((item, i) => {
    if (match.has(i)) return;
    const name = quote(spec.label(item, language), language);
    if (isValues) emit(walk, path, 'removed', `${pointer}/${i}`, owner, 'valueRemoved', { name, place: place(i + 1, language) });
    else emit(walk, path, 'removed', `${pointer}/${i}`, owner, 'itemRemoved', { noun: n, name });
  });

  // The order of values is their priority: a value that left the common order moved.
  const moved = new Set<number>();
  if (isValues) {
    const pairs = [...match.entries()];
    const oldOrder = pairs.map(([i]) => i).sort((x, y) => x - y);
    const newOrder = pairs.map(([, j]) => j).sort((x, y) => x - y);
    const byNew = new Map(pairs.map(([i, j]) => [j, i]));
    const oldSeq = oldOrder.map(String);
    const newSeq = newOrder.map((j) => String(byNew.get(j)));
    for (const part of diffArrays(oldSeq, newSeq)) if (part.added) for (const i of part.value) moved.add(Number(i));
  }

  // In the order of the newer file: each item added, or what changed in it.
  const oldOf = new Map([...match.entries()].map(([i, j]) => [j, i]));
  for (let j = 0; j < after.length; j++) {
    const now = after[j]!;
    const i = oldOf.get(j);
    if (i === undefined) {
      const name = quote(spec.label(now, language), language);
      if (isValues) emit(walk, path, 'added', `${pointer}/${j}`, owner, 'valueAdded', { name, place: place(j + 1, language) });
      else emit(walk, path, 'added', `${pointer}/${j}`, owner, 'itemAdded', { noun: n, name });
      continue;
    }
    const old = before[i]!;
    const oldLabel = spec.label(old, language);
    const newLabel = spec.label(now, language);
    const itemPointer = `${pointer}/${j}`;
    if (spec.key(old) !== spec.key(now)) {
      emit(walk, path, 'renamed', itemPointer, owner, 'renamed', { noun: n, from: quote(oldLabel, language), to: quote(newLabel, language) }, { names: { from: oldLabel, to: newLabel } });
    }
    if (moved.has(i)) {
      emit(walk, path, 'moved', itemPointer, owner, 'moved', { name: quote(newLabel, language), from: place(i + 1, language), to: place(j + 1, language) }, { position: { from: i + 1, to: j + 1 } });
    }
    const itemOwner = `${capital(n)} ${quote(newLabel, language)}`;
    const identity = path === 'values.core' ? 'name' : path === 'hiring.benchmark' ? 'value' : path === 'teams' ? 'team' : path === 'customKpis' ? 'id' : 'name';
    const rest = (x: Item) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== identity));
    compareObject(walk, path, rest(old), rest(now), itemPointer, itemOwner);
  }
}

// ---------------------------------------------------------------------------------------------
// A value's KPIs and their targets.

function kpiLabel(id: string, walk: Walk): string {
  const custom = walk.customs.after.find((c) => c.id === id) ?? walk.customs.before.find((c) => c.id === id);
  const name = custom?.name ?? findKpi(id)?.name[walk.language];
  if (!name) return id;
  return name.includes(`(${id})`) ? name : `${name} (${id})`;
}

function compareKpis(walk: Walk, path: string, before: Item[], after: Item[], pointer: string, owner: string): void {
  const { language } = walk;
  const oldIds = before.map((k) => String(k['id']));
  before.forEach((k, i) => {
    if (!after.some((a) => a['id'] === k['id'])) emit(walk, path, 'removed', `${pointer}/${i}`, owner, 'kpiRemoved', { kpi: kpiLabel(String(k['id']), walk) });
  });
  after.forEach((k, j) => {
    const id = String(k['id']);
    const kpi = kpiLabel(id, walk);
    const at = `${pointer}/${j}`;
    const target = k['target'] as Target | undefined;
    const i = oldIds.indexOf(id);
    if (i === -1) {
      if (target) emit(walk, path, 'added', at, owner, 'kpiAddedTarget', { kpi, target: show(target, id, walk, 'after') });
      else emit(walk, path, 'added', at, owner, 'kpiAdded', { kpi });
      return;
    }
    const old = before[i]!['target'] as Target | undefined;
    if (!old && !target) return;
    if (!old) return emit(walk, path, 'added', `${at}/target`, owner, 'targetSet', { kpi, to: show(target!, id, walk, 'after') });
    if (!target) return emit(walk, path, 'removed', `${at}/target`, owner, 'targetUnset', { kpi, from: show(old, id, walk, 'before') });
    const direction: Direction | 'same' = compareTargets(old, target, id, walk.customs.before, walk.customs.after);
    if (direction === 'same') return;
    emit(walk, path, 'changed', `${at}/target`, owner, 'targetChanged', {
      kpi,
      from: show(old, id, walk, 'before'),
      to: show(target, id, walk, 'after'),
      direction: DIRECTION_WORDS[direction][language],
    }, { direction });
  });
}

function show(target: Target, id: string, walk: Walk, side: 'before' | 'after'): string {
  return formatTarget(target, id, walk.language, walk.customs[side]);
}

// ---------------------------------------------------------------------------------------------
// Similarity, for renames and reworded entries.

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}

/** 0 (nothing in common) .. 1 (the same), by the characters the word diff keeps. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  let same = 0;
  for (const p of diffWords(a, b)) if (!p.added && !p.removed) same += p.value.trim().length;
  return (2 * same) / (a.trim().length + b.trim().length);
}

/** A value renamed keeps most of its meaning, action and KPIs. */
function valueSimilarity(a: Item, b: Item): number {
  const scores: number[] = [];
  for (const field of ['meaning', 'action'] as const) {
    const x = a[field];
    const y = b[field];
    if (typeof x === 'string' || typeof y === 'string') scores.push(similarity(String(x ?? ''), String(y ?? '')));
  }
  const ka = new Set(asItems(a['kpis']).map((k) => String(k['id'])));
  const kb = new Set(asItems(b['kpis']).map((k) => String(k['id'])));
  if (ka.size || kb.size) scores.push([...ka].filter((k) => kb.has(k)).length / new Set([...ka, ...kb]).size);
  return scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : 0;
}

// ---------------------------------------------------------------------------------------------

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asItems(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter(isItem) : [];
}

function isStringList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
