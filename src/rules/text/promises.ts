// What counts as a promise of round-the-clock availability in a text, and what counts as
// round-the-clock hours on a channel. Both languages are searched whatever the file language,
// because a German team may well write "24/7" or an English one "rund um die Uhr".
//
// A bare "always"/"immer" is not a promise ("we always tell the truth"); it only counts next to a
// word about being reachable. Response-time promises ("within 24 hours", "innerhalb von
// 24 Stunden") are not availability promises either, so "24 hours" only counts with "a day",
// "7 days", "available" and the like.

/** Between the words of a phrase: spaces and hyphens ("round-the-clock", "Tages- und Nachtzeit"). */
const S = '[\\s\\-]+';
/** The same, where the words may also be written together ("24h", "anytime"). */
const S0 = '[\\s\\-]*';
const WORD = '\\p{L}+';

const REACHABLE_EN = [
  'available',
  'reachable',
  `there${S}for${S}${WORD}`,
  `here${S}for${S}${WORD}`,
  `here${S}to${S}help`,
  `there${S}to${S}help`,
  // "always open to feedback" is about attitude, not opening hours.
  `open(?!${S}(?:to|minded|and|with|about|for))`,
  'online',
  `on${S}call`,
  `at${S}hand`,
  `on${S}hand`,
  `within${S}reach`,
  `an?${S}(?:call|click|message)${S}away`,
].join('|');

const REACHABLE_DE = [
  'erreichbar',
  'verfügbar',
  'ansprechbar',
  'online',
  'geöffnet',
  `zur${S}stelle`,
  `für${S}(?:${WORD}${S}){0,4}da`,
  // a lone "da" ("wir sind immer da"); the lookahead keeps "dann", "dabei", "dass" out
  'da(?!\\p{L})',
].join('|');

/** Regular expressions (sources) over lower-cased text; each match is one promise. */
export const PROMISE_PATTERNS: readonly string[] = [
  // both languages
  `24${S0}[/x×]${S0}7`,
  `24${S0}(?:h|hrs|hours|std|stunden)${S}(?:a|per|every|am|pro|jeden)${S}(?:day|tag)`,
  `24${S0}(?:h|hrs|hours|std|stunden)${S}täglich`,
  `24${S0}(?:h|hrs|hours|std|stunden),?${S}(?:(?:a|an|and|und)${S})?7${S}(?:days|tagen?)`,
  `24${S0}(?:h|hrs|hours|std|stunden)${S}(?:service|support|hotline|erreichbarkeit|availability|${REACHABLE_EN}|${REACHABLE_DE})`,
  `365${S}(?:days|tage)`,
  // English
  `a?round${S}the${S}clock`,
  `(?:day${S}(?:and|or)${S}night|night${S}(?:and|or)${S}day)`,
  `any${S0}time`,
  `at${S}any${S}hour`,
  `whenever${S}(?:you|they|customers?|our${S}customers)${S}need${S}(?:us|help|it|something|support)`,
  `(?:available|reachable|there|here|open)${S}at${S}all${S}times`,
  `always${S}(?:be${S})?(?:${WORD}${S})?(?:${REACHABLE_EN})`,
  `always${S}(?:be${S})?(?:there|here)(?!${S}(?:is|are|was|were))`,
  `(?:available|reachable|there${S}for${S}you|here${S}for${S}you),?${S}always`,
  `never${S}(?:closed|offline|sleeps?)`,
  // German
  `rund${S}um${S}die${S}uhr`,
  'jederzeit',
  `zu${S}jeder${S}(?:zeit|stunde|tageszeit|tages${S}und${S}nachtzeit)`,
  `(?:tag${S}(?:und|wie)${S}nacht|nacht${S}und${S}tag)`,
  `(?:immer|stets|ständig|durchgehend|permanent)${S}(?:${WORD}${S}){0,3}(?:${REACHABLE_DE})`,
  `(?:erreichbar|verfügbar|ansprechbar),?${S}(?:immer|stets|ständig)`,
  `(?:nie|niemals)${S}(?:geschlossen|offline)`,
  `wann${S}immer${S}(?:du|sie|ihr)${S}(?:uns${S})?(?:brauch|benötig)\\p{L}*`,
];

// One word boundary around all the alternatives, not one each: every `\p{…}` class costs the
// regular expression engine time to build, and this one is built on every run.
let promise: RegExp | undefined;
const promisePattern = () =>
  (promise ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${PROMISE_PATTERNS.join('|')})(?![\\p{L}\\p{N}])`, 'u'));

/** The first round-the-clock promise in a text, as written there; undefined when there is none. */
export function findAvailabilityPromise(text: string): string | undefined {
  const original = text.normalize('NFC');
  const lower = original.toLowerCase().replace(/[\u2010-\u2015]/g, '-');
  const match = promisePattern().exec(lower);
  if (match === null) return undefined;
  // Lower-casing keeps the length for the scripts we expect; if not, the lower-case match will do.
  return lower.length === original.length
    ? original.slice(match.index, match.index + match[0].length)
    : match[0];
}

const ALWAYS_OPEN = [
  /24\s*[/x×]\s*7/,
  /(?:a?round|rund)[\s-]+(?:the|um[\s-]+die)[\s-]+(?:clock|uhr)/,
  /(?<!\p{L})(?:always|immer|jederzeit|any\s*time|durchgehend|non-?stop)(?!\p{L})/u,
];

// "0-24", "00:00–24:00", "0:00 bis 24 Uhr", "00:00-23:59", "24 h", "24 Stunden"
const FULL_DAY = [
  /(?<![\d:])0?0(?::00)?\s*(?:uhr\s*)?(?:-|to|bis)\s*(?:24(?::00)?|23:59)(?!\d)/,
  /(?<!\d)24\s*(?:h|hrs|hours|std|stunden)(?!\p{L})/u,
];

const DAY_NAMES =
  /(?<!\p{L})(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|weekdays?|weekends?|werktags?|werktage|wochentags?|wochenende|business\s+days?)(?!\p{L})/u;

const EVERY_DAY =
  /(?<!\p{L})(?:daily|täglich|every\s+day|jeden\s+tag|7\s+days|7\s+tage|all\s+week|(?:mon|monday)\s*(?:-|to)\s*(?:sun|sunday)|(?:mo|montag)\s*(?:-|bis)\s*(?:so|sonntag))(?!\p{L})/u;

/** Whether a channel's hours say it is open round the clock, every day. */
export function isRoundTheClock(hours: string): boolean {
  const h = hours.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015]/g, '-');
  if (ALWAYS_OPEN.some((re) => re.test(h))) return true;
  if (!FULL_DAY.some((re) => re.test(h))) return false;
  // "Mon-Fri 0-24" is round the clock on weekdays only: not a 24/7 promise.
  return !DAY_NAMES.test(h) || EVERY_DAY.test(h);
}
