// Clichés a support philosophy should not hide behind, in both languages.
//
// Patterns are regular expressions over *normalized* text (see normalizeForMatch): lower case,
// apostrophes dropped, every other punctuation mark or hyphen turned into a single space, "%" and
// "&" kept as words of their own. So "Best-in-class!" and "best in  class" read the same. Words in
// a pattern are separated by exactly one space. A match must start and end at word boundaries.
//
// Some phrases are only clichés as a whole field or with a certain verb: "customer first" is a
// slogan, "help the customer first, then your colleague" is a real principle. Those patterns are
// anchored (^…$) or name the verb.

export interface Cliche {
  /** How the cliché is shown to the user. */
  phrase: string;
  language: 'en' | 'de';
  patterns: readonly string[];
}

const CUSTOMER = '(?:customer|client|guest)s?';
const KUNDE = '(?:kunde|kunden|kundin|kundinnen)';

export const CLICHES: readonly Cliche[] = [
  // English
  { phrase: 'the customer is always right', language: 'en', patterns: [`${CUSTOMER} (?:is|are) always right`] },
  { phrase: 'the customer is king', language: 'en', patterns: [`${CUSTOMER} (?:is|are) (?:the )?kings?`] },
  { phrase: 'world-class service', language: 'en', patterns: ['world class'] },
  {
    phrase: 'exceed expectations',
    language: 'en',
    patterns: [
      `(?:exceed|exceeds|exceeding|exceeded|surpass|surpasses|surpassing) (?:(?:all|every|the|our|your|their|${CUSTOMER}) )*expectations`,
      'beyond (?:all )?expectations',
    ],
  },
  { phrase: 'best-in-class', language: 'en', patterns: ['best in class'] },
  {
    phrase: 'customer first',
    language: 'en',
    patterns: [
      `^(?:the )?${CUSTOMER} first$`,
      `(?:put|puts|putting|place|places|placing) (?:the |our |every |each )?${CUSTOMER} first`,
      `${CUSTOMER} (?:always )?(?:comes?|come) first`,
      `${CUSTOMER} first (?:approach|mindset|culture|attitude|philosophy|company|policy|service|thinking)`,
    ],
  },
  {
    phrase: '100% satisfaction',
    language: 'en',
    patterns: [
      `100 (?:%|percent) (?:${CUSTOMER} )?satisfaction`,
      'satisfaction guaranteed',
      `(?:total|complete|absolute) (?:${CUSTOMER} )?satisfaction`,
    ],
  },
  { phrase: 'go the extra mile', language: 'en', patterns: ['extra mile'] },
  { phrase: 'second to none', language: 'en', patterns: ['second to none'] },
  { phrase: 'above and beyond', language: 'en', patterns: ['above (?:and|&) beyond'] },
  {
    phrase: 'customer-centric',
    language: 'en',
    patterns: [
      `^(?:truly )?${CUSTOMER} (?:centric|centricity|focused|focus|obsessed|obsession)$`,
      `(?:we are|were|be) (?:truly |100 % )?${CUSTOMER} (?:centric|focused|obsessed)`,
    ],
  },
  {
    phrase: 'commitment to excellence',
    language: 'en',
    patterns: ['(?:commitment|committed|dedication|dedicated) to excellence', 'strive for excellence', 'excellence in (?:everything|all)'],
  },
  {
    phrase: 'excellent service',
    language: 'en',
    patterns: [`service excellence`, `excellent (?:${CUSTOMER} )?(?:service|support|care)`],
  },
  { phrase: 'at the heart of everything we do', language: 'en', patterns: ['(?:heart|centre|center|core) of (?:everything|all|what) (?:that )?we do'] },
  {
    phrase: 'is our top priority',
    language: 'en',
    patterns: ['(?:is|are) our (?:top|number one|no 1|1|first|highest|main) priority', '(?:top|number one|highest) priority is (?:customer )?satisfaction'],
  },
  { phrase: 'your call is important to us', language: 'en', patterns: ['your (?:call|business|request|satisfaction) is (?:very )?important to us'] },
  { phrase: 'we value your business', language: 'en', patterns: ['value your business'] },
  { phrase: 'our most valuable asset', language: 'en', patterns: ['(?:most|greatest|biggest) (?:valuable |important )?assets?'] },
  { phrase: 'think outside the box', language: 'en', patterns: ['outside the box'] },
  {
    phrase: 'unparalleled service',
    language: 'en',
    patterns: [
      `(?:unparalleled|unmatched|unrivaled|unrivalled|unbeatable|unsurpassed|world leading|industry leading) (?:${CUSTOMER} )?(?:service|support|care|experience)`,
    ],
  },
  {
    phrase: 'the best service in the world',
    language: 'en',
    patterns: [`best (?:${CUSTOMER} )?(?:service|support|care|experience) (?:in the (?:world|industry|business)|on the planet|ever)`],
  },
  { phrase: 'one-stop shop', language: 'en', patterns: ['one stop shop'] },
  { phrase: 'make the impossible possible', language: 'en', patterns: ['the impossible possible'] },
  { phrase: 'win-win', language: 'en', patterns: ['win win'] },
  { phrase: 'passionate about service', language: 'en', patterns: [`passionate about (?:${CUSTOMER} )?(?:service|support|${CUSTOMER})`] },
  { phrase: 'no request is too small', language: 'en', patterns: ['no (?:request|job|task|question|problem|issue) (?:is )?too (?:big|small|large)'] },
  { phrase: 'raise the bar', language: 'en', patterns: ['(?:raise|raises|raising) the bar'] },

  // German
  {
    phrase: 'der Kunde ist König',
    language: 'de',
    patterns: [
      `${KUNDE} (?:ist|sind) (?:der |die |unser |unsere )?(?:könig|königin|könige|königinnen)`,
      `(?:ist|sind) (?:der |die |unser |unsere )?${KUNDE} (?:könig|königin|könige|königinnen)`,
      'könig kunde',
    ],
  },
  {
    phrase: 'der Kunde hat immer recht',
    language: 'de',
    patterns: [`${KUNDE} (?:hat|haben) (?:immer|stets) recht`, `(?:hat|haben) (?:der |die )?${KUNDE} (?:immer|stets) recht`],
  },
  {
    phrase: 'Erwartungen übertreffen',
    language: 'de',
    patterns: [
      `erwartungen (?:(?:unserer|der|aller|ihrer|deiner|eurer|unseren) )?(?:${KUNDE} )?(?:zu )?(?:übertreffen|übertrifft|übertroffen|übersteigen|übersteigt)`,
      '(?:übertreffen|übertrifft|übertroffen|übersteigen|übersteigt) (?:die |alle |jede |jegliche |ihre |deine |eure |unsere )?erwartungen',
    ],
  },
  { phrase: 'die Extrameile gehen', language: 'de', patterns: ['extra ?meile', 'zusätzliche meile'] },
  {
    phrase: 'Kundenorientierung',
    language: 'de',
    patterns: [
      '^(?:gelebte |höchste |maximale |absolute |100 % |echte |konsequente )?(?:kundenorientierung|kundenfokus|kundennähe|kundenzentrierung|kundenzentriert|kundenorientiert)$',
      '(?:höchste|maximale|absolute|100 %|gelebte|konsequente) (?:kundenorientierung|kundenfokus|kundennähe|kundenzentrierung)',
      '(?:wir sind|sei|seid|sein) (?:absolut |konsequent |100 % )?(?:kundenorientiert|kundenzentriert)',
    ],
  },
  {
    phrase: 'Kunde zuerst',
    language: 'de',
    patterns: [
      `^(?:der |die |unsere )?${KUNDE} zuerst$`,
      `${KUNDE} (?:kommt|kommen|steht|stehen) (?:bei uns )?(?:immer )?(?:zuerst|an erster stelle)`,
      `${KUNDE} an erster stelle`,
    ],
  },
  {
    phrase: 'der Kunde steht im Mittelpunkt',
    language: 'de',
    patterns: [
      `${KUNDE} (?:steht|stehen) (?:bei uns )?(?:immer )?im mittelpunkt`,
      `(?:steht|stehen) (?:bei uns )?(?:immer )?(?:der |die |unsere |unser )?${KUNDE} (?:immer )?im mittelpunkt`,
      `(?:den |die |unsere |unseren )?${KUNDE} in den mittelpunkt`,
    ],
  },
  {
    phrase: 'Service der Weltklasse',
    language: 'de',
    patterns: ['weltklasse', 'service der (?:extraklasse|spitzenklasse)', 'erstklassige[nrms]? (?:service|kundenservice|support|betreuung)'],
  },
  {
    phrase: '100 % Zufriedenheit',
    language: 'de',
    patterns: [
      '100 (?:%|prozent) (?:kunden)?zufriedenheit',
      '100 (?:%|prozent) zufriedene',
      'zufriedenheitsgarantie',
      'zufriedenheit garantiert',
      '(?:absolute|totale|vollste|vollständige) (?:kunden)?zufriedenheit',
    ],
  },
  { phrase: 'Ihr Anruf ist uns wichtig', language: 'de', patterns: ['(?:ihr|dein|euer) (?:anruf|anliegen) ist uns (?:sehr )?wichtig'] },
  {
    phrase: 'Zufriedenheit hat oberste Priorität',
    language: 'de',
    patterns: [
      `(?:kundenzufriedenheit|zufriedenheit|${KUNDE}|service|kundenservice) (?:hat|haben|genießt|genießen) (?:bei uns )?(?:die )?(?:oberste|höchste|absolute) priorität`,
      '(?:ist|sind) unser (?:oberstes|höchstes|wichtigstes) (?:ziel|gut)',
    ],
  },
  { phrase: 'Service wird großgeschrieben', language: 'de', patterns: ['(?:wird|werden) (?:bei uns )?(?:groß|gross) ?geschrieben'] },
  { phrase: 'Qualität ist unser Anspruch', language: 'de', patterns: ['qualität ist unser anspruch'] },
  { phrase: 'höchste Ansprüche', language: 'de', patterns: ['(?:höchsten|allerhöchsten) ansprüchen', 'höchste ansprüche'] },
  { phrase: 'mit Herz und Verstand', language: 'de', patterns: ['mit herz (?:und|&) (?:verstand|seele|hand)', 'mit herzblut'] },
  { phrase: 'alles aus einer Hand', language: 'de', patterns: ['alles aus einer hand'] },
  { phrase: 'wir leben Service', language: 'de', patterns: ['wir leben (?:service|kundenservice|kundenorientierung|kundennähe)'] },
  {
    phrase: 'Service-Exzellenz',
    language: 'de',
    patterns: ['service ?exzellenz', 'exzellente[nrms]? (?:service|kundenservice|support|betreuung|kundenbetreuung)'],
  },
  { phrase: 'das Unmögliche möglich machen', language: 'de', patterns: ['unmögliche möglich'] },
  { phrase: 'über den Tellerrand', language: 'de', patterns: ['über den tellerrand'] },
  { phrase: 'unser wichtigstes Kapital', language: 'de', patterns: ['(?:wichtigstes|größtes|wertvollstes) kapital'] },
  { phrase: 'die beste Werbung', language: 'de', patterns: ['(?:unsere )?beste werbung'] },
  { phrase: 'Service mit Leidenschaft', language: 'de', patterns: ['(?:service|kundenservice|support) mit leidenschaft', `leidenschaft für (?:service|kundenservice|${KUNDE})`] },
  { phrase: 'kein Anliegen ist zu klein', language: 'de', patterns: ['kein (?:anliegen|problem|wunsch|auftrag) ist (?:uns )?zu (?:klein|groß)'] },
  { phrase: 'Mehrwert schaffen', language: 'de', patterns: ['mehrwert (?:schaffen|bieten|liefern|generieren)'] },
];

/** Lower case, punctuation and hyphens as single spaces, apostrophes dropped, "%" and "&" as words. */
export function normalizeForMatch(text: string): string {
  return normalizeLines(text.replace(/\n/g, ' '));
}

/** normalizeForMatch for each line of the text, in one pass over all of them (this runs on every
 * field of every file, and one pass over one text costs a fraction of many over short ones).
 * Each line becomes its words joined by single spaces: a word is a run of letters and digits
 * (apostrophes in it dropped, so "don't" is "dont"), and "%" and "&" are words of their own. */
export function normalizeLines(text: string): string {
  // Unicode classes in a regular expression are tested character by character, at a cost; one
  // loop with a table of character kinds does the same work once. Lower case goes first, as
  // it may change the length.
  const lower = ASCII.test(text) ? text.toLowerCase() : text.normalize('NFC').toLowerCase();
  const length = lower.length;
  // The result is written to a buffer kept between calls ("%" may become " % ": at most three
  // characters each) and made a string once: adding piece by piece made a string per piece
  // (24 KB of garbage per file, of some 170 KB).
  if (output.length < 3 * length) output = new Uint16Array(3 * length);
  const out = output;
  let n = 0;
  let inWord = false;
  // Whether the line has a word already, so that the next one is preceded by a space.
  let spaceOwed = false;
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    const kind = code < 0x80 ? ASCII_KINDS[code]! : kindOf(lower, i, code);
    if (kind === WORD || kind === PAIR_WORD) {
      if (!inWord) {
        if (spaceOwed) out[n++] = 0x20;
        inWord = true;
      }
      out[n++] = code;
      if (kind === PAIR_WORD) out[n++] = lower.charCodeAt(++i);
      continue;
    }
    if (kind === APOSTROPHE) continue; // dropped: the word goes on after it
    if (inWord) {
      inWord = false;
      spaceOwed = true;
    }
    if (kind === SYMBOL) {
      if (spaceOwed) out[n++] = 0x20;
      out[n++] = code;
      spaceOwed = true;
    } else if (kind === NEWLINE) {
      out[n++] = 0x0a;
      spaceOwed = false;
    } else if (kind === PAIR_OTHER) i++;
  }
  const bytes = Buffer.from(out.buffer, 0, n * 2);
  // UTF-16LE, and the buffer holds the machine's order.
  if (BIG_ENDIAN) bytes.swap16();
  return bytes.toString('ucs2');
}

let output = new Uint16Array(4096);
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

const ASCII = /^[\x00-\x7f]*$/;

// Kinds of characters for normalizeLines.
const OTHER = 0;
const WORD = 1;
const APOSTROPHE = 2;
const SYMBOL = 3;
const NEWLINE = 4;
/** A surrogate pair that is a letter or digit, and one that is not. */
const PAIR_WORD = 5;
const PAIR_OTHER = 6;

const ASCII_KINDS = new Uint8Array(0x80).map((_, code) => {
  const c = String.fromCharCode(code);
  if (/[a-zA-Z0-9]/.test(c)) return WORD;
  if (c === "'" || c === '`') return APOSTROPHE;
  if (c === '%' || c === '&') return SYMBOL;
  return c === '\n' ? NEWLINE : OTHER;
});
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Kinds of the characters past ASCII seen so far (0: not yet looked up, else kind + 1). */
let bmpKinds: Uint8Array | undefined;

function kindOf(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? PAIR_WORD : PAIR_OTHER;
  }
  bmpKinds ??= new Uint8Array(0x10000);
  let known = bmpKinds[code]!;
  if (known === 0) {
    const c = String.fromCharCode(code);
    const kind = c === '’' || c === '‘' || c === '´' ? APOSTROPHE : LETTER_OR_DIGIT.test(c) ? WORD : OTHER;
    known = bmpKinds[code] = kind + 1;
  }
  return known - 1;
}

// Normalized text is words separated by single spaces, so a word boundary is a space or an end
// of the text; spelling that out (instead of a Unicode lookbehind) keeps the patterns fast.
const bounded = (patterns: readonly string[]) => `(?:^| )(?:${patterns.join('|')})(?= |$)`;

const PLAIN = /^[\p{L}\p{N} %&]+$/u;

/** Texts of which every match of the pattern contains at least one, if the pattern has such:
 * the longest run of plain text outside any group, or else the alternatives of a plain group
 * like `(?:kunde|kunden)`; a part a quantifier follows is never required. */
export function requiredTexts(pattern: string): string[] | undefined {
  let depth = 0;
  let run = '';
  let literal = '';
  let groups: string[][] = [];
  let groupStart = -1;
  const flush = () => {
    if (run.trim().length > literal.trim().length) literal = run;
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const next = pattern[i + 1];
    const quantified = next !== undefined && '?*{'.includes(next);
    if (c === '\\') {
      flush();
      i++;
    } else if (c === '(') {
      flush();
      if (depth === 0) groupStart = i;
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && !quantified) {
        const body = pattern.slice(groupStart + 1, i).replace(/^\?:/, '');
        const alternatives = body.split('|');
        if (alternatives.every((alt) => PLAIN.test(alt))) groups.push(alternatives);
      }
    } else if (c === '|' && depth === 0) {
      return undefined; // a top-level alternative: nothing is common to all matches
    } else if (depth === 0 && PLAIN.test(c)) {
      if (quantified) flush();
      else run += c;
    } else if (depth === 0) flush();
  }
  flush();
  if (literal.trim().length >= 3) return [literal.trim()];
  groups = groups.filter((g) => g.every((alt) => alt.trim().length >= 2));
  groups.sort((x, y) => Math.min(...y.map((a) => a.length)) - Math.min(...x.map((a) => a.length)));
  return groups[0]?.map((alt) => alt.trim());
}

// Most fields contain no cliché. One search for the required texts of all patterns rules most
// patterns out cheaply; only the rest are tried (each compiled on first use).
const COMPILED = CLICHES.map((cliche) => ({
  phrase: cliche.phrase,
  required: cliche.patterns.map(requiredTexts),
  source: bounded(cliche.patterns),
  pattern: undefined as RegExp | undefined,
}));

/**
 * The required texts of all patterns as one automaton (Aho-Corasick): one step per character
 * of the normalized text finds every required text in it, overlapping ones included. Built on
 * first use; the states' moves are one table, as a lookup per character is the whole cost.
 */
interface Scan {
  /** Column of each character code below ALPHABET_LIMIT in the table (0: in no text). */
  column: Uint8Array;
  /** Characters at or past the limit with their columns. */
  otherColumns: Map<number, number>;
  width: number;
  /** The next state for state × column. */
  moves: Int32Array;
  /** The texts that end at each state (via its suffixes too); mostly empty. */
  ends: string[][];
}
const ALPHABET_LIMIT = 0x180;
let scan: Scan | undefined;

function buildScan(texts: readonly string[]): Scan {
  const column = new Uint8Array(ALPHABET_LIMIT);
  const otherColumns = new Map<number, number>();
  let width = 1;
  const columnOf = (code: number) => (code < ALPHABET_LIMIT ? column[code]! : otherColumns.get(code) ?? 0);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (columnOf(code) !== 0) continue;
      if (code < ALPHABET_LIMIT) column[code] = width++;
      else otherColumns.set(code, width++);
    }
  }
  // The trie of the texts (state 0 is the root; -1: no move yet).
  const trie: number[][] = [new Array<number>(width).fill(-1)];
  const ends: string[][] = [[]];
  for (const text of texts) {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = columnOf(text.charCodeAt(i));
      if (trie[state]![c] === -1) {
        trie[state]![c] = trie.length;
        trie.push(new Array<number>(width).fill(-1));
        ends.push([]);
      }
      state = trie[state]![c]!;
    }
    ends[state]!.push(text);
  }
  // Breadth first: each state's missing moves are those of its longest proper suffix state.
  const moves = new Int32Array(trie.length * width);
  const suffix = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const next = trie[0]![c]!;
    moves[c] = next === -1 ? 0 : next;
    if (next > 0) queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const fallback = suffix[state]!;
    if (ends[fallback]!.length) ends[state] = [...ends[state]!, ...ends[fallback]!];
    for (let c = 0; c < width; c++) {
      const next = trie[state]![c]!;
      if (next === -1) {
        moves[state * width + c] = moves[fallback * width + c]!;
      } else {
        moves[state * width + c] = next;
        suffix[next] = moves[fallback * width + c]!;
        queue.push(next);
      }
    }
  }
  return { column, otherColumns, width, moves, ends };
}

/** The required texts that occur in a text. */
export function presentTexts(normalized: string): Set<string> {
  scan ??= buildScan(allRequiredTexts());
  const { column, otherColumns, width, moves, ends } = scan;
  const present = new Set<string>();
  let state = 0;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    state = moves[state * width + (code < ALPHABET_LIMIT ? column[code]! : otherColumns.get(code) ?? 0)]!;
    const found = ends[state]!;
    if (found.length) for (const t of found) present.add(t);
  }
  return present;
}

/** Every text a cliché pattern requires, once (for tests). */
export function allRequiredTexts(): string[] {
  return [...new Set(COMPILED.flatMap((c) => c.required.flatMap((r) => r ?? [])))];
}

const NONE: string[] = Object.freeze([]) as unknown as string[];

/** The clichés found in a text, each once, in the order of CLICHES. Both languages are searched. */
export function findCliches(text: string): string[] {
  return findClichesInFields([text])[0]!;
}

/** The clichés of each text, each once per text, in the order of CLICHES. The texts are searched
 * as the lines of one normalized text: the rule runs on every field of every file, and one pass
 * per file costs a fraction of one per field. */
export function findClichesInFields(texts: readonly string[]): string[][] {
  // One shared empty list for the fields without a cliché, which is nearly all of them.
  const found: string[][] = texts.map(() => NONE);
  // A line break in a field becomes a space, so each field is exactly one line.
  const normalized = normalizeLines(texts.map((t) => (t.includes('\n') ? t.replace(/\n/g, ' ') : t)).join('\n'));
  const present = presentTexts(normalized);
  let lineStarts: number[] | undefined;
  for (const c of COMPILED) {
    if (c.required.every((req) => req !== undefined && !req.some((t) => present.has(t)))) continue;
    const pattern = (c.pattern ??= new RegExp(c.source, 'gm'));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
      lineStarts ??= [0, ...[...normalized.matchAll(/\n/g)].map((m) => m.index + 1)];
      const at = match.index + (match[0].startsWith(' ') ? 1 : 0);
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
      if (found[line] === NONE) found[line] = [];
      if (!found[line]!.includes(c.phrase)) found[line]!.push(c.phrase);
    }
  }
  // The clichés of each field come in the order of CLICHES, as the loop visits them.
  return found;
}
