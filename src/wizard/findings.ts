// The live hints after each step: the findings of the lint rules that belong to that step,
// run on the draft (with empty placeholders where later steps have not been answered yet),
// each with the severity `validate` gives it under the project's config and a hint in words.
import type { Severity, SeveritySetting } from '../core/findings.js';
import { fillMessage } from '../core/text.js';
import type { Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import { RULES, findRule } from '../rules/index.js';
import type { RuleReport } from '../rules/types.js';
import { severityOf } from './context.js';
import type { Draft } from './types.js';

export interface StepFinding {
  ruleId: string;
  messageId: string;
  data: RuleReport['data'];
  severity: Severity;
  message: string;
  hint: string;
  /** The node the finding is about, as the rule reports it (`/values/core/0/name`). */
  pointer: string;
}

/** The draft as a model the rules can read: required parts present, possibly empty. */
export function asModel(draft: Draft, language: Language): Philosophy {
  const d = draft as Partial<Philosophy>;
  return {
    ...d,
    version: 1,
    language: d.language ?? language,
    company: { ...d.company, name: d.company?.name ?? '', mission: d.company?.mission ?? '' },
    values: { ...d.values, core: (d.values?.core ?? []).map((v) => ({ ...v, name: v.name ?? '' })) },
    vision: { ...d.vision, statement: d.vision?.statement ?? '' },
  } as Philosophy;
}

/** A rule's message as the wizard shows it: the words-only hint where the rule has one. */
export function wizardMessage(ruleId: string, messageId: string, data: RuleReport['data'], language: Language): { message: string; hint: string } {
  const template = findRule(ruleId)?.messages[messageId];
  return fillMessage(template?.wizard ? { ...template, hint: template.wizard } : template, data, language, `${ruleId}/${messageId}`);
}

/** The findings of the rules that pass `select`, on the draft; rules the config turns off are
 * not run. */
export function draftFindings(
  draft: Draft,
  language: Language,
  today: string,
  rules: Readonly<Record<string, SeveritySetting>> | undefined,
  select: (rule: (typeof RULES)[number]) => boolean,
): StepFinding[] {
  const model = asModel(draft, language);
  const findings: StepFinding[] = [];
  for (const rule of RULES) {
    if (!select(rule)) continue;
    const severity = severityOf(rule.meta.id, rules);
    if (severity === 'off') continue;
    let reports;
    try {
      reports = rule.check({ model, today });
    } catch {
      // A half-answered draft may hold shapes a rule does not expect; the final validation
      // reports on the finished file.
      continue;
    }
    for (const r of reports) findings.push({ ruleId: rule.meta.id, messageId: r.messageId, data: r.data, severity, pointer: r.pointer, ...wizardMessage(rule.meta.id, r.messageId, r.data, language) });
  }
  return findings;
}

export function stepFindings(draft: Draft, step: number, language: Language, today: string, rules?: Readonly<Record<string, SeveritySetting>>): StepFinding[] {
  return draftFindings(draft, language, today, rules, (rule) => rule.meta.step === step);
}

/** A finding as the wizard prints it: the mark of its severity, the message, the hint below. */
export function findingLines(finding: Pick<StepFinding, 'severity' | 'message' | 'hint'>): string[] {
  return [`${finding.severity === 'error' ? '✖' : finding.severity === 'info' ? 'ℹ' : '⚠'} ${finding.message}`, ...(finding.hint ? [`  ${finding.hint}`] : [])];
}
