// What `philosophy diff` and `philosophy log` know about a change: data only; the formatters in
// src/diff/formatters/ lay it out. Every text in here is already in the reader's language.
import type { Finding } from '../core/findings.js';

/** The JSON report's version; raise it when a field changes meaning or disappears. */
export const DIFF_JSON_VERSION = 1;

/** 1..7: the wizard's steps; 0: the file itself (format version, language, fields of other tools). */
export type StepNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'changed';

/** How a KPI target or a time promise moved. */
export type Direction = 'stricter' | 'looser' | 'other';

/** One piece of a word-level diff of a text. */
export interface WordPart {
  /** 'same' text is in both versions. */
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface Change {
  step: StepNumber;
  kind: ChangeKind;
  /** JSON pointer of the item in the newer version (in the older one when it was removed). */
  pointer: string;
  /** One line in words: "Value “Speed” moved from 3rd to 1st." */
  summary: string;
  /** For a target or promise: which way it moved. */
  direction?: Direction;
  /** For a changed text: the word-level diff. */
  words?: WordPart[];
  /** For a move: 1-based positions. */
  position?: { from: number; to: number };
  /** For a rename: the names. */
  names?: { from: string; to: string };
}

/** One side of a comparison: where it comes from, as the reader should see it. */
export interface SideLabel {
  /** The path in that version. */
  path: string;
  /** "HEAD~1", "working tree", a commit's short hash; empty for a plain file. */
  ref: string;
  /** False when the file does not exist on that side (added or deleted). */
  exists: boolean;
}

export interface DiffResult {
  old: SideLabel;
  new: SideLabel;
  changes: Change[];
  /** Findings the newer version has and the older one had not, and the reverse. */
  findings: { introduced: Finding[]; resolved: Finding[] };
}

export interface LogEntry {
  commit: string;
  /** ISO 8601 author date as git gives it (the formatters write it in words). */
  date: string;
  author: string;
  subject: string;
  diff: DiffResult;
}
