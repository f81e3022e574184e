import { describe, expect, it } from 'vitest';
import { rule, startsWithVerb } from '../../src/rules/action-starts-with-verb.js';
import { DE_INFINITIVES, deVerbForms, imperativesOf } from '../../src/rules/text/verbs-de.js';
import { EN_VERBS } from '../../src/rules/text/verbs-en.js';
import type { Philosophy } from '../../src/model/schema.js';
import { lintRule } from '../helpers/lint.js';

const RULE = 'action-starts-with-verb';

/** Value i's `action:` is on line 9 + 2i; its text starts at column 15. */
const doc = (language: 'en' | 'de', ...actions: string[]) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    ...actions.flatMap((action, i) => [`    - name: Value ${i + 1}`, `      action: ${action}`]),
    'vision:',
    '  statement: Help every customer feel at home.',
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

const model = (language: 'en' | 'de', core: Philosophy['values']['core']): Philosophy => ({
  version: 1,
  language,
  company: { name: 'Acme', mission: 'Robots anyone can run.' },
  values: { core },
  vision: { statement: 'Help every customer feel at home.' },
});

const EN_GOOD = [
  'Say what you mean. Mean what you say.',
  'Get it right the first time.',
  'Treat every customer with urgency.',
  'Make customers feel like family.',
  'Give customers the tools to help themselves.',
  'Be humble.',
  'Own the outcome.',
  'Follow-up on every promise.',
  'Always listen first.',
  'Never guess; ask.',
  'Don’t make customers repeat themselves.',
  "Let's solve it together.",
  '“Deliver WOW through service.”',
  'I own your problem until it is solved.',
  "I'll tell you what I know, and what I don't.",
  'We answer every message within a working day.',
  'SAY WHAT YOU MEAN.',
];

const EN_BAD: Array<[string, string]> = [
  ['Quality in every answer.', 'Quality'],
  ['Honesty, always.', 'Honesty'],
  ['Our customers matter.', 'Our'],
  ['The customer experience is everything.', 'The'],
  ['Always the best answer.', 'Always'],
  ['24/7 for you.', '24'],
  ['Ich höre zu.', 'Ich'],
];

const DE_GOOD = [
  'Sag, was du meinst.',
  'Sage, was du meinst.',
  'Behandle jede Anfrage, als wäre sie die einzige.',
  'Gib Kunden die Werkzeuge, sich selbst zu helfen.',
  'Mach es beim ersten Mal richtig.',
  'Hör zu, bevor du antwortest.',
  'Höre zu, bevor du antwortest.',
  'Lös das Problem, nicht nur das Symptom.',
  'Geh auf jede Frage ein.',
  'Nimm dir Zeit für jede Frage.',
  'Übernimm Verantwortung für jedes Ticket.',
  'Erkläre jeden Schritt so, dass ihn alle verstehen.',
  'Kümmere dich um das Anliegen, bis es gelöst ist.',
  'Ändere, was Kunden stört.',
  'Antworte ehrlich, auch wenn es unbequem ist.',
  'Seid ehrlich zueinander.',
  'Behandeln Sie Kunden wie Gäste.',
  'Zuhören, verstehen, lösen.',
  'Immer zuerst zuhören.',
  'Ich nehme jedes Anliegen persönlich.',
  'Wir halten, was wir versprechen.',
  '„Sei neugierig.“',
];

const DE_BAD: Array<[string, string]> = [
  ['Qualität in jeder Antwort.', 'Qualität'],
  ['Ehrlichkeit zuerst.', 'Ehrlichkeit'],
  ['Unsere Kunden sind uns wichtig.', 'Unsere'],
  ['Meine Kunden sind mir wichtig.', 'Meine'],
  ['Der Kunde steht im Mittelpunkt.', 'Der'],
  ['Kundenzufriedenheit ist unser Ziel.', 'Kundenzufriedenheit'],
  ['Gebe jedem Kunden eine Antwort.', 'Gebe'],
  ['Say what you mean.', 'Say'],
];

describe(RULE, () => {
  describe('fires', () => {
    it.each(EN_BAD)('in English on %j', (action) => {
      expect(positions(doc('en', action))).toEqual([{ ruleId: RULE, messageId: 'notVerbFirst', line: 9, column: 15 }]);
    });

    it.each(DE_BAD)('in German on %j', (action) => {
      expect(positions(doc('de', action), 'de')).toEqual([{ ruleId: RULE, messageId: 'notVerbFirst', line: 9, column: 15 }]);
    });

    it('at the value whose action is not verb first', () => {
      const yaml = doc('en', 'Say what you mean.', 'Quality in every answer.', 'Get it right the first time.');
      expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'notVerbFirst', line: 11, column: 15 }]);
    });

    it('with the value and the first word as written', () => {
      const reports = rule.check({
        model: model('de', [{ name: 'Integrität', action: '„Ehrlichkeit zuerst.“' }]),
        today: '2026-11-22',
      });
      expect(reports).toEqual([
        { messageId: 'notVerbFirst', pointer: '/values/core/0/action', data: { value: 'Integrität', firstWord: 'Ehrlichkeit' } },
      ]);
    });

    it('as a warning with a message in the user’s language', () => {
      const [finding] = lintRule(RULE, doc('de', 'Qualität in jeder Antwort.'), { lang: 'de' });
      expect(finding?.severity).toBe('warn');
      expect(finding?.message).toContain('„Qualität“');
    });
  });

  describe('does not fire', () => {
    it.each(EN_GOOD)('in English on %j', (action) => {
      expect(positions(doc('en', action))).toEqual([]);
    });

    it.each(DE_GOOD)('in German on %j', (action) => {
      expect(positions(doc('de', action), 'de')).toEqual([]);
    });

    it('on a missing or blank action (value-action-required reports those)', () => {
      const reports = rule.check({
        model: model('en', [{ name: 'Integrity' }, { name: 'Quality', action: '   ' }, { name: 'Speed', action: '…' }]),
        today: '2026-11-22',
      });
      expect(reports).toEqual([]);
    });
  });
});

describe('startsWithVerb', () => {
  it('reads the first word past quotes and list marks', () => {
    expect(startsWithVerb('  “Listen first.”', 'en')).toEqual({ ok: true, firstWord: 'Listen' });
    expect(startsWithVerb('— Quality first', 'en')).toEqual({ ok: false, firstWord: 'Quality' });
    expect(startsWithVerb('', 'en')).toEqual({ ok: false, firstWord: '' });
  });

  it('allows a few leading adverbs, not any number of words', () => {
    expect(startsWithVerb('Always, always listen.', 'en').ok).toBe(true);
    expect(startsWithVerb('Just simply really truly listen.', 'en').ok).toBe(false);
    expect(startsWithVerb('Bitte immer zuerst zuhören.', 'de').ok).toBe(true);
  });

  it('accepts I- and We-statements with contractions', () => {
    for (const text of ["I'm on it.", 'I’ll call you back.', "We've got this.", 'Wir rufen zurück.', 'Ich kläre das.']) {
      const language = /^(Wir|Ich)/.test(text) ? 'de' : 'en';
      expect(startsWithVerb(text, language).ok, text).toBe(true);
    }
  });

  it('uses the file language only', () => {
    expect(startsWithVerb('Sag, was du meinst.', 'en').ok).toBe(false);
    expect(startsWithVerb('Say what you mean.', 'de').ok).toBe(false);
  });
});

describe('verb lists', () => {
  it('are substantial', () => {
    expect(EN_VERBS.size).toBeGreaterThan(400);
    expect(DE_INFINITIVES.length).toBeGreaterThan(300);
  });

  it('are lower-case and free of duplicates in German', () => {
    for (const verb of EN_VERBS) expect(verb).toBe(verb.toLowerCase());
    expect(new Set(DE_INFINITIVES).size).toBe(DE_INFINITIVES.length);
    for (const verb of DE_INFINITIVES) expect(verb, verb).toMatch(/^(?:[a-zäöüß]+\|)?[a-zäöüß]+n$/);
  });

  it.each([
    ['sagen', ['sage', 'sag', 'sagt']],
    ['antworten', ['antworte', 'antwortet']],
    ['öffnen', ['öffne', 'öffnet']],
    ['rechnen', ['rechne', 'rechnet']],
    ['kommen', ['komme', 'komm', 'kommt']],
    ['lernen', ['lerne', 'lern', 'lernt']],
    ['handeln', ['handle', 'handel', 'handelt']],
    ['ändern', ['ändere', 'änder', 'ändert']],
    ['geben', ['gib', 'gebt']],
    ['nehmen', ['nimm', 'nehmt']],
    ['halten', ['halt', 'halte', 'haltet']],
    ['sein', ['sei']],
  ] as const)('derives the imperatives of %s', (infinitive, forms) => {
    expect(imperativesOf(infinitive)).toEqual(forms);
  });

  it('knows separable verbs by their base and as infinitives', () => {
    for (const form of ['hör', 'höre', 'zuhören', 'geh', 'eingehen', 'ruf', 'zurückrufen', 'nimm', 'wahrnehmen', 'gib']) {
      expect(deVerbForms().has(form), form).toBe(true);
    }
  });

  it('leaves out wrong imperatives and words that only look like verbs', () => {
    for (const form of ['gebe', 'nehme', 'hilfe', 'der', 'die', 'meine', 'unsere', 'seit']) {
      expect(deVerbForms().has(form), form).toBe(false);
    }
  });
});
