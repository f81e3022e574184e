// Warnings the documents print next to a choice, in the reader's language.
import type { Bilingual } from '../core/bilingual.js';

/** Printed wherever incentives are tied to philosophy metrics. */
export const INCENTIVE_CAVEAT: Bilingual = {
  en: 'A word of caution: bonuses tied to metrics such as CSAT or NPS can make people chase the number instead of the customer, for instance by closing hard cases early or asking for good ratings. Check every quarter whether the incentive still rewards the behaviour the values describe.',
  de: 'Ein Wort der Vorsicht: Boni, die an Kennzahlen wie CSAT oder NPS hängen, können dazu verleiten, der Zahl statt den Kunden nachzujagen, etwa schwierige Fälle zu früh zu schließen oder um gute Bewertungen zu bitten. Prüft jedes Quartal, ob der Anreiz noch das Verhalten belohnt, das eure Werte beschreiben.',
};
