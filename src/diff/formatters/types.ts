// One formatter per output format of `philosophy diff` and `philosophy log`: pure functions of
// the service's data.
import type { Language } from '../../model/constants.js';
import type { DiffResult, LogEntry } from '../types.js';

export interface DiffFormatContext {
  language: Language;
  /** Colours allowed (stylish only). */
  color: boolean;
  /** Columns to wrap to (stylish only). */
  width: number;
  version: string;
}

export interface FileLog {
  /** The file as the reader named it. */
  path: string;
  entries: LogEntry[];
}

export interface DiffFormatter {
  diff(results: DiffResult[], context: DiffFormatContext): string;
  log(log: FileLog, context: DiffFormatContext): string;
}
