import type { Language } from '../core/bilingual.js';
import type { Output } from '../io/output.js';

export interface CommandContext {
  cwd: string;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  language: Language;
}
