import type { Bilingual } from '../core/bilingual.js';
import type { Philosophy } from '../model/schema.js';
import type { RuleMessage, Severity } from '../core/findings.js';

export type Step = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface RuleMeta {
  /** kebab-case, stable: config files and directives name it. */
  id: string;
  /** One line: what the rule checks. */
  description: Bilingual;
  /** Default severity; a config file may change it or turn the rule off. */
  severity: Severity;
  /** The wizard step whose answers the rule checks; the wizard shows the rule's findings after that step. */
  step: Step;
  /** Source of `docs/rules/<id>.md`: why the rule exists, and a failing and a passing YAML excerpt. */
  docs: {
    why: Bilingual;
    bad: string;
    good: string;
  };
}

export interface RuleReport {
  messageId: string;
  /** JSON pointer of the offending node, e.g. `/values/core/2/action`. When the node does not
   * exist (a missing field), point at the nearest existing parent: the engine reports the
   * position of the deepest node of the pointer that exists. */
  pointer: string;
  data?: Record<string, string | number | Bilingual>;
}

export interface RuleContext {
  /** A model that passed the schema check (unknown properties aside). */
  model: Philosophy;
  /** Today's date as YYYY-MM-DD (injected so tests are stable). */
  today: string;
}

export interface Rule {
  meta: RuleMeta;
  messages: Record<string, RuleMessage>;
  /** Pure: no I/O, no printing, no clock (use ctx.today). */
  check(ctx: RuleContext): RuleReport[];
}
