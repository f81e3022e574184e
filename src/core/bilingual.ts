// Text in the two languages the tool speaks. Every room imports these; they import nothing.

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in both languages the tool speaks. */
export interface Bilingual {
  en: string;
  de: string;
}

export interface BilingualList {
  en: string[];
  de: string[];
}
