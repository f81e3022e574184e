// The words of a finding: a rule's (or pseudo rule's) message template filled with the issue's
// data, in the user's language, made safe for one line of a terminal.
import type { Language } from '../core/bilingual.js';
import type { IssueData } from '../core/findings.js';
import { fillMessage } from '../core/text.js';
import { findRule } from './index.js';

/** The one-line message and hint of an issue in the user's language. */
export function messageOf(ruleId: string, messageId: string, data: IssueData | undefined, language: Language): { message: string; hint: string } {
  return fillMessage(findRule(ruleId)?.messages[messageId], data, language, `${ruleId}/${messageId}`);
}
