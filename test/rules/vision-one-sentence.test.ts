import { describe, expect, it } from 'vitest';
import { countSentences, countWords, rule } from '../../src/rules/vision-one-sentence.js';
import type { Philosophy } from '../../src/model/schema.js';
import { lintRule } from '../helpers/lint.js';

const RULE = 'vision-one-sentence';

/** Line 10 is the statement; its value starts at column 14. */
const doc = (language: 'en' | 'de', statement: string) =>
  [
    'version: 1',
    `language: ${language}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    '    - name: Integrity',
    'vision:',
    `  statement: ${statement}`,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

const at = (messageId: string) => ({ ruleId: RULE, messageId, line: 10, column: 14 });

const model = (statement: string): Philosophy => ({
  version: 1,
  language: 'en',
  company: { name: 'Acme', mission: 'Robots anyone can run.' },
  values: { core: [{ name: 'Integrity' }] },
  vision: { statement },
});

describe(RULE, () => {
  describe('fires', () => {
    it.each([
      ['en', 'We listen. We fix it the first time.'],
      ['en', 'Fast answers! Real people.'],
      ['en', 'Why wait? We answer in minutes.'],
      ['en', 'We listen… Then we act.'],
      ['en', `'"We listen." "We act."'`],
      ['de', 'Wir hören zu. Wir lösen es beim ersten Mal.'],
      ['de', 'Schnelle Antworten! Echte Menschen.'],
    ] as const)('on two sentences (%s): %s', (language, statement) => {
      expect(positions(doc(language, statement), language)).toEqual([at('tooManySentences')]);
    });

    it('on a single sentence of more than 25 words', () => {
      const statement =
        'We want every customer who writes to us on any of our channels to leave the conversation knowing exactly what happens next and who will take care of it';
      expect(countWords(statement)).toBe(29);
      expect(positions(doc('en', statement))).toEqual([at('tooLong')]);
    });

    it('on a long German sentence', () => {
      const statement =
        'Wir wollen, dass jede Kundin und jeder Kunde, die uns über einen unserer Kanäle erreichen, das Gespräch mit dem sicheren Gefühl verlassen, dass sich jemand verlässlich und schnell um ihr Anliegen kümmert';
      expect(positions(doc('de', statement), 'de')).toEqual([at('tooLong')]);
    });

    it('twice when the vision is both too long and several sentences', () => {
      const statement =
        'We want to be the best support team there is. Customers should love us, and we will help them with every question they have, on every channel, every day.';
      expect(positions(doc('en', statement))).toEqual([at('tooManySentences'), at('tooLong')]);
    });

    it('with count and words in the data', () => {
      const reports = rule.check({
        model: model('One. Two. Three.'),
        today: '2026-11-22',
      });
      expect(reports).toEqual([{ messageId: 'tooManySentences', pointer: '/vision/statement', data: { count: 3 } }]);
      const long = rule.check({ model: model(Array.from({ length: 26 }, () => 'word').join(' ')), today: '2026-11-22' });
      expect(long).toEqual([{ messageId: 'tooLong', pointer: '/vision/statement', data: { words: 26 } }]);
    });
  });

  describe('does not fire', () => {
    it.each([
      ['en', 'We create happiness.'],
      ['en', 'Amazing service'],
      ['en', 'Every customer leaves the conversation knowing what happens next.'],
      ['en', 'We fix problems for good, e.g. by finding their cause, not only the symptom.'],
      ['en', 'Service like Dr. Smith gives it at Acme Inc. in every call.'],
      ['en', 'Answers you can trust, i.e. checked before they are sent.'],
      ['en', 'We answer fast. and we answer well.'],
      ['de', 'Wir lösen Probleme dauerhaft, z. B. indem wir ihre Ursache finden.'],
      ['de', 'Antworten, auf die man sich verlassen kann, bzw. die wir vorher prüfen.'],
      ['de', 'Telefon, Chat, E-Mail usw. Alles aus einem Guss.'],
      ['de', 'Ab dem 1. Januar beantworten wir jede Anfrage am selben Tag.'],
    ] as const)('on %s: %s', (language, statement) => {
      expect(positions(doc(language, statement), language)).toEqual([]);
    });

    it('on exactly 25 words', () => {
      const statement = Array.from({ length: 25 }, () => 'word').join(' ');
      expect(positions(doc('en', statement))).toEqual([]);
    });
  });
});

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['Amazing service', 1],
    ['We create happiness.', 1],
    ['We listen. We act.', 2],
    ['Listen! Act? Follow up.', 3],
    ['Ask e.g. Dr. Who at Acme Inc. about it.', 1],
    ['Zum Beispiel z. B. oder z.B. oder d. h. Ende.', 1],
    ['Wir sind ca. zehn Leute, bzw. elf, usw. Ende.', 1],
    ['Am 1. Mai beginnt es.', 1],
    ['J. R. R. Tolkien wrote it.', 1],
    ['„Wir hören zu.“ „Wir handeln.“', 2],
    ['It costs 1.50 euros. Really.', 2],
    ['We stop here. 24/7 is not us.', 1],
  ] as const)('%j has %i', (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['We create happiness.', 3],
    ['We are here 24/7 – every day.', 6],
    ['  spaced   out  ', 2],
  ] as const)('%j has %i', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});
