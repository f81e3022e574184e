// Builds what a step sees: the draft, the Asker and the ways to speak to the user.
import type { Bilingual } from '../core/bilingual.js';
import type { Language } from '../model/constants.js';
import { fill } from '../core/text.js';
import { createAsker, type AskerSetup } from './asker.js';
import type { StepContext } from './types.js';

export function stepContext(setup: AskerSetup & { today?: string }): StepContext {
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
  };
}
