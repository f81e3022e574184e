// Builds what a step sees: the draft, the Asker and the ways to speak to the user.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import type { SeveritySetting } from '../core/findings.js';
import { fill } from '../core/text.js';
import { findRule } from '../rules/index.js';
import { createAsker, type AskerSetup } from './asker.js';
import type { StepContext } from './types.js';

export function stepContext(setup: AskerSetup & { today?: string; rules?: Readonly<Record<string, SeveritySetting>> }): StepContext {
  const t = (text: Bilingual, data?: Record<string, string | number>) => fill(text[setup.language as Language], data);
  return {
    language: setup.language,
    draft: setup.draft,
    ask: createAsker(setup),
    // Lines of information belong to a question asked in order; silent and focused runs (the
    // review screen) keep quiet.
    say: (text) => {
      if ((setup.mode?.kind ?? 'ask') === 'ask') setup.prompter?.print(text);
    },
    t,
    today: setup.today ?? new Date().toISOString().slice(0, 10),
    severity: (ruleId) => severityOf(ruleId, setup.rules),
  };
}

/** A rule's severity as `validate` gives it: the config's setting, else the rule's default. */
export function severityOf(ruleId: string, rules: Readonly<Record<string, SeveritySetting>> | undefined): SeveritySetting {
  return rules?.[ruleId] ?? findRule(ruleId)?.meta.severity ?? 'error';
}
