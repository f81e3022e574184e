// The texts of a philosophy that people read, with the JSON pointer of each: the rules that read
// wording (clichés, promises, tone) look at all of them, not only at the vision.
import type { Philosophy } from '../../model/schema.js';

export interface TextField {
  text: string;
  pointer: string;
}

type Kind = 'prose' | 'promise';

/**
 * Free texts a customer, a colleague or a new hire will read: the mission, the role of support,
 * principles, the values (name, meaning, action, behaviours, what we will not do), the vision,
 * the service funnel, empowerment, the sharing texts and the teams' activities.
 * Left out on purpose: the brainstorm (a raw list before the cut), customers' own words,
 * interview questions and reference answers (quotes), and channel hours (checked apart).
 * `promise` narrows it to the texts that can promise something to a customer (not the mission,
 * which is the company's and not the support team's).
 */
export function readerTexts(model: Philosophy, kind: Kind = 'prose'): TextField[] {
  const out: TextField[] = [];
  const add = (text: string | undefined, pointer: string) => {
    if (text !== undefined && text.trim() !== '') out.push({ text, pointer });
  };
  const addList = (list: readonly string[] | undefined, pointer: string) => list?.forEach((t, i) => add(t, `${pointer}/${i}`));
  if (kind === 'prose') add(model.company.mission, '/company/mission');
  const needs = model.needs;
  if (kind === 'prose') add(needs?.supportRole, '/needs/supportRole');
  addList(needs?.principles, '/needs/principles');
  if (needs?.funnel) {
    for (const key of ['proactive', 'selfService', 'human'] as const) add(needs.funnel[key], `/needs/funnel/${key}`);
  }
  add(model.vision.statement, '/vision/statement');
  model.values.core.forEach((value, i) => {
    const base = `/values/core/${i}`;
    if (kind === 'prose') add(value.name, `${base}/name`);
    add(value.meaning, `${base}/meaning`);
    add(value.action, `${base}/action`);
    addList(value.behaviours, `${base}/behaviours`);
    if (kind === 'prose') addList(value.notThis, `${base}/notThis`);
  });
  addList(model.empowerment?.decisions, '/empowerment/decisions');
  add(model.empowerment?.escalation, '/empowerment/escalation');
  const sharing = model.sharing;
  if (sharing) {
    for (const key of ['onboarding', 'socialMedia', 'promotions', 'incentives', 'toneOfVoice', 'brandVoice'] as const) {
      add(sharing[key], `/sharing/${key}`);
    }
    addList(sharing.rituals, '/sharing/rituals');
  }
  if (kind === 'prose') model.teams?.forEach((team, i) => add(team.activities, `/teams/${i}/activities`));
  if (kind === 'prose') add(model.feedback?.conflictPolicy, '/feedback/conflictPolicy');
  return out;
}
