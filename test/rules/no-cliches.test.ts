import { describe, expect, it } from 'vitest';
import { rule } from '../../src/rules/no-cliches.js';
import { BETTER, CLICHES, REASONS, findCliches } from '../../src/rules/text/cliches.js';
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
      expect(rule.check({ model, today: '2026-11-22' }).map((r) => [r.pointer, r.data?.['phrase']])).toEqual([
        ['/needs/principles/1', 'think outside the box'],
        ['/vision/statement', 'the customer is king'],
        ['/values/core/1/meaning', 'service excellence'],
        ['/values/core/1/action', 'above and beyond'],
      ]);
      const [first] = rule.check({ model, today: '2026-11-22' });
      expect(first?.data?.['reason']).toEqual(REASONS.jargon);
      expect(first?.data?.['better']).toEqual(BETTER.jargon);
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
      'Kundenorientierung heißt für uns: zuhören, bevor wir antworten, und dann handeln.',
      'Wir stellen Kundenwerte in den Mittelpunkt der Produktentwicklung.',
      'Die Kundin soll wissen, was als Nächstes passiert.',
      'Unsere Erwartungen an uns selbst sind hoch.',
    ])('on %j', (text) => {
      expect(findCliches(text)).toEqual([]);
      expect(positions(doc({ statement: text }))).toEqual([]);
    });
  });
});

describe('the cliché lists', () => {
  const en = CLICHES.filter((c) => c.language === 'en');
  const de = CLICHES.filter((c) => c.language === 'de');

  it('hold at least 60 entries per language, each shown once, each with a reason and a better direction', () => {
    expect(en.length).toBeGreaterThanOrEqual(60);
    expect(de.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CLICHES.map((c) => c.phrase)).size).toBe(CLICHES.length);
    for (const c of CLICHES) {
      expect(c.reason.en && c.reason.de, c.phrase).toBeTruthy();
      expect(c.better.en && c.better.de, c.phrase).toBeTruthy();
    }
  });

  it('have a written variant for every entry, and every variant is found as that entry', () => {
    expect(Object.keys(VARIANTS).sort()).toEqual(CLICHES.map((c) => c.phrase).sort());
    for (const [phrase, variant] of Object.entries(VARIANTS)) {
      expect(findCliches(variant).map((c) => c.phrase), variant).toContain(phrase);
    }
  });

  it('find each entry by its own phrase too', () => {
    for (const c of CLICHES) expect(findCliches(c.phrase).map((f) => f.phrase), c.phrase).toContain(c.phrase);
  });
});

describe('findCliches: as people write them', () => {
  it.each([
    // the English examples
    ['Passion for customers', 'passion for customers'],
    ['Exceptional service', 'exceptional service'],
    ['Outstanding support, every day', 'outstanding service'],
    ['Superior customer service', 'superior service'],
    ['First-class care', 'first-class service'],
    ['Premium support for everyone', 'premium service'],
    ['White-glove service', 'white-glove service'],
    ['A seamless customer experience', 'seamless customer experience'],
    ['Your satisfaction is our priority', 'your satisfaction is our priority'],
    ['A customer-centric culture', 'customer-centric'],
    ['We treat customers like royalty', 'treat customers like royalty'],
    // inserted words, plural, order
    ['The customer is really, truly always right.', 'the customer is always right'],
    ['Our customers are always right', 'the customer is always right'],
    ['Expectations? We exceed them. Every expectation exceeded.', 'exceed expectations'],
    ['We truly go the extra mile for you', 'go the extra mile'],
    // the German examples
    ['Der Kunde ist bei uns König', 'der Kunde ist König'],
    ['Bei uns ist der Kunde König.', 'der Kunde ist König'],
    ['Leidenschaft für unsere Kunden', 'Leidenschaft für unsere Kunden'],
    ['Wir übertreffen jede Erwartung', 'Erwartungen übertreffen'],
    ['Erwartungen zu übertreffen ist unser Job.', 'Erwartungen übertreffen'],
    ['Exzellenz in allem', 'Exzellenz in allem'],
    ['Höchste Qualität', 'Höchste Qualität'],
    ['Qualität auf höchstem Niveau', 'Service auf höchstem Niveau'],
    ['Top-Service', 'Top-Service'],
    ['Service auf höchstem Niveau', 'Service auf höchstem Niveau'],
    ['Ihre Zufriedenheit ist unser Ziel', 'Ihre Zufriedenheit ist unser Ziel'],
    ['Die Zufriedenheit unserer Kunden ist unser oberstes Ziel.', 'Ihre Zufriedenheit ist unser Ziel'],
    // German inflection and order
    ['Wir bieten erstklassigen Service.', 'erstklassiger Service'],
    ['Die Kundinnen sind bei uns Königinnen.', 'der Kunde ist König'],
    ['Bei uns hat die Kundin stets Recht.', 'der Kunde hat immer recht'],
    ['Bei uns steht der Kunde immer im Mittelpunkt.', 'der Kunde steht im Mittelpunkt'],
  ])('finds %j', (text, phrase) => {
    expect(findCliches(text).map((c) => c.phrase)).toContain(phrase);
  });
});

describe('findCliches: legitimate sentences stay clean', () => {
  it.each([
    // the seed's worked table, in both languages
    'Integrity', 'Say what you mean. Mean what you say.',
    'Quality', 'Get it right the first time.',
    'Speed', 'Treat every customer with urgency.',
    'Loyalty', 'Make customers feel like family.',
    'Autonomy', 'Give customers the tools to help themselves.',
    'Integrität', 'Sag, was du meinst. Meine, was du sagst.',
    'Qualität', 'Mach es beim ersten Mal richtig.',
    'Schnelligkeit', 'Behandle jedes Anliegen mit Dringlichkeit.',
    'Loyalität', 'Gib Kunden das Gefühl, zur Familie zu gehören.',
    'Autonomie', 'Gib Kunden die Werkzeuge, sich selbst zu helfen.',
    // values that only name a topic
    'Service', 'Kundenservice', 'Customer service', 'Excellence', 'Passion', 'Leidenschaft', 'Respekt', 'Kommunikation',
    // plain sentences near a cliché
    'Help your customer, help your colleague, then do your job.',
    'Make the customer’s life easy: there is no “their problem”.',
    'We tell the customer when they are right and when we cannot help.',
    'A no to a customer needs approval from leadership.',
    'We measure customer satisfaction after every conversation.',
    'Our first priority on Monday is the weekend backlog.',
    'Every expectation we set in writing, we keep.',
    'Customers told us they want a clear delivery date.',
    'Quality over speed: a right answer tomorrow beats a wrong one today.',
    'Put a smile on the face of everyone we serve.',
    'Wir sagen Kunden, wann sie recht haben und wann wir nicht helfen können.',
    'Ein Nein gegenüber einer Kundin braucht die Zustimmung der Leitung.',
    'Die Zufriedenheit messen wir nach jedem Gespräch.',
    'Wir reparieren Fahrräder so, dass sie lange halten.',
    'Qualität vor Tempo: lieber morgen richtig als heute falsch.',
    'Wir erklären, was die Reparatur kostet, bevor wir anfangen.',
    'Unsere Erwartungen an uns selbst sind hoch.',
    'Hilf zuerst der Kundin, dann dem Kollegen, dann mach deine Arbeit.',
  ])('%j', (text) => {
    expect(findCliches(text).map((c) => c.phrase)).toEqual([]);
  });
});

/** One written variant per entry: not the phrase itself, but the way someone would put it. */
const VARIANTS: Record<string, string> = {
  'the customer is always right': 'Our clients are always right.',
  'the customer is king': 'Here, the customers are kings.',
  'treat customers like royalty': 'Treat every guest like a VIP.',
  'the customer is the boss': 'The customer is our boss.',
  'whatever it takes': 'We do whatever it takes.',
  'customer first': 'We put our customers first.',
  'customer-centric': 'We are truly customer-obsessed.',
  'customers for life': 'We turn buyers into customers for life.',
  'world-class service': 'World class support for every robot.',
  'best-in-class': 'Best-in-class answers.',
  'best of the best': 'Only the best of the best join us.',
  'the best service in the world': 'The best support on the planet.',
  'second to none': 'Service second to none.',
  'unparalleled service': 'Unmatched customer care.',
  'industry-leading service': 'Industry-leading support.',
  'excellent service': 'We deliver excellent customer service.',
  'exceptional service': 'Exceptional support at every step.',
  'outstanding service': 'Outstanding experiences.',
  'superior service': 'Superior care.',
  'first-class service': 'First-rate support.',
  'premium service': 'Premium customer care.',
  'white-glove service': 'A white glove experience.',
  'top-notch service': 'Top notch help.',
  'superb service': 'Amazing customer experiences.',
  'service excellence': 'Customer excellence.',
  'perfect service': 'Flawless support.',
  'commitment to excellence': 'We strive for excellence.',
  'excellence in everything': 'Excellence in all we do.',
  'exceed expectations': 'Expectations exceeded, always.',
  'above and beyond': 'Above & beyond.',
  'go the extra mile': 'We go the extra-miles.',
  '100% satisfaction': '100 percent satisfied customers.',
  'zero complaints': 'Zero complaints this year.',
  'no questions asked': 'Refunds, no questions asked.',
  'no request is too small': 'No problem is too big.',
  'make the impossible possible': 'Nothing is impossible for us.',
  'hassle-free': 'A worry-free return.',
  'peace of mind': 'Peace of mind for every rider.',
  'seamless customer experience': 'Frictionless customer journeys.',
  'is our top priority': 'Support is our number one priority.',
  'it is in our DNA': 'Helping people is part of our DNA.',
  'one big family': 'We are one big happy family.',
  'your satisfaction is our priority': 'Customer satisfaction is our mission.',
  'customer experience is everything': 'The customer is everything.',
  'at the heart of everything we do': 'Customers are at the core of everything we do.',
  'your call is important to us': 'Your feedback is very important to us.',
  'we value your business': 'We value your business.',
  'our most valuable asset': 'Customers are our greatest asset.',
  'service with a smile': 'Support with a smile.',
  'happy customers are our best advertising': 'Happy customers are our best ambassadors.',
  'passion for customers': 'Passionate about helping.',
  'heart and soul': 'With heart & soul.',
  'we care': 'We really care.',
  'unwavering commitment': 'Relentless focus on you.',
  'raise the bar': 'We keep raising the bar.',
  'think outside the box': 'We think outside the box.',
  'one-stop shop': 'A one-stop-shop for parts.',
  'win-win': 'A win-win for everyone.',
  'synergy': 'We use synergies between teams.',
  'paradigm shift': 'A paradigm shift in support.',
  'cutting-edge': 'State-of-the-art help.',
  '360-degree service': '360-degree care.',
  'tailor-made solutions': 'Bespoke solutions.',
  'value-added service': 'Value-added services.',
  'empower and delight': 'We wow every client.',
  'der Kunde ist König': 'König Kunde.',
  'der Kunde hat immer recht': 'Unsere Kunden haben immer Recht.',
  'der Kunde ist unser Chef': 'Die Kundin ist unsere Chefin.',
  'wir tun alles für unsere Kunden': 'Wir geben alles für unsere Kundinnen.',
  'Kunde zuerst': 'Der Kunde kommt zuerst.',
  'der Kunde steht im Mittelpunkt': 'Wir stellen den Menschen in den Mittelpunkt.',
  'Kundenorientierung': 'Gelebte Kundenorientierung.',
  'wir leben Service': 'Wir leben Kundennähe.',
  'Service wird großgeschrieben': 'Service wird bei uns groß geschrieben.',
  'Qualität ist unser Anspruch': 'Qualität ist und bleibt unser Anspruch.',
  'alles aus einer Hand': 'Alles aus einer Hand.',
  'Kunden zu Fans machen': 'Wir machen Kunden zu Fans.',
  'Kundenglück': 'Kundenglück!',
  'gemeinsam stark': 'Gemeinsam stärker.',
  'Tradition trifft Innovation': 'Tradition und Innovation.',
  'kompetent, freundlich, zuverlässig': 'Freundlich, kompetent und zuverlässig.',
  'die beste Werbung': 'Zufriedene Kunden sind unsere beste Visitenkarte.',
  'unser wichtigstes Kapital': 'Unser Team ist unser wertvollstes Kapital.',
  'Ihr Anruf ist uns wichtig': 'Dein Anliegen ist uns sehr wichtig.',
  'Service mit einem Lächeln': 'Beratung mit Lächeln.',
  'ein offenes Ohr': 'Wir haben stets ein offenes Ohr.',
  'Service der Weltklasse': 'Weltklasse-Service.',
  'erstklassiger Service': 'Erstklassige Beratung.',
  'Höchste Qualität': 'Beste Qualität.',
  'Top-Service': 'Topservice vor Ort.',
  'Spitzenservice': 'Betreuung der Extraklasse.',
  'Premium-Service': 'Premium-Betreuung.',
  'Service auf höchstem Niveau': 'Beratung auf Top-Niveau.',
  'höchste Ansprüche': 'Wir werden höchsten Ansprüchen gerecht.',
  'Service-Exzellenz': 'Exzellenter Kundenservice.',
  'Exzellenz in allem': 'Wir streben nach Exzellenz.',
  'einzigartiger Service': 'Unschlagbarer Service.',
  'branchenführender Service': 'Branchenführende Betreuung.',
  'perfekter Service': 'Perfekte Beratung.',
  'Erwartungen übertreffen': 'Wir haben die Erwartungen übertroffen.',
  'die Extrameile gehen': 'Wir gehen die Extra-Meile.',
  '100 % Zufriedenheit': '100 % zufriedene Kunden.',
  '110 Prozent geben': 'Wir geben 110 Prozent.',
  'null Fehler': 'Null Reklamationen.',
  'kein Anliegen ist zu klein': 'Kein Wunsch ist uns zu groß.',
  'das Unmögliche möglich machen': 'Wir machen das Unmögliche möglich.',
  'wir machen es möglich': 'Wir machen’s möglich.',
  'Rundum-sorglos': 'Das Rundum-sorglos-Paket.',
  'Zufriedenheit hat oberste Priorität': 'Der Kunde hat bei uns höchste Priorität.',
  'Ihre Zufriedenheit ist unser Ziel': 'Kundenzufriedenheit ist unser Antrieb.',
  'Service ist alles': 'Der Kunde ist alles.',
  'Leidenschaft für unsere Kunden': 'Kundenservice mit Leidenschaft.',
  'Qualität aus Leidenschaft': 'Qualität aus Überzeugung.',
  'mit Herz und Verstand': 'Mit Herzblut.',
  'Service mit Herz': 'Beratung mit ganz viel Herz.',
  'in unserer DNA': 'Guter Service liegt in unserer DNA.',
  'Zufriedenheit steht an erster Stelle': 'Bei uns steht die Zufriedenheit immer an erster Stelle.',
  'mit Liebe zum Detail': 'Mit viel Liebe zum Detail.',
  'Service, der begeistert': 'Beratung, die begeistert.',
  'nahtloses Kundenerlebnis': 'Ein reibungsloses Kundenerlebnis.',
  'über den Tellerrand': 'Wir schauen über den Tellerrand.',
  'Mehrwert schaffen': 'Wir bieten echten Mehrwert für dich.',
  'Synergien nutzen': 'Synergieeffekte nutzen.',
  'maßgeschneiderte Lösungen': 'Maßgeschneiderte Lösungen.',
  'ganzheitliche Lösungen': 'Ganzheitliche Betreuung.',
  'Service ist Chefsache': 'Guter Service ist bei uns Chefsache.',
  'neuester Stand der Technik': 'Werkzeug nach dem modernsten Stand der Technik.',
  'Klassenbester': 'Wir sind Klassenprimus im Service.',
  'Service neu definieren': 'Wir definieren Service neu.',
  'auf Augenhöhe': 'Beratung auf Augenhöhe.',
  'Nähe und Vertrauen': 'Vertrauen & Nähe.',
};
