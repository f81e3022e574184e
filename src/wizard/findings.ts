// The live hints after each step: the findings of the lint rules that belong to that step,
// run on the draft (with empty placeholders where later steps have not been answered yet).
import type { Severity } from '../core/findings.js';
import type { Language } from '../model/constants.js';
import type { Philosophy } from '../model/schema.js';
import { messageOf } from '../rules/messages.js';
import { RULES } from '../rules/index.js';
import type { Draft } from './types.js';

export interface StepFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  hint: string;
}

/** The draft as a model the rules can read: required parts present, possibly empty. */
export function asModel(draft: Draft, language: Language): Philosophy {
  const d = draft as Partial<Philosophy>;
  return {
    ...d,
    version: 1,
    language: d.language ?? language,
    company: { name: d.company?.name ?? '', mission: d.company?.mission ?? '' },
    values: { ...d.values, core: (d.values?.core ?? []).map((v) => ({ ...v, name: v.name ?? '' })) },
    vision: { ...d.vision, statement: d.vision?.statement ?? '' },
  } as Philosophy;
}

export function stepFindings(draft: Draft, step: number, language: Language, today: string): StepFinding[] {
  const model = asModel(draft, language);
  const findings: StepFinding[] = [];
  for (const rule of RULES) {
    if (rule.meta.step !== step) continue;
    let reports;
    try {
      reports = rule.check({ model, today });
    } catch {
      // A half-answered draft may hold shapes a rule does not expect; the final validation
      // reports on the finished file.
      continue;
    }
    for (const r of reports) {
      findings.push({ ruleId: rule.meta.id, severity: rule.meta.severity, ...messageOf(rule.meta.id, r.messageId, r.data, language) });
    }
  }
  return findings;
}
