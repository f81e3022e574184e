// The registry: every rule, in the order of the wizard's steps. A config file or a directive
// naming an id that is not here is an error.
import type { Rule } from './types.js';
import { PACKAGE_ROOT } from '../version.js';
import { PSEUDO_RULES, type PseudoRule } from './pseudo.js';
import { rule as coreValuesCount } from './core-values-count.js';
import { rule as uniqueValues } from './unique-values.js';
import { rule as noCliches } from './no-cliches.js';
import { rule as visionOneSentence } from './vision-one-sentence.js';
import { rule as visionCriteria } from './vision-criteria.js';
import { rule as promiseHonesty } from './promise-honesty.js';
import { rule as valueActionRequired } from './value-action-required.js';
import { rule as actionStartsWithVerb } from './action-starts-with-verb.js';
import { rule as valueKpiRequired } from './value-kpi-required.js';
import { rule as kpiKnown } from './kpi-known.js';
import { rule as kpiTarget } from './kpi-target.js';
import { rule as kpiBenchmark } from './kpi-benchmark.js';
import { rule as metricFitsValue } from './metric-fits-value.js';
import { rule as hiringQuestions } from './hiring-questions.js';
import { rule as teamCoverage } from './team-coverage.js';
import { rule as conflictPolicy } from './conflict-policy.js';
import { rule as reviewDate } from './review-date.js';
import { rule as textControls } from './text-controls.js';
import { rule as sayingNo } from './saying-no.js';
import { rule as vagueValue } from './vague-value.js';
import { rule as visionNotMission } from './vision-not-mission.js';
import { rule as handleTimeBalance } from './handle-time-balance.js';
import { rule as toneConsistency } from './tone-consistency.js';

export { PSEUDO_RULES };

export const RULES: readonly Rule[] = [
  textControls,
  sayingNo,
  coreValuesCount,
  uniqueValues,
  vagueValue,
  noCliches,
  visionOneSentence,
  visionCriteria,
  visionNotMission,
  promiseHonesty,
  valueActionRequired,
  actionStartsWithVerb,
  valueKpiRequired,
  kpiKnown,
  kpiTarget,
  kpiBenchmark,
  metricFitsValue,
  handleTimeBalance,
  toneConsistency,
  hiringQuestions,
  teamCoverage,
  conflictPolicy,
  reviewDate,
];

const BY_ID = new Map<string, Rule | PseudoRule>([...RULES, ...PSEUDO_RULES].map((r) => [r.meta.id, r]));

export function findRule(id: string): Rule | PseudoRule | undefined {
  return BY_ID.get(id);
}

/** Rules a config file may set: the domain rules and the directive check. */
export function isConfigurable(id: string): boolean {
  return RULES.some((r) => r.meta.id === id) || id === 'disable-directive';
}


// Rule docs ship with the package; a file URL opens them from a terminal or an editor, and
// needs no server that might move.
const DOCS_DIR_URL = new URL('docs/rules/', PACKAGE_ROOT);

export function docsUrl(id: string): string {
  return new URL(`${id}.md`, DOCS_DIR_URL).href;
}
