// Tolerant phrase matching: finds a phrase the way people actually write it, with words put in
// between ("the customer is *really* always right", "der Kunde ist *bei uns* König"), in the
// singular or the plural, inflected ("höchste", "höchstem", "höchsten") and, where the language
// allows it, in another word order ("wir übertreffen jede Erwartung" / "Erwartungen übertreffen").
//
// Text and patterns are compared as word stems. The stems come from the Snowball stemmers for
// English and German (@orama/stemmers): inflection is a solved problem with a standard algorithm,
// and a hand-made suffix list would miss half the forms or cut words it should not.
//
// A pattern is a line of terms separated by spaces:
//   `customer|client|guest` alternatives: any of the words, compared by stem;
//   `kunden*` / `*zufriedenheit` a word that starts / ends with the letters (German compounds),
//                           compared as written (lower case);
//   `the?`                  an optional word (only meaningful in ordered patterns);
//   `^` / `$`               the start / end of the text: the pattern must cover the whole text,
//                           apart from words it allows to be inserted;
//   `=` as the first term   the words must come in the given order (otherwise any order).
// Between two words of an ordered pattern at most MAX_GAP other words may stand; an unordered
// pattern's words must all lie within a window of (its words + MAX_GAP + 1) words.
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemGerman } from '@orama/stemmers/german';

export type PhraseLanguage = 'en' | 'de';

/** Words that may stand between two words of a phrase. */
export const MAX_GAP = 3;

interface Term {
  /** Stems (or wildcard parts) that satisfy the term. */
  stems: ReadonlySet<string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
  optional: boolean;
}

export interface CompiledPhrase {
  language: PhraseLanguage;
  ordered: boolean;
  anchoredStart: boolean;
  anchoredEnd: boolean;
  terms: readonly Term[];
  /** For each required term compared by stem: its stems. A text without one of each cannot match,
   * which rules out nearly every phrase with a set lookup or two. */
  required: ReadonlyArray<readonly string[]>;
  /** Letters every match contains somewhere (the wildcard parts), for phrases without a stem to
   * file them under. */
  letters: readonly string[];
  /** The terms that are not optional. */
  needed: readonly Term[];
}

const STEMMERS: Record<PhraseLanguage, (word: string) => string> = { en: stemEnglish, de: stemGerman };

// Stemming is the main cost; the words of support philosophies repeat a lot. The cache is
// dropped when it grows past a bound, so a hostile file cannot make it grow without end.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Record<PhraseLanguage, string>>();

/** The word's stem in each language (German stems lose their umlauts in Snowball). */
export function stems(word: string): Record<PhraseLanguage, string> {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // Words of one or two letters are kept as they are: the stemmers leave them alone anyway.
    stemmed = word.length <= 2 ? { en: word, de: word } : { en: STEMMERS.en(word), de: STEMMERS.de(word) };
    cache.set(word, stemmed);
  }
  return stemmed;
}

export function stem(word: string, language: PhraseLanguage): string {
  return stems(word)[language];
}

const WORD = /[\p{L}\p{N}]+|[%&]/gu;
const ASCII_WORD = /[a-z0-9]+|[%&]/g;
const ASCII = /^[\x00-\x7f]*$/;
const APOSTROPHES = /['’‘´`]/g;

/** The words of a text: lower case, NFC, apostrophes dropped ("don't" is "dont"), hyphens and
 * other punctuation as separators, "%" and "&" as words of their own. */
export function words(text: string): string[] {
  // Most texts are plain ASCII, which needs neither normalization nor Unicode classes.
  if (ASCII.test(text)) return text.toLowerCase().replace(APOSTROPHES, '').match(ASCII_WORD) ?? [];
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '').match(WORD) ?? [];
}

/** A text prepared for matching in both languages; stems are made on first use. */
export class MatchText {
  readonly words: readonly string[];
  private stems: Partial<Record<PhraseLanguage, string[]>> = {};
  private joinedWords: string | undefined;

  constructor(text: string) {
    this.words = words(text);
  }

  stemsIn(language: PhraseLanguage): readonly string[] {
    let list = this.stems[language];
    if (list === undefined) {
      const en: string[] = [];
      const de: string[] = [];
      for (const w of this.words) {
        const both = stems(w);
        en.push(both.en);
        de.push(both.de);
      }
      this.stems = { en, de };
      list = language === 'en' ? en : de;
    }
    return list;
  }

  /** The words joined by spaces. */
  get joined(): string {
    return (this.joinedWords ??= this.words.join(' '));
  }

}

export function compilePhrase(pattern: string, language: PhraseLanguage): CompiledPhrase {
  let parts = pattern.trim().split(/\s+/);
  const ordered = parts[0] === '=' || parts.includes('^') || parts.includes('$');
  if (parts[0] === '=') parts = parts.slice(1);
  const anchoredStart = parts[0] === '^';
  const anchoredEnd = parts[parts.length - 1] === '$';
  parts = parts.filter((p) => p !== '^' && p !== '$');
  if (parts.length === 0) throw new Error(`empty phrase pattern: ${pattern}`);
  const terms = parts.map((part): Term => {
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const stems = new Set<string>();
    const prefixes: string[] = [];
    const suffixes: string[] = [];
    for (const alternative of body.split('|')) {
      if (alternative.endsWith('*')) prefixes.push(alternative.slice(0, -1));
      else if (alternative.startsWith('*')) suffixes.push(alternative.slice(1));
      else for (const w of words(alternative)) stems.add(stem(w, language));
    }
    return { stems, prefixes, suffixes, optional };
  });
  if (terms.every((t) => t.optional)) throw new Error(`phrase pattern without a required word: ${pattern}`);
  const required = terms.filter((t) => !t.optional && t.prefixes.length === 0 && t.suffixes.length === 0).map((t) => [...t.stems]);
  const wildcard = terms.find((t) => !t.optional && t.stems.size === 0);
  const letters = wildcard === undefined ? [] : [...wildcard.prefixes, ...wildcard.suffixes];
  const needed = terms.filter((t) => !t.optional);
  return { language, ordered, anchoredStart, anchoredEnd, terms, required, needed, letters };
}

function termMatches(term: Term, word: string, stemmed: string): boolean {
  if (term.stems.has(stemmed)) return true;
  for (const p of term.prefixes) if (word.startsWith(p)) return true;
  for (const s of term.suffixes) if (word.endsWith(s)) return true;
  return false;
}

/** Whether the phrase occurs in the text. */
export function phraseMatches(phrase: CompiledPhrase, text: MatchText): boolean {
  const present = text.stemsIn(phrase.language);
  for (const stems of phrase.required) {
    let found = false;
    for (let i = 0; i < stems.length && !found; i++) found = present.includes(stems[i]!);
    if (!found) return false;
  }
  if (phrase.letters.length > 0 && !phrase.letters.some((l) => text.joined.includes(l))) return false;
  const stems = text.stemsIn(phrase.language);
  const wordsOf = text.words;
  const at = (term: Term, i: number) => termMatches(term, wordsOf[i]!, stems[i]!);
  return phrase.ordered ? orderedMatch(phrase, stems.length, at) : unorderedMatch(phrase, stems.length, at);
}

function orderedMatch(phrase: CompiledPhrase, length: number, at: (term: Term, i: number) => boolean): boolean {
  const { terms, anchoredStart, anchoredEnd } = phrase;
  // Depth-first over the terms: term k may be taken at a position within the gap after the
  // previous one, or skipped when optional. Phrases are a few words long, texts a few dozen.
  const from = (k: number, position: number, gapLimit: number): boolean => {
    if (k === terms.length) return !anchoredEnd || length - position <= MAX_GAP;
    const term = terms[k]!;
    const last = Math.min(length - 1, position + gapLimit);
    for (let i = position; i <= last; i++) {
      if (at(term, i) && from(k + 1, i + 1, MAX_GAP)) return true;
    }
    return term.optional && from(k + 1, position, gapLimit);
  };
  if (anchoredStart) return from(0, 0, MAX_GAP);
  for (let start = 0; start < length; start++) if (from(0, start, 0)) return true;
  return false;
}

function unorderedMatch(phrase: CompiledPhrase, length: number, at: (term: Term, i: number) => boolean): boolean {
  const required = phrase.terms.filter((t) => !t.optional);
  // A few more words than in an ordered phrase: "der Kunde steht bei uns immer im Mittelpunkt".
  const window = required.length + MAX_GAP + 1;
  for (let start = 0; start < length; start++) {
    if (!required.some((t) => at(t, start))) continue;
    const end = Math.min(length, start + window);
    if (assign(required, 0, start, end, new Set(), at)) return true;
  }
  return false;
}

// Each term on its own word: "Kunde Kunde" does not match "Kunde König" twice over.
function assign(
  terms: readonly Term[],
  k: number,
  start: number,
  end: number,
  used: Set<number>,
  at: (term: Term, i: number) => boolean,
): boolean {
  if (k === terms.length) return used.has(start);
  for (let i = start; i < end; i++) {
    if (used.has(i) || !at(terms[k]!, i)) continue;
    used.add(i);
    if (assign(terms, k + 1, start, end, used, at)) return true;
    used.delete(i);
  }
  return false;
}

/**
 * Many phrases, searched at once: each phrase is filed under the stems of one of its required
 * words (the longest, which is the rarest in practice), so a text is only tried against the
 * phrases one of whose key stems it contains. Phrases whose required words are all wildcards
 * are tried on every text.
 */
export class PhraseIndex<T> {
  private readonly phrases: Array<[CompiledPhrase, T]> = [];
  private built: { byStem: Record<PhraseLanguage, Map<string, Array<[CompiledPhrase, T]>>>; always: Array<[CompiledPhrase, T]> } | undefined;

  add(phrase: CompiledPhrase, item: T): void {
    this.phrases.push([phrase, item]);
    this.built = undefined;
  }

  /** The items of every phrase that occurs in the text, each once. */
  find(text: MatchText): Set<T> {
    const { byStem, always } = (this.built ??= this.build());
    const found = new Set<T>();
    let tried: Set<CompiledPhrase> | undefined;
    const tryAll = (entries: ReadonlyArray<[CompiledPhrase, T]>) => {
      for (const [phrase, item] of entries) {
        if (found.has(item) || tried?.has(phrase)) continue;
        (tried ??= new Set()).add(phrase);
        if (phraseMatches(phrase, text)) found.add(item);
      }
    };
    tryAll(always);
    for (const language of ['en', 'de'] as const) {
      const map = byStem[language];
      for (const s of text.stemsIn(language)) {
        const entries = map.get(s);
        if (entries !== undefined) tryAll(entries);
      }
    }
    return found;
  }

  // Each phrase is filed under its required word that the fewest phrases share: "service" or
  // "Kunde" stand in dozens of phrases and in most texts, "Mittelpunkt" in one.
  private build() {
    const uses: Record<PhraseLanguage, Map<string, number>> = { en: new Map(), de: new Map() };
    for (const [phrase] of this.phrases) {
      for (const stems of phrase.required) for (const s of stems) uses[phrase.language].set(s, (uses[phrase.language].get(s) ?? 0) + 1);
    }
    const byStem: Record<PhraseLanguage, Map<string, Array<[CompiledPhrase, T]>>> = { en: new Map(), de: new Map() };
    const always: Array<[CompiledPhrase, T]> = [];
    for (const entry of this.phrases) {
      const phrase = entry[0];
      const weight = (stems: readonly string[]) => stems.reduce((sum, s) => sum + uses[phrase.language].get(s)!, 0);
      const key = phrase.required.reduce<readonly string[] | undefined>(
        (best, stems) => (best === undefined || weight(stems) < weight(best) ? stems : best),
        undefined,
      );
      if (key === undefined) {
        always.push(entry);
        continue;
      }
      const map = byStem[phrase.language];
      for (const s of key) {
        const list = map.get(s);
        if (list === undefined) map.set(s, [entry]);
        else list.push(entry);
      }
    }
    return { byStem, always };
  }
}
