import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/no-cliches.js';
import { CLICHES, allRequiredTexts, findCliches, findClichesInFields, normalizeForMatch, normalizeLines, presentTexts } from '../../src/rules/text/cliches.js';
import type { Philosophy } from '../../src/model/schema.js';
import { lintRule } from '../helpers/lint.js';

const RULE = 'no-cliches';

interface Fields {
  language?: 'en' | 'de';
  principle?: string;
  name?: string;
  meaning?: string;
  action?: string;
  statement?: string;
}

/** A double-quoted YAML scalar, so texts with ": " stay scalars; positions point at the quote. */
const q = (text: string) => JSON.stringify(text);

/**
 * Positions of each field's text: principle line 8 col 7, name line 11 col 13,
 * meaning line 12 col 16, action line 13 col 15, statement line 15 col 14.
 */
const doc = (fields: Fields = {}) =>
  [
    'version: 1',
    `language: ${fields.language ?? 'en'}`,
    'company:',
    '  name: Acme',
    '  mission: Robots anyone can run.',
    'needs:',
    '  principles:',
    `    - ${q(fields.principle ?? 'Help the customer first, then your colleague, then do your job.')}`,
    'values:',
    '  core:',
    `    - name: ${q(fields.name ?? 'Integrity')}`,
    `      meaning: ${q(fields.meaning ?? 'We tell customers what we know and what we do not.')}`,
    `      action: ${q(fields.action ?? 'Say what you mean.')}`,
    'vision:',
    `  statement: ${q(fields.statement ?? 'Every customer leaves the conversation knowing what happens next.')}`,
    '',
  ].join('\n');

const positions = (yaml: string, lang: 'en' | 'de' = 'en') =>
  lintRule(RULE, yaml, { lang }).map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

const hit = (line: number, column: number) => ({ ruleId: RULE, messageId: 'cliche', line, column });

describe(RULE, () => {
  describe('fires', () => {
    it('in the vision statement', () => {
      expect(positions(doc({ statement: 'World-class service for every robot owner.' }))).toEqual([hit(15, 14)]);
    });

    it('in a value’s name, meaning and action, and in a principle', () => {
      const yaml = doc({
        principle: 'The customer is always right.',
        name: 'Customer first',
        meaning: 'We go the extra mile.',
        action: 'Exceed expectations, every time.',
      });
      expect(positions(yaml)).toEqual([hit(8, 7), hit(11, 13), hit(12, 16), hit(13, 15)]);
    });

    it('once per cliché, twice when a field holds two', () => {
      expect(positions(doc({ statement: 'World-class service that exceeds expectations.' }))).toEqual([hit(15, 14), hit(15, 14)]);
    });

    it('in a German file, on German and English clichés alike', () => {
      const yaml = doc({
        language: 'de',
        principle: 'Der Kunde ist König.',
        name: 'Integrität',
        meaning: 'Wir sagen, was wir wissen.',
        action: 'Sag, was du meinst.',
        statement: 'Best-in-Class-Support für jede Kundin.',
      });
      expect(positions(yaml, 'de')).toEqual([hit(8, 7), hit(15, 14)]);
      const messages = lintRule(RULE, yaml, { lang: 'de' }).map((f) => f.message);
      expect(messages[0]).toContain('„der Kunde ist König“');
    });

    it('in an English file, on German clichés', () => {
      expect(positions(doc({ statement: 'Wir gehen die Extrameile.' }))).toEqual([hit(15, 14)]);
    });

    it('with the phrase and the pointer of the field', () => {
      const model: Philosophy = {
        version: 1,
        language: 'en',
        company: { name: 'Acme', mission: 'Robots anyone can run.' },
        needs: { principles: ['Answer within a day.', 'Think outside the box.'] },
        values: {
          core: [
            { name: 'Speed', action: 'Treat every customer with urgency.' },
            { name: 'Excellence', action: 'Above and beyond, always.', meaning: 'Service excellence.' },
          ],
        },
        vision: { statement: 'The customer is king.' },
      };
      expect(rule.check({ model, today: '2026-11-22' })).toEqual([
        { messageId: 'cliche', pointer: '/vision/statement', data: { phrase: 'the customer is king' } },
        { messageId: 'cliche', pointer: '/values/core/1/meaning', data: { phrase: 'excellent service' } },
        { messageId: 'cliche', pointer: '/values/core/1/action', data: { phrase: 'above and beyond' } },
        { messageId: 'cliche', pointer: '/needs/principles/1', data: { phrase: 'think outside the box' } },
      ]);
    });

    it('as a warning', () => {
      const [finding] = lintRule(RULE, doc({ statement: 'Customers are always right.' }));
      expect(finding?.severity).toBe('warn');
    });
  });

  describe('does not fire', () => {
    it('on a file in plain words', () => {
      expect(positions(doc())).toEqual([]);
    });

    it.each([
      'Help the customer first, then your colleague, then do your job.',
      'We are right there when a customer needs a second opinion.',
      'Meet the expectations we set together.',
      'Customer focus groups tell us what to build next.',
      'We guarantee a reply within one working day.',
      'Satisfaction is measured with CSAT after every conversation.',
      'Total response time stays under four hours.',
      'Hilf zuerst dem Kunden, dann der Kollegin, dann mach deinen Job.',
      'Kundenorientierung heißt für uns: zuhören, bevor wir antworten.',
      'Wir stellen Kundenwerte in den Mittelpunkt der Produktentwicklung.',
      'Die Kundin soll wissen, was als Nächstes passiert.',
      'Unsere Erwartungen an uns selbst sind hoch.',
    ])('on %j', (text) => {
      expect(findCliches(text)).toEqual([]);
      expect(positions(doc({ statement: text }))).toEqual([]);
    });
  });
});

describe('findCliches', () => {
  it.each([
    ['The customer is always right.', 'the customer is always right'],
    ['Our clients are always right', 'the customer is always right'],
    ['Here, the customer is king.', 'the customer is king'],
    ['World class support', 'world-class service'],
    ['We exceed our customers’ expectations.', 'exceed expectations'],
    ['Best-in-class answers', 'best-in-class'],
    ['Customer First', 'customer first'],
    ['We put the customer first.', 'customer first'],
    ['A customer-first mindset', 'customer first'],
    ['100% customer satisfaction', '100% satisfaction'],
    ['We go the extra-mile', 'go the extra mile'],
    ['Service second to none', 'second to none'],
    ['Above & beyond', 'above and beyond'],
    ['We’re customer-centric', 'customer-centric'],
    ['A commitment to excellence', 'commitment to excellence'],
    ['Customers at the heart of everything we do', 'at the heart of everything we do'],
    ['Your satisfaction is our top priority', 'is our top priority'],
    ['Customers are our most valuable asset', 'our most valuable asset'],
    ['Unparalleled customer service', 'unparalleled service'],
    ['The best support in the world', 'the best service in the world'],
    ['We make the impossible possible', 'make the impossible possible'],
    ['A win-win for everyone', 'win-win'],
    ['Der Kunde ist König.', 'der Kunde ist König'],
    ['Bei uns ist der Kunde König', 'der Kunde ist König'],
    ['Der Kunde hat immer Recht.', 'der Kunde hat immer recht'],
    ['Bei uns hat der Kunde immer recht.', 'der Kunde hat immer recht'],
    ['Wir übertreffen die Erwartungen.', 'Erwartungen übertreffen'],
    ['Die Erwartungen unserer Kunden übertreffen', 'Erwartungen übertreffen'],
    ['Wir gehen die Extra-Meile.', 'die Extrameile gehen'],
    ['Kundenorientierung', 'Kundenorientierung'],
    ['Gelebte Kundenorientierung', 'Kundenorientierung'],
    ['Wir sind absolut kundenorientiert.', 'Kundenorientierung'],
    ['Kunde zuerst!', 'Kunde zuerst'],
    ['Der Kunde steht an erster Stelle.', 'Kunde zuerst'],
    ['Bei uns steht der Kunde im Mittelpunkt.', 'der Kunde steht im Mittelpunkt'],
    ['Service auf Weltklasse-Niveau', 'Service der Weltklasse'],
    ['100 % Kundenzufriedenheit', '100 % Zufriedenheit'],
    ['Ihr Anruf ist uns wichtig.', 'Ihr Anruf ist uns wichtig'],
    ['Kundenzufriedenheit hat oberste Priorität.', 'Zufriedenheit hat oberste Priorität'],
    ['Service wird bei uns großgeschrieben.', 'Service wird großgeschrieben'],
    ['Mit Herz und Verstand', 'mit Herz und Verstand'],
    ['Alles aus einer Hand', 'alles aus einer Hand'],
    ['Wir denken über den Tellerrand hinaus.', 'über den Tellerrand'],
    ['Wir machen das Unmögliche möglich.', 'das Unmögliche möglich machen'],
  ])('finds %j', (text, phrase) => {
    expect(findCliches(text)).toEqual([phrase]);
  });
});

describe('findClichesInFields', () => {
  it('keeps each field on its own line, empty and punctuation-only fields included', () => {
    expect(findClichesInFields(['', '!!', 'We go the extra\nmile.', 'Fine text', '— World-class! —'])).toEqual([
      [],
      [],
      ['go the extra mile'],
      [],
      ['world-class service'],
    ]);
  });
});

describe('normalizeForMatch', () => {
  it('lower-cases and turns punctuation and hyphens into single spaces', () => {
    expect(normalizeForMatch('  Best-in-Class!  ')).toBe('best in class');
    expect(normalizeForMatch('Über  den –  Tellerrand…')).toBe('über den tellerrand');
  });

  it('drops apostrophes and keeps % and & as words', () => {
    expect(normalizeForMatch('The customer’s call')).toBe('the customers call');
    expect(normalizeForMatch('100% A&B')).toBe('100 % a & b');
  });

  it('composes umlauts written as base letter plus mark', () => {
    expect(normalizeForMatch('Ko\u0308nig')).toBe('könig');
    expect(findCliches('Der Kunde ist Ko\u0308nig')).toEqual(['der Kunde ist König']);
  });

  // The definition, in regular expressions; the module does the same in one loop.
  const byDefinition = (text: string) =>
    text
      .replace(/\n/g, ' ')
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .replace(/[%&]/g, ' $& ')
      .replace(/[^\p{L}\p{N}%&]+/gu, ' ')
      .trim();
  // Characters where the loop could go wrong: cases, apostrophes of every kind, word symbols,
  // marks that compose, letters that grow when lower-cased, surrogate pairs (letters and not),
  // line breaks. (Lone surrogates are left out: decoded files and typed answers have none, and
  // the definition would glue two halves into a pair when it drops an apostrophe between them.)
  const tricky = fc.constantFrom(...'aZ09 \'’‘`´%&-.!\n\tÄöß\u0308İΣ\u00a0–…'.split(''), '\ud835\udc00', '\ud83d\ude00', 'O\u0308', '\u1e9e');
  const trickyText = fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join(''));

  it('treats a lone surrogate as a separator', () => {
    expect(normalizeForMatch('a\ud835b \udc00c')).toBe('a b c');
  });

  it('equals its definition on any text', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(normalizeForMatch(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizes each line of a text as it would the line alone', () => {
    const line = trickyText.map((t) => t.replace(/\n/g, ' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        expect(normalizeLines(lines.join('\n'))).toBe(lines.map(byDefinition).join('\n'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('CLICHES', () => {
  it('holds 15 to 30 clichés per language, each shown once', () => {
    for (const language of ['en', 'de'] as const) {
      const count = CLICHES.filter((c) => c.language === language).length;
      expect(count).toBeGreaterThanOrEqual(15);
      expect(count).toBeLessThanOrEqual(30);
    }
    expect(new Set(CLICHES.map((c) => c.phrase)).size).toBe(CLICHES.length);
  });

  it('finds each cliché by its own phrase', () => {
    for (const cliche of CLICHES) {
      if (cliche.patterns.every((p) => p.startsWith('^'))) continue;
      expect(findCliches(cliche.phrase), cliche.phrase).toContain(cliche.phrase);
    }
  });
});

describe('presentTexts (the automaton of required texts)', () => {
  const required = allRequiredTexts();

  it('finds exactly the required texts a text contains, overlapping ones too', () => {
    // Texts made of required texts, their pieces and other words, so that most contain some.
    const piece = fc.oneof(
      fc.constantFrom(...required),
      fc.constantFrom(...required).chain((t) => fc.nat(t.length).map((n) => t.slice(n))),
      fc.constantFrom(...required).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
      fc.constantFrom(' ', '\n', 'the', 'xyz', 'ä', '€', '😀', '1', 'kunden'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect([...presentTexts(text)].sort()).toEqual(required.filter((t) => text.includes(t)).sort());
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a text inside a longer one and one that ends where another starts', () => {
    expect(presentTexts('kundenzufriedenheit')).toEqual(new Set(required.filter((t) => 'kundenzufriedenheit'.includes(t))));
    expect(presentTexts('world class world')).toContain('world class');
  });
});

describe('requiredTexts (the fast gate)', () => {
  it('finds a required text for every cliché pattern, so clean fields skip the patterns', async () => {
    const { CLICHES, requiredTexts } = await import('../../src/rules/text/cliches.js');
    for (const c of CLICHES) for (const p of c.patterns) expect(requiredTexts(p), p).toBeDefined();
  });

  it('never requires a text that a match can lack', async () => {
    const { requiredTexts } = await import('../../src/rules/text/cliches.js');
    expect(requiredTexts('(?:kunde|kunden) (?:ist|sind) könig')).toEqual(['könig']);
    expect(requiredTexts('service ?exzellenz')).toEqual(['exzellenz']);
    expect(requiredTexts('(?:unmatched|unrivaled) service')).toEqual(['service']);
    expect(requiredTexts('(?:unmatched|unrivaled)')).toEqual(['unmatched', 'unrivaled']);
    expect(requiredTexts('a|b')).toBeUndefined();
  });
});
