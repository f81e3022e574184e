// The bench's files: a seeded, realistic mix of philosophies as teams keep them in git. Made from
// the two committed examples (English and German), in three sizes, and of three kinds:
//   about 30 % clean, 60 % with one to three warnings (a KPI without a target, a review date
//   in the past, a team left out, a cliché, a second sentence in the vision, an action that
//   is not an instruction), 10 % with an error (a schema error or a YAML syntax error).
// The same seed gives the same files. `npm run bench` prints what the CLI actually found in
// them, so the mix is measured, not assumed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** mulberry32: a small seeded generator, so that every run measures the same files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = {
  en: {
    cliche: ' We always go the extra mile.',
    vision: ' We also want to be the best.',
    action: 'Quality in every answer.',
    variant: (text, k) => `${text.replace(/\.$/, '')}, also on shift ${k}.`,
  },
  de: {
    cliche: ' Wir gehen immer die extra Meile.',
    vision: ' Außerdem wollen wir die Besten sein.',
    action: 'Qualität in jeder Antwort.',
    variant: (text, k) => `${text.replace(/\.$/, '')}, auch in Schicht ${k}.`,
  },
};

/** Each warning: one edit of the data that one rule reports. */
const WARNINGS = [
  (d, pick) => {
    const value = pick(d.values.core);
    if (value.kpis?.[0]) delete value.kpis[0].target;
  },
  (d) => {
    d.feedback.nextReview = '2025-06-30';
  },
  (d, pick) => {
    d.teams.splice(d.teams.indexOf(pick(d.teams.filter((t) => t.team !== 'support'))), 1);
  },
  (d, pick, t) => {
    const value = pick(d.values.core);
    value.meaning += t.cliche;
  },
  (d, _pick, t) => {
    d.vision.statement += t.vision;
  },
  (d, pick, t) => {
    pick(d.values.core).action = t.action;
  },
];

/** Each error: a file the validator must refuse. */
const ERRORS = [
  { data: (d) => void (d.version = 2) },
  { data: (d) => void (d.company.slogan = d.company.name) },
  { data: (d) => void (d.values.core = d.values.core[0].name) },
  // A flow sequence left open in the middle of the file.
  { text: (text) => text.replace(/\nvision:\n/, '\nvision: [\n') },
];

const SIZES = [
  // Small: a first draft, short lists.
  { name: 'small', share: 0.3, shape: (d) => trim(d, 2) },
  { name: 'medium', share: 0.5, shape: () => {} },
  // Large: a philosophy that grew, with long lists.
  { name: 'large', share: 0.2, shape: (d, t) => grow(d, t, 3) },
];

function trim(d, n) {
  for (const key of ['principles', 'customerNeeds', 'selfHelp']) if (Array.isArray(d.needs?.[key])) d.needs[key] = d.needs[key].slice(0, n);
  if (Array.isArray(d.values.brainstorm)) d.values.brainstorm = d.values.brainstorm.slice(0, n + 3);
  for (const value of d.values.core) {
    for (const key of ['behaviours', 'notThis', 'tools']) if (Array.isArray(value[key])) value[key] = value[key].slice(0, n);
  }
  if (Array.isArray(d.vision.stakeholders)) d.vision.stakeholders = d.vision.stakeholders.slice(0, n);
}

function grow(d, t, times) {
  const more = (list) => (Array.isArray(list) ? list.flatMap((item, i) => (typeof item === 'string' ? [item, ...Array.from({ length: times - 1 }, (_, k) => t.variant(item, k + 2 + i))] : [item])) : list);
  for (const key of ['principles', 'customerNeeds', 'selfHelp']) d.needs[key] = more(d.needs[key]);
  for (const value of d.values.core) for (const key of ['behaviours', 'notThis', 'tools']) value[key] = more(value[key]);
  d.empowerment.decisions = more(d.empowerment.decisions);
  d.sharing.rituals = more(d.sharing.rituals);
}

/**
 * Writes `count` files into `dir` (1 000 to a subfolder) and returns how many of each kind and
 * size were made.
 */
export function writeMix(root, dir, count, seed = 20261122) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const examples = {
    en: readFileSync(join(root, 'philosophies/acme-robotics.yaml'), 'utf8'),
    de: readFileSync(join(root, 'philosophies/radwerk-berlin.yaml'), 'utf8'),
  };
  const made = { clean: 0, warnings: 0, errors: 0, en: 0, de: 0, small: 0, medium: 0, large: 0 };
  for (let i = 0; i < count; i++) {
    const language = i % 2 === 0 ? 'en' : 'de';
    const t = TEXT[language];
    const d = parse(examples[language]);
    // Different text per file, so that nothing can be cached by accident.
    d.company.name = `${d.company.name} ${i}`;
    let r = rand();
    const size = SIZES.find((s) => (r -= s.share) < 0) ?? SIZES[1];
    size.shape(d, t);
    const kind = (r = rand()) < 0.3 ? 'clean' : r < 0.9 ? 'warnings' : 'errors';
    let error;
    if (kind === 'warnings') {
      const edits = [...WARNINGS].sort(() => rand() - 0.5).slice(0, 1 + Math.floor(rand() * 3));
      for (const edit of edits) edit(d, pick, t);
    } else if (kind === 'errors') {
      error = pick(ERRORS);
      error.data?.(d);
    }
    let text = `# yaml-language-server: $schema=../../../../schema/philosophy.schema.json\n${stringify(d, { lineWidth: 100 })}`;
    if (error?.text) text = error.text(text);
    const sub = join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `p${i}.yaml`), text);
    made[kind]++;
    made[language]++;
    made[size.name]++;
  }
  return made;
}
