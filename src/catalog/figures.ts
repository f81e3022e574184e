// Figures the source articles cite, each with its source, for the wizard's step introductions
// and `philosophy catalog figures`. Restated in our own words; the step says where it helps.
import type { Step } from '../rules/types.js';
import type { Bilingual } from '../core/bilingual.js';

export interface FigureDef {
  id: string;
  /** The wizard step whose introduction shows it. */
  step: Step;
  text: Bilingual;
  source: Bilingual;
}

export const FIGURES: readonly FigureDef[] = [
  {
    id: 'bain-revenue',
    step: 1,
    text: {
      en: 'Companies that put the customer at the centre grow revenue 4–8 % more than their market.',
      de: 'Unternehmen, die Kunden in den Mittelpunkt stellen, wachsen beim Umsatz 4–8 % stärker als ihr Markt.',
    },
    source: { en: 'Bain & Company', de: 'Bain & Company' },
  },
  {
    id: 'microsoft-loyalty',
    step: 1,
    text: {
      en: '96 % of customers say service matters for their loyalty to a brand.',
      de: '96 % der Kunden sagen, dass Service für ihre Treue zu einer Marke zählt.',
    },
    source: { en: 'Microsoft, State of Global Customer Service, 2017', de: 'Microsoft, State of Global Customer Service, 2017' },
  },
  {
    id: 'purpose-stay',
    step: 3,
    text: {
      en: 'Employees who believe in a higher purpose are 27 % more likely to stay.',
      de: 'Mitarbeitende, die an einen höheren Zweck glauben, bleiben mit 27 % höherer Wahrscheinlichkeit.',
    },
    source: { en: 'cited by the source article', de: 'zitiert im Quellartikel' },
  },
  {
    id: 'profitwell-revenue',
    step: 4,
    text: {
      en: 'Good service brings 50–125 % more revenue per customer.',
      de: 'Guter Service bringt 50–125 % mehr Umsatz pro Kunde.',
    },
    source: { en: 'ProfitWell', de: 'ProfitWell' },
  },
  {
    id: 'mckinsey-purpose',
    step: 3,
    text: {
      en: '81 % of employees say purpose matters to them; 42 % say it drives change in their company.',
      de: '81 % der Beschäftigten ist ein Zweck wichtig; 42 % sagen, er treibt Veränderung in ihrem Unternehmen an.',
    },
    source: { en: 'McKinsey', de: 'McKinsey' },
  },
  {
    id: 'deloitte-growth',
    step: 5,
    text: {
      en: 'Purpose-driven companies grow 69 % faster than others.',
      de: 'Unternehmen mit klarem Zweck wachsen 69 % schneller als andere.',
    },
    source: { en: 'Deloitte', de: 'Deloitte' },
  },
  {
    id: 'gallup-engagement',
    step: 7,
    text: {
      en: 'Only 36 % of US employees are engaged; shared goals make full engagement 51 times likelier.',
      de: 'Nur 36 % der US-Beschäftigten sind engagiert; gemeinsame Ziele machen volles Engagement 51-mal wahrscheinlicher.',
    },
    source: { en: 'Gallup', de: 'Gallup' },
  },
  {
    id: 'frontline-nps',
    step: 2,
    text: {
      en: 'A support team that let its frontline decide, with five guiding principles, raised its NPS from −4 to +70 in two years.',
      de: 'Ein Support-Team, das seine Mitarbeitenden im Kundenkontakt mit fünf Leitsätzen entscheiden ließ, steigerte seinen NPS in zwei Jahren von −4 auf +70.',
    },
    source: { en: 'frontline-empowerment example of the source articles', de: 'Beispiel für gestärkte Mitarbeitende aus den Quellartikeln' },
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
