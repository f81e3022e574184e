// The one way a name becomes part of a file name: "Radwerk Berlin GmbH" → radwerk-berlin-gmbh,
// "Größe" → groesse (German umlauts and ß spelled out, other accents dropped, by
// @sindresorhus/slugify's transliteration). Never empty, never a name Windows reserves for a
// device (a file called con.yaml cannot be checked out there), at most 60 characters.
import slugifyName from '@sindresorhus/slugify';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** `fallback` stands in for a name with no letters or digits, and follows a reserved one. */
export function slugify(name: string, fallback: string): string {
  // "&" would become "and" in any language; it is dropped like other punctuation.
  const slug = slugifyName(name.normalize('NFC'), { decamelize: false, customReplacements: [['&', '']] })
    .slice(0, 60)
    .replace(/-+$/, '');
  if (!slug) return fallback;
  return RESERVED.test(slug) ? `${slug}-${fallback}` : slug;
}
