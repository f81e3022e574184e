// Clichés a support philosophy should not hide behind, in both languages, each with the reason
// it fails a team and a direction for something better.
//
// Patterns use the tolerant phrase syntax of phrase-match.ts: words are compared by stem, other
// words may stand in between, and a pattern without a leading `=` matches in any word order.
// A value that only names a topic ("Quality", "Qualität", "Service") is no cliché: every pattern
// needs the words that make the phrase empty ("highest", "world-class", "always right").
import type { Bilingual } from '../../core/bilingual.js';
import { compilePhrase, MatchText, PhraseIndex, type PhraseLanguage } from './phrase-match.js';

export type ClicheKind = 'slogan' | 'superlative' | 'absolute' | 'servility' | 'feeling' | 'priority' | 'jargon';

export interface Cliche {
  /** How the cliché is shown to the user. */
  phrase: string;
  language: PhraseLanguage;
  kind: ClicheKind;
  /** Why the phrase fails a team. */
  reason: Bilingual;
  /** What to write instead. */
  better: Bilingual;
  patterns: readonly string[];
}

export const REASONS: Record<ClicheKind, Bilingual> = {
  slogan: {
    en: 'many companies print this slogan, and it names nothing a customer could notice your team doing',
    de: 'diesen Slogan drucken viele Firmen, und er nennt nichts, was Kunden euer Team tun sehen könnten',
  },
  superlative: {
    en: 'nobody can check a superlative: customers read it as advertising, and the team gets a claim without a way to meet it',
    de: 'einen Superlativ kann niemand prüfen: Kunden lesen ihn als Werbung, und das Team bekommt einen Anspruch ohne Weg dorthin',
  },
  absolute: {
    en: 'an absolute promise turns into a broken one with the first exception',
    de: 'ein absolutes Versprechen wird mit der ersten Ausnahme zu einem gebrochenen',
  },
  servility: {
    en: 'it puts the customer above every rule, so nobody knows when a “no” is allowed',
    de: 'er stellt Kunden über jede Regel, und niemand weiß mehr, wann ein „Nein“ erlaubt ist',
  },
  feeling: {
    en: 'it names a feeling, not a behaviour: nobody can see passion or heart in a reply',
    de: 'er nennt ein Gefühl statt eines Verhaltens: Leidenschaft oder Herz sieht niemand in einer Antwort',
  },
  priority: {
    en: 'when everything is the first priority nothing is, and the sentence gives no order for the day two goals collide',
    de: 'wenn alles oberste Priorität hat, hat nichts sie, und der Satz sagt nicht, was gilt, wenn zwei Ziele kollidieren',
  },
  jargon: {
    en: 'business jargon sounds busy and means nothing in a conversation with a customer',
    de: 'Business-Jargon klingt geschäftig und bedeutet im Gespräch mit Kunden nichts',
  },
};

export const BETTER: Record<ClicheKind, Bilingual> = {
  slogan: {
    en: 'Name one thing a customer would notice, e.g. “We answer in plain words and say what happens next.”',
    de: 'Nennt eine Sache, die Kunden bemerken würden, z. B. „Wir antworten in einfachen Worten und sagen, wie es weitergeht.“',
  },
  superlative: {
    en: 'Replace the adjective with something you can measure, e.g. “We solve four of five requests in the first reply.”',
    de: 'Ersetzt das Adjektiv durch etwas Messbares, z. B. „Wir lösen vier von fünf Anfragen mit der ersten Antwort.“',
  },
  absolute: {
    en: 'Promise what you can keep every time, and say what happens when you cannot.',
    de: 'Versprecht, was ihr jedes Mal halten könnt, und sagt, was passiert, wenn es nicht geht.',
  },
  servility: {
    en: 'Say how you decide when a customer asks for something you cannot do, e.g. “We explain our no and offer the next best option.”',
    de: 'Sagt, wie ihr entscheidet, wenn Kunden etwas wollen, das nicht geht, z. B. „Wir begründen unser Nein und bieten die nächstbeste Lösung an.“',
  },
  feeling: {
    en: 'Describe what the feeling makes you do, e.g. “We follow up on every open case before the weekend.”',
    de: 'Beschreibt, was das Gefühl euch tun lässt, z. B. „Wir melden uns bei jedem offenen Fall vor dem Wochenende.“',
  },
  priority: {
    en: 'Say which goal wins when two collide, e.g. “Getting it right beats being fast.”',
    de: 'Sagt, welches Ziel gewinnt, wenn zwei kollidieren, z. B. „Richtig geht vor schnell.“',
  },
  jargon: {
    en: 'Use the words your customers use, and say what you do for them.',
    de: 'Nehmt die Worte, die eure Kunden benutzen, und sagt, was ihr für sie tut.',
  },
};

interface Entry {
  phrase: string;
  kind: ClicheKind;
  patterns: readonly string[];
  better?: Bilingual;
}

const CUSTOMER = 'customer|customers|client|clients|guest|guests';
const SERVICE = 'service|services|support|care|experience|experiences';
const KUNDE = 'kunde|kunden|kundin|kundinnen';
const DIENST = 'service|kundenservice|support|betreuung|kundenbetreuung|beratung|kundenerlebnis';

const EN: readonly Entry[] = [
  { phrase: 'the customer is always right', kind: 'servility', patterns: [`${CUSTOMER} is|are always right`] },
  { phrase: 'the customer is king', kind: 'servility', patterns: [`${CUSTOMER} is|are king|kings|queen|royalty`, `= king ${CUSTOMER}`] },
  { phrase: 'treat customers like royalty', kind: 'servility', patterns: [`= treat ${CUSTOMER} like|as royalty|king|kings|queen|queens|vip|vips`] },
  { phrase: 'the customer is the boss', kind: 'servility', patterns: [`= ${CUSTOMER} is|are the|our boss|bosses`] },
  {
    phrase: 'whatever it takes',
    kind: 'servility',
    patterns: ['= whatever it takes'],
    better: {
      en: 'Say where the limits are: what a support person may do without asking, and who decides beyond that.',
      de: 'Sagt, wo die Grenzen liegen: was jemand im Support ohne Rückfrage darf und wer darüber hinaus entscheidet.',
    },
  },
  { phrase: 'customer first', kind: 'slogan', patterns: [`^ the? ${CUSTOMER} first $`, `= put|puts|putting|place|places ${CUSTOMER} first`, `= ${CUSTOMER} always? come|comes first`, `= ${CUSTOMER} first approach|mindset|culture|attitude|philosophy|company|policy|thinking`] },
  { phrase: 'customer-centric', kind: 'slogan', patterns: [`= ${CUSTOMER} centric|centricity|obsessed|obsession`, `^ truly? ${CUSTOMER} focus|focused $`] },
  { phrase: 'customers for life', kind: 'slogan', patterns: [`= ${CUSTOMER} for life`] },
  { phrase: 'world-class service', kind: 'superlative', patterns: ['= world class', 'worldclass'] },
  { phrase: 'best-in-class', kind: 'superlative', patterns: ['= best in class', '= best of breed'] },
  { phrase: 'best of the best', kind: 'superlative', patterns: ['= best of the best'] },
  { phrase: 'the best service in the world', kind: 'superlative', patterns: [`= best ${SERVICE} in|on the world|industry|business|planet|market`, `= world best ${SERVICE}`] },
  { phrase: 'second to none', kind: 'superlative', patterns: ['= second to none'] },
  { phrase: 'unparalleled service', kind: 'superlative', patterns: [`= unparalleled|unmatched|unrivaled|unrivalled|unbeatable|unsurpassed|incomparable ${SERVICE}`] },
  { phrase: 'industry-leading service', kind: 'superlative', patterns: [`= industry|market|world leading ${SERVICE}`] },
  { phrase: 'excellent service', kind: 'superlative', patterns: [`= excellent ${SERVICE}`] },
  { phrase: 'exceptional service', kind: 'superlative', patterns: [`= exceptional ${SERVICE}`] },
  { phrase: 'outstanding service', kind: 'superlative', patterns: [`= outstanding ${SERVICE}`] },
  { phrase: 'superior service', kind: 'superlative', patterns: [`= superior ${SERVICE}`] },
  { phrase: 'first-class service', kind: 'superlative', patterns: [`= first class ${SERVICE}`, `= first rate ${SERVICE}`] },
  { phrase: 'premium service', kind: 'superlative', patterns: [`= premium ${SERVICE}`] },
  { phrase: 'white-glove service', kind: 'superlative', patterns: ['= white glove'] },
  { phrase: 'top-notch service', kind: 'superlative', patterns: ['= top notch', 'topnotch'] },
  { phrase: 'superb service', kind: 'superlative', patterns: [`= superb|stellar|amazing|awesome|fantastic ${SERVICE}`] },
  { phrase: 'service excellence', kind: 'superlative', patterns: ['= service|support|customer excellence'] },
  { phrase: 'perfect service', kind: 'absolute', patterns: [`= perfect|flawless|impeccable ${SERVICE}`, '= perfection every time'] },
  { phrase: 'commitment to excellence', kind: 'superlative', patterns: ['= commitment|committed|dedication|dedicated|devoted to excellence', '= strive|strives|striving for excellence', '= pursuit of excellence'] },
  { phrase: 'excellence in everything', kind: 'superlative', patterns: ['= excellence in everything|all', '= excellence is our standard|standards'] },
  { phrase: 'exceed expectations', kind: 'absolute', patterns: ['exceed|exceeds|exceeding|exceeded|surpass|surpasses|surpassing|surpassed expectation|expectations', '= beyond expectation|expectations'] },
  { phrase: 'above and beyond', kind: 'absolute', patterns: ['= above and|& beyond'] },
  { phrase: 'go the extra mile', kind: 'absolute', patterns: ['= extra mile|miles'] },
  { phrase: '100% satisfaction', kind: 'absolute', patterns: ['= 100 %|percent satisfaction|satisfied', '= satisfaction guaranteed', '= guaranteed satisfaction', '= total|complete|absolute satisfaction'] },
  { phrase: 'zero complaints', kind: 'absolute', patterns: ['= zero complaints|complaint|defects|errors|mistakes'] },
  { phrase: 'no questions asked', kind: 'absolute', patterns: ['= no questions asked'] },
  { phrase: 'no request is too small', kind: 'absolute', patterns: ['= no request|job|task|question|problem|issue is? too big|small|large|difficult'] },
  { phrase: 'make the impossible possible', kind: 'absolute', patterns: ['= impossible possible', '= nothing is impossible'] },
  { phrase: 'hassle-free', kind: 'absolute', patterns: ['= hassle free', '= worry free', 'hasslefree'] },
  { phrase: 'peace of mind', kind: 'slogan', patterns: ['= peace of mind'] },
  { phrase: 'seamless customer experience', kind: 'jargon', patterns: [`= seamless|frictionless ${CUSTOMER}? ${SERVICE}|journey|journeys|interaction|interactions`] },
  { phrase: 'is our top priority', kind: 'priority', patterns: ['= is|are our top|number|highest|first|main|1 priority|priorities'] },
  { phrase: 'your satisfaction is our priority', kind: 'priority', patterns: ['satisfaction our priority|goal|mission|aim|purpose|passion|obsession'] },
  { phrase: 'customer experience is everything', kind: 'priority', patterns: [`= ${CUSTOMER}|${SERVICE} is|are everything`] },
  { phrase: 'at the heart of everything we do', kind: 'priority', patterns: ['= heart|centre|center|core of everything|all|what we do'] },
  { phrase: 'your call is important to us', kind: 'slogan', patterns: ['= your call|business|request|satisfaction|feedback is very? important to us'] },
  { phrase: 'we value your business', kind: 'slogan', patterns: ['= value your business|custom'] },
  { phrase: 'our most valuable asset', kind: 'slogan', patterns: ['= most|greatest|biggest valuable|important? asset|assets'] },
  { phrase: 'service with a smile', kind: 'slogan', patterns: [`= ${SERVICE} with a smile`, '= always with a smile'] },
  { phrase: 'happy customers are our best advertising', kind: 'slogan', patterns: ['= best advertising|advertisement|ambassadors'] },
  { phrase: 'passion for customers', kind: 'feeling', patterns: [`= passion|passionate for|about ${CUSTOMER}|${SERVICE}|people|helping`] },
  { phrase: 'heart and soul', kind: 'feeling', patterns: ['= heart and|& soul'] },
  { phrase: 'we care', kind: 'feeling', patterns: ['^ we truly|really? care $', '= because we care'] },
  { phrase: 'unwavering commitment', kind: 'feeling', patterns: ['= unwavering|relentless|unrelenting|unconditional commitment|dedication|focus'] },
  { phrase: 'it is in our DNA', kind: 'slogan', patterns: ['= our dna'] },
  { phrase: 'one big family', kind: 'slogan', patterns: ['= big|happy family'] },
  { phrase: 'raise the bar', kind: 'jargon', patterns: ['= raise|raises|raising|set|sets the bar'] },
  { phrase: 'think outside the box', kind: 'jargon', patterns: ['= outside the box'] },
  { phrase: 'one-stop shop', kind: 'jargon', patterns: ['= one stop shop'] },
  { phrase: 'win-win', kind: 'jargon', patterns: ['= win win'] },
  { phrase: 'synergy', kind: 'jargon', patterns: ['= synergy|synergies|synergistic'] },
  { phrase: 'paradigm shift', kind: 'jargon', patterns: ['= paradigm shift|shifts'] },
  { phrase: 'cutting-edge', kind: 'jargon', patterns: ['= cutting edge', '= state of the art'] },
  { phrase: '360-degree service', kind: 'jargon', patterns: ['= 360 degree|degrees|°'] },
  { phrase: 'tailor-made solutions', kind: 'jargon', patterns: ['= tailor made|tailored solution|solutions', '= bespoke solution|solutions'] },
  { phrase: 'value-added service', kind: 'jargon', patterns: ['= value add|added|adding service|services|solution|solutions'] },
  { phrase: 'empower and delight', kind: 'jargon', patterns: [`= empower and|& delight`, `= wow every ${CUSTOMER}`] },
];

const DE: readonly Entry[] = [
  { phrase: 'der Kunde ist König', kind: 'servility', patterns: [`${KUNDE} ist|sind könig|königin|könige|königinnen`, `= könig ${KUNDE}`] },
  { phrase: 'der Kunde hat immer recht', kind: 'servility', patterns: [`${KUNDE} hat|haben immer|stets recht`] },
  { phrase: 'der Kunde ist unser Chef', kind: 'servility', patterns: [`${KUNDE} ist|sind chef|chefin|boss|arbeitgeber`] },
  { phrase: 'wir tun alles für unsere Kunden', kind: 'servility', patterns: [`= tun|machen|geben alles für ${KUNDE}`] },
  { phrase: 'Kunde zuerst', kind: 'slogan', patterns: [`^ der|die|unsere? ${KUNDE} zuerst $`, `${KUNDE} kommt|kommen zuerst`, `= ${KUNDE} an erster stelle`] },
  { phrase: 'der Kunde steht im Mittelpunkt', kind: 'slogan', patterns: [`${KUNDE} mittelpunkt`, 'mensch|menschen mittelpunkt'] },
  {
    phrase: 'Kundenorientierung',
    kind: 'slogan',
    patterns: [
      '^ gelebte|höchste|maximale|absolute|echte|konsequente|100? %? kundenorientierung|kundenfokus|kundennähe|kundenzentrierung|kundenzentriert|kundenorientiert $',
      '= höchste|maximale|absolute|gelebte|konsequente kundenorientierung|kundenfokus|kundennähe|kundenzentrierung',
      '= wir sind|sei|seid absolut|konsequent? kundenorientiert|kundenzentriert',
    ],
  },
  { phrase: 'wir leben Service', kind: 'slogan', patterns: ['= wir leben service|kundenservice|kundenorientierung|kundennähe|qualität'] },
  { phrase: 'Service wird großgeschrieben', kind: 'slogan', patterns: ['= wird|werden groß|gross geschrieben', 'großgeschrieben|grossgeschrieben'] },
  { phrase: 'Qualität ist unser Anspruch', kind: 'slogan', patterns: ['qualität unser anspruch'] },
  { phrase: 'alles aus einer Hand', kind: 'jargon', patterns: ['= alles aus einer hand'] },
  { phrase: 'Kunden zu Fans machen', kind: 'slogan', patterns: [`= ${KUNDE} zu fans|fan`, '= aus kunden fans'] },
  { phrase: 'Kundenglück', kind: 'slogan', patterns: ['= kundenglück|kundenliebe'] },
  { phrase: 'gemeinsam stark', kind: 'slogan', patterns: ['= gemeinsam stark|stärker'] },
  { phrase: 'Tradition trifft Innovation', kind: 'slogan', patterns: ['= tradition trifft|und|&|mit innovation'] },
  { phrase: 'kompetent, freundlich, zuverlässig', kind: 'slogan', patterns: ['kompetent freundlich zuverlässig', 'kompetent schnell zuverlässig'] },
  { phrase: 'die beste Werbung', kind: 'slogan', patterns: ['= beste werbung|visitenkarte|botschafter'] },
  { phrase: 'unser wichtigstes Kapital', kind: 'slogan', patterns: ['= wichtigstes|größtes|wertvollstes kapital'] },
  { phrase: 'Ihr Anruf ist uns wichtig', kind: 'slogan', patterns: ['= ihr|dein|euer anruf|anliegen|feedback ist uns sehr? wichtig'] },
  { phrase: 'Service mit einem Lächeln', kind: 'slogan', patterns: [`= ${DIENST} mit einem? lächeln`, '= immer|stets ein lächeln'] },
  { phrase: 'ein offenes Ohr', kind: 'slogan', patterns: ['= immer|stets|jederzeit? ein offenes ohr'] },
  { phrase: 'Service der Weltklasse', kind: 'superlative', patterns: ['weltklasse*'] },
  { phrase: 'erstklassiger Service', kind: 'superlative', patterns: [`= erstklassig|erstklassige|erstklassiger|erstklassigen|erstklassigem ${DIENST}|qualität`] },
  { phrase: 'Höchste Qualität', kind: 'superlative', patterns: ['= höchste|allerhöchste|beste|bester|besten|erstklassige|top|spitzen|premium qualität', 'topqualität|spitzenqualität|premiumqualität|bestqualität'] },
  { phrase: 'Top-Service', kind: 'superlative', patterns: [`= top ${DIENST}|leistung`, 'topservice|topbetreuung|topberatung'] },
  { phrase: 'Spitzenservice', kind: 'superlative', patterns: ['spitzenservice|spitzenleistung|spitzenleistungen|spitzenbetreuung', `= ${DIENST}|qualität der spitzenklasse|extraklasse|superlative`] },
  { phrase: 'Premium-Service', kind: 'superlative', patterns: [`= premium ${DIENST}`, 'premiumservice|premiumsupport'] },
  { phrase: 'Service auf höchstem Niveau', kind: 'superlative', patterns: ['= höchstem|allerhöchstem|hohem|höchstes|top|spitzen niveau'] },
  { phrase: 'höchste Ansprüche', kind: 'superlative', patterns: ['= höchste|höchsten|allerhöchste|allerhöchsten anspruch|ansprüche|ansprüchen'] },
  { phrase: 'Service-Exzellenz', kind: 'superlative', patterns: ['serviceexzellenz|kundenexzellenz', '= service exzellenz', `= exzellente|exzellenter|exzellenten|exzellent ${DIENST}`] },
  { phrase: 'Exzellenz in allem', kind: 'superlative', patterns: ['= exzellenz in allem|allen|allem', '= streben|strebt nach exzellenz', '= exzellenz ist unser anspruch|standard|maßstab'] },
  { phrase: 'einzigartiger Service', kind: 'superlative', patterns: [`= einzigartig|einzigartige|einzigartiger|einzigartigen|unvergleichlich|unvergleichliche|unvergleichlichen|unschlagbar|unschlagbare|unschlagbaren|unübertroffen|unübertroffene|unübertroffenen ${DIENST}`] },
  { phrase: 'branchenführender Service', kind: 'superlative', patterns: ['branchenführend*', 'marktführend*'] },
  { phrase: 'perfekter Service', kind: 'absolute', patterns: [`= perfekt|perfekte|perfekter|perfekten|makellos|makellose|makellosen|fehlerlos|fehlerlose ${DIENST}|kundenerlebnis|erlebnis`] },
  { phrase: 'Erwartungen übertreffen', kind: 'absolute', patterns: ['erwartung|erwartungen übertreffen|übertrifft|übertroffen|übertreffe|übersteigen|übersteigt|überstiegen'] },
  { phrase: 'die Extrameile gehen', kind: 'absolute', patterns: ['extrameile|extrameilen', '= extra meile', '= zusätzliche meile'] },
  { phrase: '100 % Zufriedenheit', kind: 'absolute', patterns: ['= 100 %|prozent zufriedenheit|kundenzufriedenheit|zufriedene|zufriedenen|zufrieden', 'zufriedenheitsgarantie', '= zufriedenheit garantiert', '= absolute|totale|vollste|vollständige|hundertprozentige zufriedenheit|kundenzufriedenheit'] },
  { phrase: '110 Prozent geben', kind: 'absolute', patterns: ['= 110|120|150|200 %|prozent'] },
  { phrase: 'null Fehler', kind: 'absolute', patterns: ['= null fehler|reklamationen|beschwerden', 'nullfehler*'] },
  { phrase: 'kein Anliegen ist zu klein', kind: 'absolute', patterns: ['= kein|keine anliegen|problem|wunsch|auftrag|aufgabe|frage ist uns? zu klein|groß|schwer'] },
  { phrase: 'das Unmögliche möglich machen', kind: 'absolute', patterns: ['= unmögliche möglich', '= nichts ist unmöglich'] },
  { phrase: 'wir machen es möglich', kind: 'absolute', patterns: ['= wir machen|machens es? möglich'] },
  { phrase: 'Rundum-sorglos', kind: 'absolute', patterns: ['= rundum sorglos', 'rundumsorglos*', 'sorglospaket'] },
  { phrase: 'Zufriedenheit hat oberste Priorität', kind: 'priority', patterns: [`zufriedenheit|kundenzufriedenheit|${KUNDE}|service|kundenservice oberste|höchste|absolute|erste priorität`] },
  { phrase: 'Ihre Zufriedenheit ist unser Ziel', kind: 'priority', patterns: ['zufriedenheit|kundenzufriedenheit unser ziel|anspruch|antrieb|auftrag|mission|maßstab|ansporn', '= ist|sind unser oberstes|höchstes|wichtigstes ziel|gut'] },
  { phrase: 'Service ist alles', kind: 'priority', patterns: [`= ${DIENST}|${KUNDE} ist|sind alles`] },
  { phrase: 'Leidenschaft für unsere Kunden', kind: 'feeling', patterns: [`= leidenschaft für|fürs ${DIENST}|${KUNDE}|menschen`, `= ${DIENST} mit leidenschaft`, '= mit voller? leidenschaft dabei'] },
  { phrase: 'Qualität aus Leidenschaft', kind: 'feeling', patterns: ['= qualität|service aus leidenschaft|überzeugung'] },
  { phrase: 'mit Herz und Verstand', kind: 'feeling', patterns: ['= mit herz und|& verstand|seele|hand', 'herzblut'] },
  { phrase: 'Service mit Herz', kind: 'feeling', patterns: [`= ${DIENST} mit herz`] },
  { phrase: 'in unserer DNA', kind: 'slogan', patterns: ['= unserer|unsere|unseren dna'] },
  { phrase: 'Zufriedenheit steht an erster Stelle', kind: 'priority', patterns: ['= zufriedenheit|kundenzufriedenheit|qualität|service|kundenservice an erster stelle'] },
  { phrase: 'mit Liebe zum Detail', kind: 'feeling', patterns: ['= liebe zum detail'] },
  { phrase: 'Service, der begeistert', kind: 'feeling', patterns: [`= ${DIENST} der|die|das begeistert|begeistern`] },
  { phrase: 'nahtloses Kundenerlebnis', kind: 'jargon', patterns: ['= nahtlos|nahtlose|nahtloses|nahtlosen|reibungslos|reibungslose|reibungsloses kundenerlebnis|erlebnis|customer|kundenreise'] },
  { phrase: 'über den Tellerrand', kind: 'jargon', patterns: ['= über den tellerrand'] },
  { phrase: 'Mehrwert schaffen', kind: 'jargon', patterns: ['= mehrwert schaffen|bieten|liefern|generieren|stiften', '= echten? mehrwert für'] },
  { phrase: 'Synergien nutzen', kind: 'jargon', patterns: ['= synergie|synergien|synergieeffekte'] },
  { phrase: 'maßgeschneiderte Lösungen', kind: 'jargon', patterns: ['= maßgeschneidert* lösung*', '= individuelle lösungen für jeden|jede|alle'] },
  { phrase: 'ganzheitliche Lösungen', kind: 'jargon', patterns: ['= ganzheitlich* lösung*|ansatz|ansätze|betreuung|service|beratung'] },
  { phrase: 'Service ist Chefsache', kind: 'slogan', patterns: ['chefsache'] },
  { phrase: 'neuester Stand der Technik', kind: 'jargon', patterns: ['= neuesten|neuester|modernsten stand der technik'] },
  { phrase: 'Klassenbester', kind: 'superlative', patterns: ['klassenbeste|klassenbester|klassenprimus'] },
  { phrase: 'Service neu definieren', kind: 'jargon', patterns: [`= ${DIENST} neu definieren|definiert|gedacht`, '= definieren|definiert service|kundenservice neu'] },
  { phrase: 'auf Augenhöhe', kind: 'slogan', patterns: ['^ kommunikation|service|beratung|begegnung? auf augenhöhe $'] },
  { phrase: 'Nähe und Vertrauen', kind: 'slogan', patterns: ['^ nähe und|& vertrauen $', '^ vertrauen und|& nähe $'] },
];

const resolve = (language: PhraseLanguage) => (entry: Entry): Cliche => ({
  phrase: entry.phrase,
  language,
  kind: entry.kind,
  reason: REASONS[entry.kind],
  better: entry.better ?? BETTER[entry.kind],
  patterns: entry.patterns,
});

export const CLICHES: readonly Cliche[] = [...EN.map(resolve('en')), ...DE.map(resolve('de'))];

// Compiled on first use: most commands never look for clichés.
let index: PhraseIndex<Cliche> | undefined;
function clicheIndex(): PhraseIndex<Cliche> {
  if (index === undefined) {
    index = new PhraseIndex<Cliche>();
    for (const cliche of CLICHES) for (const p of cliche.patterns) index.add(compilePhrase(p, cliche.language), cliche);
  }
  return index;
}

/** The clichés found in a text, each once, in the order of CLICHES. Both languages are searched:
 * a German team may well write "best-in-class", an English one quote a German slogan. */
export function findCliches(text: string): Cliche[] {
  const prepared = new MatchText(text);
  if (prepared.words.length === 0) return [];
  const found = clicheIndex().find(prepared);
  return found.size === 0 ? [] : CLICHES.filter((c) => found.has(c));
}
