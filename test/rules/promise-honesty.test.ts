import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/promise-honesty.js';
import { findAvailabilityPromise, isRoundTheClock } from '../../src/rules/text/promises.js';
import type { Philosophy } from '../../src/model/schema.js';
import { lintRule } from '../helpers/lint.js';

const RULE = 'promise-honesty';

interface Options {
  language?: 'en' | 'de';
  action?: string;
  /** YAML lines under `needs:`, e.g. channel entries; undefined leaves `needs` out. */
  needs?: string[];
}

/** The action's text is at line 9, column 15; the statement's at line 11, column 14. */
const doc = (statement: string, options: Options = {}) =>
  [
    'version: 1',
    `language: ${options.language ?? 'en'}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'values:',
    '  core:',
    '    - name: Integrity',
    `      action: ${JSON.stringify(options.action ?? 'Say what you mean.')}`,
    'vision:',
    `  statement: ${JSON.stringify(statement)}`,
    ...(options.needs ? ['needs:', ...options.needs] : []),
    '',
  ].join('\n');

const channels = (...list: Array<[string, string?]>) => [
  '  channels:',
  ...list.flatMap(([name, hours]) => [`    - name: ${name}`, ...(hours ? [`      hours: ${JSON.stringify(hours)}`] : [])]),
];

const WEEKDAY_PHONE = channels(['phone', 'Mon-Fri 09:00-17:00 CET'], ['email']);
const WERKTAGS = channels(['Telefon', 'Mo–Fr 8–18 Uhr'], ['E-Mail', 'Mo–Fr 8–18 Uhr']);

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

const atStatement = (messageId: string) => ({ ruleId: RULE, messageId, line: 11, column: 14 });

describe(RULE, () => {
  describe('fires', () => {
    it.each([
      'We are there for you 24/7.',
      'Help around the clock, from people who know robots.',
      'We are always available when a robot stops.',
      'Answers any time you need them.',
      'Day and night, a real person answers.',
    ])('on an English promise the channels do not keep: %j', (statement) => {
      expect(positions(doc(statement, { needs: WEEKDAY_PHONE }))).toEqual([atStatement('unbackedPromise')]);
    });

    it.each([
      'Wir sind rund um die Uhr für dich da.',
      'Jederzeit eine Antwort von einem Menschen.',
      'Wir sind immer für unsere Kundinnen und Kunden da.',
      'Tag und Nacht erreichbar.',
      'Service 24 Stunden am Tag.',
    ])('on a German promise the channels do not keep: %j', (statement) => {
      expect(positions(doc(statement, { language: 'de', needs: WERKTAGS }), 'de')).toEqual([atStatement('unbackedPromise')]);
    });

    it('on a promise in an action statement, at the action', () => {
      const yaml = doc('Robots that keep running.', { action: 'Answer any time, day or night.', needs: WEEKDAY_PHONE });
      expect(positions(yaml)).toEqual([{ ruleId: RULE, messageId: 'unbackedPromise', line: 9, column: 15 }]);
    });

    it('when a channel is open round the clock on weekdays only', () => {
      const yaml = doc('We are here 24/7.', { needs: channels(['chat', 'Mon-Fri 00:00-24:00']) });
      expect(positions(yaml)).toEqual([atStatement('unbackedPromise')]);
    });

    it.each([
      ['without needs', undefined],
      ['without channels', ['  aim: delight']],
      ['with an empty channel list', ['  channels: []']],
    ])('with noChannels %s', (_, needs) => {
      expect(positions(doc('We are here 24/7.', needs ? { needs } : {}))).toEqual([atStatement('noChannels')]);
    });

    it('with the promise as written and what each channel says', () => {
      const model: Philosophy = {
        version: 1,
        language: 'en',
        company: { name: 'Acme', mission: 'Robots anyone can run.' },
        needs: { channels: [{ name: 'phone', hours: 'Mon-Fri 09:00-17:00 CET' }, { name: 'email' }] },
        values: { core: [{ name: 'Speed', action: 'Reply Around The Clock.' }] },
        vision: { statement: 'We are there for you 24 / 7.' },
      };
      expect(rule.check({ model, today: '2026-11-22' })).toEqual([
        { messageId: 'unbackedPromise', pointer: '/vision/statement', data: { promise: '24 / 7', hours: 'phone: Mon-Fri 09:00-17:00 CET; email: ?' } },
        { messageId: 'unbackedPromise', pointer: '/values/core/0/action', data: { promise: 'Around The Clock', hours: 'phone: Mon-Fri 09:00-17:00 CET; email: ?' } },
      ]);
    });

    it('as an error, with the promise in the message', () => {
      const [finding] = lintRule(RULE, doc('Wir sind rund um die Uhr da.', { language: 'de', needs: WERKTAGS }), { lang: 'de' });
      expect(finding?.severity).toBe('error');
      expect(finding?.message).toContain('„rund um die Uhr“');
      expect(finding?.message).toContain('Telefon: Mo–Fr 8–18 Uhr');
    });
  });

  describe('does not fire', () => {
    it('when one staffed channel is open round the clock', () => {
      const yaml = doc('We are there for you 24/7.', {
        needs: channels(['phone', 'Mon-Fri 09:00-17:00 CET'], ['chat', '24/7']),
      });
      expect(positions(yaml)).toEqual([]);
    });

    it('when a German channel says "Mo-So 0-24 Uhr"', () => {
      const yaml = doc('Wir sind rund um die Uhr für dich da.', { language: 'de', needs: channels(['Chat', 'Mo-So 0-24 Uhr']) });
      expect(positions(yaml, 'de')).toEqual([]);
    });

    it.each([
      ['en', 'We always tell the truth, even when it hurts.'],
      ['en', 'We answer within 24 hours.'],
      ['en', 'We are always open to feedback.'],
      ['en', 'Every customer leaves the conversation knowing what happens next.'],
      ['de', 'Wir sagen immer die Wahrheit.'],
      ['de', 'Wir antworten innerhalb von 24 Stunden.'],
      ['de', 'Wir hören immer zu, da jede Frage zählt.'],
    ] as const)('on a text without an availability promise (%s): %j', (language, statement) => {
      expect(positions(doc(statement, { language, needs: WEEKDAY_PHONE }), language)).toEqual([]);
      expect(positions(doc(statement, { language }), language)).toEqual([]);
    });
  });
});

describe('findAvailabilityPromise', () => {
  it.each([
    ['Support 24/7', '24/7'],
    ['We are here 24 / 7.', '24 / 7'],
    ['Support 24x7', '24x7'],
    ['Round-the-clock care', 'Round-the-clock'],
    ['Help around the clock', 'around the clock'],
    ['We are always available.', 'always available'],
    ['We’re always there for you.', 'always there for you'],
    ['We will always be there.', 'always be there'],
    ['Reachable at all times', 'Reachable at all times'],
    ['Ask us anytime', 'anytime'],
    ['Day or night', 'Day or night'],
    ['We never sleep.', 'never sleep'],
    ['Whenever you need us, we answer.', 'Whenever you need us'],
    ['Available 24 hours a day', '24 hours a day'],
    ['Open 365 days a year', '365 days'],
    ['Rund um die Uhr', 'Rund um die Uhr'],
    ['Rund-um-die-Uhr-Service', 'Rund-um-die-Uhr'],
    ['Jederzeit für dich da', 'Jederzeit'],
    ['Wir sind immer für dich da.', 'immer für dich da'],
    ['Wir sind immer erreichbar.', 'immer erreichbar'],
    ['Wir sind stets ansprechbar.', 'stets ansprechbar'],
    ['zu jeder Tages- und Nachtzeit', 'zu jeder Tages- und Nachtzeit'],
    ['24 Stunden, 7 Tage die Woche', '24 Stunden, 7 Tage'],
    ['Unsere 24-Stunden-Hotline', '24-Stunden-Hotline'],
    ['Melde dich, wann immer du uns brauchst.', 'wann immer du uns brauchst'],
    ['Wir haben nie geschlossen.', 'nie geschlossen'],
  ])('finds %j', (text, promise) => {
    expect(findAvailabilityPromise(text)).toBe(promise);
  });

  it.each([
    'We always tell the truth.',
    'We always answer honestly.',
    'Always open-minded.',
    'We are always open to feedback.',
    'We answer within 24 hours.',
    'Our doors are open Mon-Fri.',
    'There is always a way.',
    'Wir sagen immer die Wahrheit.',
    'Wir antworten innerhalb von 24 Stunden.',
    'Wir hören immer zu, da jede Frage zählt.',
    'Immer dann, wenn es brennt, rufen wir zurück.',
    'Wir sind immer dabei, wenn es darauf ankommt.',
  ])('finds nothing in %j', (text) => {
    expect(findAvailabilityPromise(text)).toBeUndefined();
  });
});

describe('isRoundTheClock', () => {
  it.each([
    '24/7',
    '24 / 7',
    '24x7',
    '24×7',
    '24 h',
    '24h',
    '00:00-24:00',
    '0:00–24:00',
    'Mo-So 0-24 Uhr',
    'Mon–Sun 00:00–24:00 CET',
    'daily 00:00-23:59',
    'täglich 0–24 Uhr',
    '24 Stunden, 7 Tage',
    'rund um die Uhr',
    'around the clock',
    'always',
  ])('%j is round the clock', (hours) => {
    expect(isRoundTheClock(hours)).toBe(true);
  });

  it.each([
    'Mon-Fri 08:00-18:00 CET',
    'Mo–Fr 8–18 Uhr',
    'Mon-Fri 00:00-24:00',
    'Mo-Fr 24h',
    'weekdays 24h',
    'Sat-Sun 0-24',
    '18:00-24:00',
    'business hours',
    '',
  ])('%j is not', (hours) => {
    expect(isRoundTheClock(hours)).toBe(false);
  });
});
