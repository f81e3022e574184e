// Figures the source articles cite, each with its source, for the wizard's step introductions
// and `philosophy catalog figures`. Restated in our own words; the step says where it helps.
import type { Step } from '../rules/types.js';
import type { Bilingual } from '../core/bilingual.js';

export interface FigureDef {
  id: string;
  /** The wizard step whose introduction shows it. */
  step: Step;
  text: Bilingual;
  /** Who found it and when; where no year is known, it says so and names where the figure was
   * cited instead of guessing one. */
  source: Bilingual;
  /** The year of the study or report, where it is known. */
  year?: number;
}

// Several figures come from one article of January 2022 on service philosophies, which names
// the company behind each figure but not the study or its year: the source says so.
const cited = (who: Bilingual): Bilingual => ({
  en: `${who.en}, cited in 2022; year of the study not given`,
  de: `${who.de}, zitiert 2022; Jahr der Studie nicht genannt`,
});

export const FIGURES: readonly FigureDef[] = [
  {
    id: 'bain-revenue',
    step: 1,
    text: {
      en: 'Companies that excel at customer experience grow revenue 4–8 % faster than their market.',
      de: 'Unternehmen mit herausragendem Kundenerlebnis steigern ihren Umsatz um 4–8 % stärker als ihr Markt.',
    },
    source: {
      en: 'Bain & Company, “The five disciplines of customer experience leaders”; year not given',
      de: 'Bain & Company, „The five disciplines of customer experience leaders“; ohne Jahresangabe',
    },
  },
  {
    id: 'microsoft-loyalty',
    step: 1,
    text: {
      en: '96 % of customers say service matters for their loyalty to a brand.',
      de: '96 % der Kunden sagen, dass Service für ihre Treue zu einer Marke zählt.',
    },
    source: { en: 'Microsoft, State of Global Customer Service report, 2017', de: 'Microsoft, Bericht „State of Global Customer Service“, 2017' },
    year: 2017,
  },
  {
    id: 'purpose-stay',
    step: 3,
    text: {
      en: 'Employees who believe in a higher purpose are 27 % more likely to stay.',
      de: 'Mitarbeitende, die an einen höheren Zweck glauben, bleiben mit 27 % höherer Wahrscheinlichkeit.',
    },
    source: { en: 'cited in 2022 without naming the study or its year', de: '2022 zitiert, ohne Studie und Jahr zu nennen' },
  },
  {
    id: 'profitwell-revenue',
    step: 4,
    text: {
      en: 'Good service brings 50–125 % more revenue per customer.',
      de: 'Guter Service bringt 50–125 % mehr Umsatz pro Kunde.',
    },
    source: cited({ en: 'ProfitWell (now part of Paddle)', de: 'ProfitWell (heute Teil von Paddle)' }),
  },
  {
    id: 'mckinsey-purpose',
    step: 3,
    text: {
      en: '81 % of employees say purpose matters to them; 42 % say it drives change in their company.',
      de: '81 % der Beschäftigten ist ein Zweck wichtig; 42 % sagen, er treibt Veränderung in ihrem Unternehmen an.',
    },
    source: {
      en: 'McKinsey purpose survey of US employees, October 2019 (its chart shows 82 %)',
      de: 'McKinsey-Umfrage unter US-Beschäftigten zum Unternehmenszweck, Oktober 2019 (im Diagramm 82 %)',
    },
    year: 2019,
  },
  {
    id: 'deloitte-growth',
    step: 5,
    text: {
      en: 'Purpose-driven companies grow 69 % faster than others.',
      de: 'Unternehmen mit klarem Zweck wachsen 69 % schneller als andere.',
    },
    source: cited({ en: 'Deloitte', de: 'Deloitte' }),
  },
  {
    id: 'gallup-engagement',
    step: 7,
    text: {
      en: 'Only 36 % of US employees are engaged; shared goals make full engagement 51 times likelier.',
      de: 'Nur 36 % der US-Beschäftigten sind engagiert; gemeinsame Ziele machen volles Engagement 51-mal wahrscheinlicher.',
    },
    source: {
      en: 'Gallup, 2020 for the 36 %; no year given for the 51×',
      de: 'Gallup, 2020 für die 36 %; für das 51-Fache kein Jahr genannt',
    },
    year: 2020,
  },
  {
    id: 'frontline-nps',
    step: 2,
    text: {
      en: 'A support team that let its frontline decide, with five guiding principles, raised its NPS from −4 to +70 in two years.',
      de: 'Ein Support-Team, das seine Mitarbeitenden im Kundenkontakt mit fünf Leitsätzen entscheiden ließ, steigerte seinen NPS in zwei Jahren von −4 auf +70.',
    },
    source: {
      en: 'support team at Lifesize, reported in June 2016',
      de: 'Support-Team von Lifesize, berichtet im Juni 2016',
    },
    year: 2016,
  },
];

/** The figures a step's introduction shows. */
export function figuresFor(step: Step): FigureDef[] {
  return FIGURES.filter((f) => f.step === step);
}

/** All figures in the order of the steps. */
export function figuresByStep(): FigureDef[] {
  return [...FIGURES].sort((a, b) => a.step - b.step);
}
