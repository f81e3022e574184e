import type { Bilingual } from '../core/bilingual.js';
import type { KpiDef } from './types.js';

/** The benchmark where no dated study gives a dependable figure: the team's own history. */
export const OWN_TREND: Bilingual = {
  en: 'Follow your own trend: no dated study gives a figure that fits every team; compare this period with your own earlier ones.',
  de: 'Maßstab ist der eigene Trend: Keine datierte Studie liefert einen Wert, der für jedes Team passt; vergleich diesen Zeitraum mit früheren.',
};
export const OWN_TREND_SOURCE = 'own trend';

// Benchmarks are deliberately loose ranges with a named source: published figures vary by
// industry, year and method, and a precise number would suggest a certainty nobody has.
export const KPIS: readonly KpiDef[] = [
  {
    id: 'CSAT',
    name: { en: 'Customer satisfaction score', de: 'Kundenzufriedenheit (CSAT)' },
    definition: {
      en: 'The share of surveyed customers who say they were satisfied with an interaction.',
      de: 'Der Anteil befragter Kunden, die mit einem Kontakt zufrieden waren.',
    },
    formula: {
      en: 'satisfied answers (4 or 5 on a 1–5 scale) ÷ all answers × 100',
      de: 'zufriedene Antworten (4 oder 5 auf einer Skala von 1–5) ÷ alle Antworten × 100',
    },
    ticketFormula: {
      en: 'rated tickets with a good rating (Zendesk\'s Good; 4 or 5 on a 1–5 scale) ÷ rated tickets × 100',
      de: 'bewertete Tickets mit guter Bewertung (in Zendesk Good; 4 oder 5 auf einer Skala von 1–5) ÷ bewertete Tickets × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 80,
    benchmark: {
      text: {
        en: 'Varies by industry and survey method, so no general figure is given; follow your own trend and state how you count “satisfied”.',
        de: 'Schwankt je nach Branche und Befragungsmethode, daher gibt es keinen allgemeinen Wert; folg dem eigenen Trend und leg fest, was als „zufrieden“ zählt.',
      },
      source: OWN_TREND_SOURCE,
    },
    note: {
      en: 'ACSI is a 0–100 index of its own, not a share of satisfied answers, so its figures are no benchmark for CSAT. Published CSAT figures vary by industry and survey method. Some tools report the average rating (e.g. 4.3 of 5) instead of the share of satisfied customers; state which one a target means. Read a poor rating together with its comment before judging the agent.',
      de: 'Der ACSI ist ein eigener Index von 0–100, kein Anteil zufriedener Antworten; seine Werte taugen daher nicht als CSAT-Richtwert. Veröffentlichte CSAT-Werte schwanken je nach Branche und Befragungsmethode. Manche Tools zeigen die Durchschnittsnote (z. B. 4,3 von 5) statt des Anteils zufriedener Kunden; leg fest, welche Zahl ein Ziel meint. Lies eine schlechte Bewertung zusammen mit dem Kommentar, bevor du die Person beurteilst.',
    },
    measures: ['satisfaction', 'quality'],
  },
  {
    id: 'NPS',
    name: { en: 'Net Promoter Score', de: 'Net Promoter Score (NPS)' },
    definition: {
      en: 'How willing customers are to recommend the company, asked on a 0–10 scale.',
      de: 'Wie bereit Kunden sind, das Unternehmen weiterzuempfehlen, gefragt auf einer Skala von 0–10.',
    },
    formula: {
      en: '% promoters (9–10) − % detractors (0–6)',
      de: '% Promotoren (9–10) − % Kritiker (0–6)',
    },
    unit: 'points',
    scale: { en: '-100..100 points', de: '-100..100 Punkte' },
    min: -100,
    max: 100,
    direction: 'higher',
    target: 30,
    benchmark: {
      text: {
        en: 'Anything above 0 means more promoters than detractors; above 50 is generally called excellent. Averages differ a lot between industries.',
        de: 'Alles über 0 heißt: mehr Promotoren als Kritiker; über 50 gilt allgemein als hervorragend. Die Durchschnitte unterscheiden sich stark nach Branche.',
      },
      source: 'Reichheld with Bain & Company and Satmetrix, 2003',
    },
    note: {
      en: 'NPS is not a percentage: it runs from −100 to 100. Write targets in points (e.g. 40), not as 40 %.',
      de: 'Der NPS ist kein Prozentwert: Er reicht von −100 bis 100. Gib Ziele in Punkten an (z. B. 40), nicht als 40 %.',
    },
    measures: ['loyalty', 'satisfaction', 'brand'],
  },
  {
    id: 'CES',
    name: { en: 'Customer effort score', de: 'Customer Effort Score (Kundenaufwand)' },
    definition: {
      en: 'How easy customers found it to get their issue handled.',
      de: 'Wie leicht es Kunden gefallen ist, ihr Anliegen erledigt zu bekommen.',
    },
    formula: {
      en: 'average agreement with "The company made it easy for me to handle my issue", from 1 (strongly disagree) to 7 (strongly agree)',
      de: 'durchschnittliche Zustimmung zu „Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu erledigen“, von 1 (stimme gar nicht zu) bis 7 (stimme voll zu)',
    },
    unit: 'points',
    scale: { en: '1..7 (7 = very easy)', de: '1..7 (7 = sehr leicht)' },
    min: 1,
    max: 7,
    direction: 'higher',
    target: 5,
    benchmark: {
      text: {
        en: 'Low effort predicts loyalty better than delight does; averages of about 5 or more on the 7-point scale are usually read as low effort.',
        de: 'Geringer Aufwand sagt Loyalität besser voraus als Begeisterung; Durchschnitte ab etwa 5 auf der 7er-Skala gelten meist als geringer Aufwand.',
      },
      source: 'CEB (now Gartner): Dixon, Freeman and Toman, 2010; CES 2.0 in “The Effortless Experience”, 2013',
    },
    note: {
      en: 'Two scales share the name. This catalog uses CES 2.0: agreement from 1 to 7, higher = easier. The original CES asked how much effort the customer had to put in (1–5), where lower is better. Check which one your survey tool uses and never mix their results.',
      de: 'Zwei Skalen tragen denselben Namen. Dieser Katalog nutzt CES 2.0: Zustimmung von 1 bis 7, höher = leichter. Der ursprüngliche CES fragte, wie viel Aufwand der Kunde hatte (1–5), dort ist niedriger besser. Prüf, welche Variante dein Umfrage-Tool nutzt, und misch die Ergebnisse nie.',
    },
    measures: ['effort'],
  },
  {
    id: 'FCR',
    name: { en: 'First contact resolution', de: 'Erstlösungsquote (FCR)' },
    definition: {
      en: 'The share of issues solved in the first contact, with no follow-up needed.',
      de: 'Der Anteil der Anliegen, die beim ersten Kontakt ohne weitere Rückfrage gelöst werden.',
    },
    formula: {
      en: 'issues resolved in the first contact ÷ all issues × 100',
      de: 'beim ersten Kontakt gelöste Anliegen ÷ alle Anliegen × 100',
    },
    ticketFormula: {
      en: 'solved or closed tickets with exactly one agent reply and no reopen ÷ solved or closed tickets with at least one reply × 100 (the one-touch proxy)',
      de: 'gelöste oder geschlossene Tickets mit genau einer Antwort des Teams und ohne Wiedereröffnung ÷ gelöste oder geschlossene Tickets mit mindestens einer Antwort × 100 (Näherung über eine einzige Antwort)',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 70,
    benchmark: {
      text: {
        en: 'Around 70–75 % is typical for contact centres; 80 % or more counts as world class.',
        de: 'Etwa 70–75 % sind in Contact-Centern üblich; ab 80 % gilt ein Wert als Weltklasse.',
      },
      source: 'SQM Group, call-centre FCR benchmarking, 2021',
    },
    note: {
      en: 'Define "resolved" before measuring, e.g. no repeat contact on the same issue within 7 days. Agents\' own "solved" clicks tend to overstate it.',
      de: 'Leg vor dem Messen fest, was „gelöst“ heißt, z. B. kein erneuter Kontakt zum selben Anliegen innerhalb von 7 Tagen. Selbst gesetzte „gelöst“-Markierungen überschätzen den Wert meist.',
    },
    measures: ['resolution', 'quality', 'effort'],
  },
  {
    id: 'FRT',
    name: { en: 'First response time', de: 'Erstreaktionszeit (FRT)' },
    definition: {
      en: 'The time from a customer\'s first message until the first reply from a person.',
      de: 'Die Zeit von der ersten Nachricht eines Kunden bis zur ersten Antwort eines Menschen.',
    },
    formula: {
      en: 'sum of (time of first reply − time of request) ÷ number of requests; the median is often more telling',
      de: 'Summe aus (Zeitpunkt der ersten Antwort − Zeitpunkt der Anfrage) ÷ Anzahl der Anfragen; der Median ist oft aussagekräftiger',
    },
    ticketFormula: {
      en: 'median time from a ticket\'s creation to the first agent reply, over the tickets that have a reply',
      de: 'Median der Zeit von der Erstellung eines Tickets bis zur ersten Antwort des Teams, über die Tickets mit einer Antwort',
    },
    unit: 'h',
    scale: { en: '0 and up, in hours or minutes depending on the channel', de: 'ab 0, je nach Kanal in Stunden oder Minuten' },
    min: 0,
    direction: 'lower',
    target: 4,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Expectations depend on the channel: email within a few hours up to a day, chat within a minute or two, social media within about an hour. (HubSpot and Zendesk benchmark reports; no single dated study) FRT is not the time to resolve (that is ART). An automatic acknowledgement is not a response, and a fast first reply says nothing about whether the problem was solved.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Die Erwartungen hängen vom Kanal ab: E-Mail binnen weniger Stunden bis zu einem Tag, Chat binnen ein, zwei Minuten, soziale Medien binnen etwa einer Stunde. (Benchmark-Berichte von HubSpot und Zendesk; keine einzelne datierte Studie) FRT ist nicht die Zeit bis zur Lösung (das ist ART). Eine automatische Eingangsbestätigung zählt nicht als Antwort, und eine schnelle erste Antwort sagt nichts darüber, ob das Problem gelöst wurde.',
    },
    measures: ['speed'],
  },
  {
    id: 'AHT',
    name: { en: 'Average handle time', de: 'Durchschnittliche Bearbeitungszeit (AHT)' },
    definition: {
      en: 'The average time an agent spends on one contact, including hold time and follow-up work.',
      de: 'Die durchschnittliche Zeit, die eine Person im Support für einen Kontakt braucht, einschließlich Haltezeit und Nacharbeit.',
    },
    formula: {
      en: '(talk or chat time + hold time + after-contact work) ÷ contacts handled',
      de: '(Gesprächs- oder Chatzeit + Haltezeit + Nachbearbeitung) ÷ bearbeitete Kontakte',
    },
    ticketFormula: {
      en: 'average time agents worked on a ticket, over the tickets with a recorded handle time',
      de: 'durchschnittliche Zeit, die das Team an einem Ticket gearbeitet hat, über die Tickets mit erfasster Bearbeitungszeit',
    },
    unit: 'min',
    scale: { en: '0 and up, in minutes', de: 'ab 0, in Minuten' },
    min: 0,
    direction: 'lower',
    target: 6,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: A few minutes per phone call (often quoted around 6) is common, but it varies widely with industry and the complexity of requests. (contact-centre industry surveys, e.g. Call Centre Helper’s; no single dated study) AHT rewards speed, not resolution: pushing it down cuts conversations short and drives repeat contacts. Pair it with FCR or CSAT.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Einige Minuten pro Anruf (oft werden etwa 6 genannt) sind üblich, der Wert schwankt aber stark mit Branche und Komplexität der Anfragen. (Branchenumfragen im Contact-Center, etwa von Call Centre Helper; keine einzelne datierte Studie) AHT belohnt Tempo, nicht Lösung: Wer sie drückt, kürzt Gespräche ab und erzeugt Folgekontakte. Kombinier sie mit FCR oder CSAT.',
    },
    measures: ['speed'],
  },
  {
    id: 'ART',
    name: { en: 'Average resolution time', de: 'Durchschnittliche Lösungszeit (ART)' },
    definition: {
      en: 'The average time from opening a request until it is resolved.',
      de: 'Die durchschnittliche Zeit vom Eingang einer Anfrage bis zu ihrer Lösung.',
    },
    formula: {
      en: 'sum of (time resolved − time opened) ÷ resolved requests',
      de: 'Summe aus (Zeitpunkt der Lösung − Zeitpunkt des Eingangs) ÷ gelöste Anfragen',
    },
    ticketFormula: {
      en: 'median time from a ticket\'s creation to its full resolution, over solved or closed tickets',
      de: 'Median der Zeit von der Erstellung eines Tickets bis zu seiner vollständigen Lösung, über gelöste oder geschlossene Tickets',
    },
    unit: 'h',
    scale: { en: '0 and up, in hours', de: 'ab 0, in Stunden' },
    min: 0,
    direction: 'lower',
    target: 24,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Often somewhere between a few hours and a couple of days for email tickets, much less for chat; it depends on how complex the requests are. (Zendesk and HubSpot benchmark reports; no single dated study) Count either business hours or calendar hours, consistently. A reopened ticket is not resolved until it is closed for good.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Bei E-Mail-Tickets oft zwischen einigen Stunden und ein paar Tagen, im Chat deutlich weniger; es hängt davon ab, wie komplex die Anfragen sind. (Benchmark-Berichte von Zendesk und HubSpot; keine einzelne datierte Studie) Zähl entweder Geschäftszeiten oder Kalenderstunden, aber immer gleich. Ein wieder geöffnetes Ticket ist erst gelöst, wenn es endgültig geschlossen ist.',
    },
    measures: ['speed', 'resolution'],
  },
  {
    id: 'CRR',
    name: { en: 'Customer retention rate', de: 'Kundenbindungsrate (CRR)' },
    definition: {
      en: 'The share of customers at the start of a period who are still customers at its end.',
      de: 'Der Anteil der Kunden zu Beginn eines Zeitraums, die an seinem Ende noch Kunden sind.',
    },
    formula: {
      en: '(customers at end − new customers in the period) ÷ customers at start × 100',
      de: '(Kunden am Ende − Neukunden im Zeitraum) ÷ Kunden am Anfang × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 80,
    benchmark: {
      text: {
        en: 'Varies strongly by industry, often somewhere between 60 and 90 % a year. The widely cited finding: a few points more retention can lift profit considerably.',
        de: 'Schwankt stark nach Branche, oft irgendwo zwischen 60 und 90 % pro Jahr. Vielzitiert: Schon wenige Prozentpunkte mehr Kundenbindung können den Gewinn deutlich steigern.',
      },
      source: 'Reichheld and Sasser, “Zero Defections”, Harvard Business Review, 1990',
    },
    note: {
      en: 'Name the period (monthly, yearly) with the target: the rates are not comparable across periods.',
      de: 'Nenn zum Ziel immer den Zeitraum (monatlich, jährlich): Die Raten sind zwischen Zeiträumen nicht vergleichbar.',
    },
    measures: ['retention', 'loyalty'],
  },
  {
    id: 'CHURN',
    name: { en: 'Churn rate', de: 'Abwanderungsrate (Churn)' },
    definition: {
      en: 'The share of customers who stop buying or cancel during a period.',
      de: 'Der Anteil der Kunden, die in einem Zeitraum abspringen oder kündigen.',
    },
    formula: {
      en: 'customers lost in the period ÷ customers at start × 100',
      de: 'im Zeitraum verlorene Kunden ÷ Kunden am Anfang × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'lower',
    target: 3,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: For subscription businesses a few percent a month is common; software sold to large companies usually churns far less. (subscription benchmarks, e.g. Recurly or ProfitWell; no single dated study) Roughly the mirror of retention. Monthly and yearly churn differ a lot, so name the period with the target.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Bei Abo-Geschäften sind einige Prozent pro Monat üblich; Software für große Unternehmen hat meist deutlich weniger Abwanderung. (Abo-Benchmarks, etwa von Recurly oder ProfitWell; keine einzelne datierte Studie) Ungefähr das Spiegelbild der Kundenbindung. Monatliche und jährliche Abwanderung unterscheiden sich stark, nenn also den Zeitraum zum Ziel.',
    },
    measures: ['retention', 'loyalty'],
  },
  {
    id: 'AOV',
    name: { en: 'Average order value', de: 'Durchschnittlicher Bestellwert (AOV)' },
    definition: {
      en: 'The average amount a customer spends per order.',
      de: 'Der durchschnittliche Betrag, den ein Kunde pro Bestellung ausgibt.',
    },
    formula: {
      en: 'revenue ÷ number of orders',
      de: 'Umsatz ÷ Anzahl der Bestellungen',
    },
    unit: 'currency',
    scale: { en: '0 and up, in the shop\'s currency', de: 'ab 0, in der Währung des Shops' },
    min: 0,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Depends entirely on the shop and its product range; compare with your own history rather than with other shops. (e-commerce benchmark reports, e.g. Shopify’s; no single dated study) A revenue figure and only an indirect sign of loyalty: use it next to retention, and fix the currency.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Hängt ganz vom Shop und seinem Sortiment ab; vergleich mit deinen eigenen Vorperioden statt mit anderen Shops. (E-Commerce-Benchmarks, etwa von Shopify; keine einzelne datierte Studie) Eine Umsatzzahl und nur ein indirektes Zeichen für Loyalität: Nutz sie neben der Kundenbindung und leg die Währung fest.',
    },
    measures: ['revenue', 'loyalty'],
  },
  {
    id: 'QA',
    name: { en: 'Quality assurance score', de: 'QA-Bewertung' },
    definition: {
      en: 'How well reviewed conversations meet the team\'s own quality standard, scored against a scorecard.',
      de: 'Wie gut geprüfte Gespräche den eigenen Qualitätsstandard des Teams erfüllen, bewertet anhand einer Scorecard.',
    },
    formula: {
      en: 'points scored ÷ points possible on the scorecard × 100, averaged over reviewed conversations',
      de: 'erreichte Punkte ÷ mögliche Punkte der Scorecard × 100, gemittelt über die geprüften Gespräche',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 85,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Many teams aim for roughly 85–90 % or more; scores are only comparable under the same scorecard. (reports of support QA vendors, e.g. Zendesk QA or MaestroQA; no single dated study) Only as good as its scorecard: write your values into the criteria, or QA ends up measuring something else.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Viele Teams peilen etwa 85–90 % oder mehr an; vergleichbar sind Werte nur bei derselben Scorecard. (Berichte von QA-Anbietern, etwa Zendesk QA oder MaestroQA; keine einzelne datierte Studie) Nur so gut wie die Scorecard: Schreib eure Werte in die Kriterien, sonst misst QA am Ende etwas anderes.',
    },
    measures: ['quality'],
  },
  {
    id: 'REOPEN',
    name: { en: 'Reopen rate', de: 'Wiedereröffnungsrate' },
    definition: {
      en: 'The share of resolved tickets that are opened again because the issue was not really solved.',
      de: 'Der Anteil gelöster Tickets, die wieder geöffnet werden, weil das Anliegen doch nicht gelöst war.',
    },
    formula: {
      en: 'reopened tickets ÷ resolved tickets × 100',
      de: 'wieder geöffnete Tickets ÷ gelöste Tickets × 100',
    },
    ticketFormula: {
      en: 'solved tickets reopened at least once ÷ solved tickets × 100',
      de: 'gelöste Tickets, die mindestens einmal wieder geöffnet wurden ÷ gelöste Tickets × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'lower',
    target: 5,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Single-digit rates are common; many teams aim for under 5 %. (help-desk vendor benchmarks, e.g. Zendesk’s; no single dated study) A rising rate often shows tickets being closed too early to make speed figures look good.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Einstellige Werte sind üblich; viele Teams peilen unter 5 % an. (Benchmarks von Helpdesk-Anbietern, etwa Zendesk; keine einzelne datierte Studie) Eine steigende Rate zeigt oft, dass Tickets zu früh geschlossen werden, damit die Tempo-Kennzahlen gut aussehen.',
    },
    measures: ['resolution', 'quality'],
  },
  {
    id: 'BACKLOG',
    name: { en: 'Backlog', de: 'Rückstand (Backlog)' },
    definition: {
      en: 'The number of open requests waiting to be worked on at a fixed point in time.',
      de: 'Die Zahl offener Anfragen, die zu einem festen Zeitpunkt auf Bearbeitung warten.',
    },
    formula: {
      en: 'count of unresolved tickets at a fixed time, e.g. every Monday at 09:00',
      de: 'Anzahl ungelöster Tickets zu einem festen Zeitpunkt, z. B. jeden Montag um 09:00',
    },
    unit: 'count',
    scale: { en: '0 and up, in tickets', de: 'ab 0, in Tickets' },
    min: 0,
    direction: 'lower',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: There is no universal figure; compare it with daily incoming volume. A backlog larger than about one day\'s intake is a common warning sign. (common help-desk practice; no single study) A count, not a rate: it grows with the team\'s size and volume, so set targets relative to intake.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Eine allgemeingültige Zahl gibt es nicht; vergleich ihn mit dem täglichen Eingang. Mehr als etwa ein Tag Eingang im Rückstand ist ein übliches Warnsignal. (gängige Praxis im Kundenservice; keine einzelne Studie) Eine Anzahl, keine Quote: Sie wächst mit Teamgröße und Volumen, also setz Ziele im Verhältnis zum Eingang.',
    },
    measures: ['volume', 'speed'],
  },
  {
    id: 'SLA',
    name: { en: 'SLA attainment', de: 'SLA-Erfüllung' },
    definition: {
      en: 'The share of requests handled within the promised service level, such as a first-response or resolution time.',
      de: 'Der Anteil der Anfragen, die innerhalb des zugesagten Service-Levels bearbeitet werden, etwa einer Erstreaktions- oder Lösungszeit.',
    },
    formula: {
      en: 'requests within target ÷ all requests with that target × 100',
      de: 'Anfragen innerhalb des Ziels ÷ alle Anfragen mit diesem Ziel × 100',
    },
    ticketFormula: {
      en: 'replied tickets whose first reply came within the first-response promise of their channel ÷ replied tickets of channels with a promise × 100',
      de: 'beantwortete Tickets, deren erste Antwort innerhalb der zugesagten Antwortzeit ihres Kanals kam ÷ beantwortete Tickets aus Kanälen mit einer Zusage × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 90,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Many teams aim for 90–95 %; the classic phone service level is 80 % of calls answered within 20 seconds. (contact-centre convention, the “80/20” service level; no single study) Only as meaningful as the promise behind it: hitting an easy SLA says little. Keep the promises in the channels honest.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Viele Teams peilen 90–95 % an; das klassische Service-Level am Telefon sind 80 % der Anrufe innerhalb von 20 Sekunden angenommen. (Konvention im Contact-Center, das „80/20“-Service-Level; keine einzelne Studie) Nur so aussagekräftig wie das Versprechen dahinter: Ein leichtes SLA zu erfüllen sagt wenig. Halt die Versprechen in den Kanälen ehrlich.',
    },
    measures: ['speed'],
  },
  {
    id: 'CONTACT_RATE',
    name: { en: 'Contact rate', de: 'Kontaktrate' },
    definition: {
      en: 'How often customers need to contact support, relative to the number of customers or orders.',
      de: 'Wie oft Kunden sich an den Support wenden müssen, bezogen auf die Zahl der Kunden oder Bestellungen.',
    },
    formula: {
      en: 'support contacts ÷ active customers (or orders) in the period × 100',
      de: 'Support-Kontakte ÷ aktive Kunden (oder Bestellungen) im Zeitraum × 100',
    },
    unit: '%',
    scale: { en: '0 % and up; can exceed 100 %', de: 'ab 0 %; kann über 100 % liegen' },
    min: 0,
    direction: 'lower',
    benchmark: {
      text: {
        en: 'Depends on the product; follow your own trend. Contacts per order became a classic measure through the idea that the best service is the one nobody needs.',
        de: 'Hängt vom Produkt ab; verfolg den eigenen Verlauf. Kontakte pro Bestellung wurden zur klassischen Kennzahl durch die Idee, dass der beste Service der ist, den niemand braucht.',
      },
      source: 'Price and Jaffe, “The Best Service Is No Service”, 2008',
    },
    note: {
      en: 'A falling rate is only good news if customers are not simply giving up. Contacts caused by not getting it right the first time count here too.',
      de: 'Eine sinkende Rate ist nur dann gut, wenn Kunden nicht einfach aufgeben. Kontakte, die entstehen, weil etwas beim ersten Mal nicht geklappt hat, zählen hier mit.',
    },
    measures: ['volume', 'effort'],
  },
  {
    id: 'DEFLECTION',
    name: { en: 'Self-service score (deflection)', de: 'Self-Service-Quote (Deflection)' },
    definition: {
      en: 'The share of help-seeking that ends in self-service instead of a ticket.',
      de: 'Anteil der Anfragen, die im Self-Service gelöst werden.',
    },
    formula: {
      en: 'issues solved in self-service ÷ (issues solved in self-service + assisted contacts) × 100',
      de: 'im Self-Service gelöste Anliegen ÷ (im Self-Service gelöste Anliegen + betreute Kontakte) × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    target: 10,
    benchmark: {
      text: {
        en: 'Full resolution in self-service is still the exception: in a 2019 survey only 9 % of customers had solved their issue there end to end.',
        de: 'Eine vollständige Lösung im Self-Service ist noch die Ausnahme: In einer Umfrage von 2019 hatten nur 9 % der Kunden ihr Anliegen dort vollständig gelöst.',
      },
      source: 'Gartner customer service survey, 2019',
    },
    note: {
      en: 'Two ways of counting exist: a ratio (help-centre visitors per ticket submitter, the "self-service score") and this percentage. A customer who gives up and calls instead was not deflected.',
      de: 'Es gibt zwei Zählweisen: ein Verhältnis (Hilfe-Center-Besucher pro Ticket-Ersteller, der „Self-Service-Score“) und diesen Prozentwert. Wer aufgibt und dann anruft, wurde nicht abgefangen.',
    },
    measures: ['self-service', 'effort'],
  },
  {
    id: 'ETR',
    name: { en: 'Employee turnover rate', de: 'Fluktuationsrate der Mitarbeitenden' },
    definition: {
      en: 'The share of employees who leave during a period.',
      de: 'Der Anteil der Mitarbeitenden, die in einem Zeitraum das Unternehmen verlassen.',
    },
    formula: {
      en: 'leavers in the period ÷ average headcount × 100',
      de: 'Abgänge im Zeitraum ÷ durchschnittliche Zahl der Beschäftigten × 100',
    },
    unit: '%',
    scale: { en: '0 % and up, per year', de: 'ab 0 %, pro Jahr' },
    min: 0,
    direction: 'lower',
    target: 30,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Contact centres are known for high turnover; yearly rates of 30–45 % are often quoted. (contact-centre industry surveys; no single dated study) Decide whether internal moves and planned departures count; leaving for a promotion elsewhere in the company is not a loss.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Contact-Center sind für hohe Fluktuation bekannt; oft werden jährliche Raten von 30–45 % genannt. (Branchenumfragen im Contact-Center; keine einzelne datierte Studie) Leg fest, ob interne Wechsel und geplante Abgänge zählen; wer innerhalb des Unternehmens befördert wird, ist kein Verlust.',
    },
    measures: ['employees', 'retention'],
  },
  {
    id: 'ENPS',
    name: { en: 'Employee Net Promoter Score', de: 'Employee Net Promoter Score (eNPS)' },
    definition: {
      en: 'How willing employees are to recommend the company as a place to work, asked on a 0–10 scale.',
      de: 'Wie bereit Mitarbeitende sind, das Unternehmen als Arbeitgeber zu empfehlen, gefragt auf einer Skala von 0–10.',
    },
    formula: {
      en: '% promoters (9–10) − % detractors (0–6)',
      de: '% Promotoren (9–10) − % Kritiker (0–6)',
    },
    unit: 'points',
    scale: { en: '-100..100 points', de: '-100..100 Punkte' },
    min: -100,
    max: 100,
    direction: 'higher',
    target: 10,
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Usually lower than a customer NPS; above 0 is acceptable and above about 30 is considered strong. (HR survey vendors, e.g. Culture Amp or Qualtrics; no single dated study) Like NPS, not a percentage: it runs from −100 to 100. Small teams swing a lot, so look at the trend.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Meist niedriger als der NPS bei Kunden; über 0 gilt als ordentlich, ab etwa 30 als stark. (Anbieter von Mitarbeiterbefragungen, etwa Culture Amp oder Qualtrics; keine einzelne datierte Studie) Wie der NPS kein Prozentwert: Er reicht von −100 bis 100. In kleinen Teams schwankt er stark, schau also auf den Verlauf.',
    },
    measures: ['employees'],
  },
  {
    id: 'ESAT',
    name: { en: 'Employee satisfaction', de: 'Mitarbeiterzufriedenheit (ESAT)' },
    definition: {
      en: 'The share of employees who say in a regular survey that they are satisfied with their work.',
      de: 'Der Anteil der Mitarbeitenden, die in einer regelmäßigen Umfrage angeben, mit ihrer Arbeit zufrieden zu sein.',
    },
    formula: {
      en: 'satisfied answers (4 or 5 on a 1–5 scale) ÷ all answers × 100',
      de: 'zufriedene Antworten (4 oder 5 auf einer Skala von 1–5) ÷ alle Antworten × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    benchmark: {
      text: {
        en: 'Only about a third of US employees are actively engaged at work (36 % in Gallup’s 2020 survey); satisfaction usually scores higher than engagement, so follow your own trend.',
        de: 'Nur etwa ein Drittel der US-Beschäftigten ist aktiv engagiert (36 % in Gallups Umfrage von 2020); Zufriedenheit fällt meist höher aus als Engagement, verfolg also den eigenen Verlauf.',
      },
      source: 'Gallup, US employee engagement, 2020',
    },
    note: {
      en: 'Satisfied is not the same as engaged; keep the survey anonymous or the answers flatter reality.',
      de: 'Zufrieden ist nicht dasselbe wie engagiert; halt die Umfrage anonym, sonst fallen die Antworten geschönt aus.',
    },
    measures: ['employees', 'satisfaction'],
  },
  {
    id: 'SQL',
    name: { en: 'Sales-qualified leads', de: 'Vertriebsqualifizierte Leads (SQL)' },
    definition: {
      en: 'The number of prospects that sales has accepted as ready for a sales conversation.',
      de: 'Die Zahl der Interessenten, die der Vertrieb als reif für ein Verkaufsgespräch angenommen hat.',
    },
    formula: {
      en: 'count of leads accepted by sales as qualified in the period',
      de: 'Anzahl der im Zeitraum vom Vertrieb als qualifiziert angenommenen Leads',
    },
    unit: 'count',
    scale: { en: '0 and up, per period', de: 'ab 0, pro Zeitraum' },
    min: 0,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: No general figure; the step from marketing-qualified to sales-qualified lead is often reported somewhere around 10–30 %. (B2B marketing benchmark reports, e.g. HubSpot’s; no single dated study) Counting more leads is easy; count only the ones that fit what customers need, or the number rewards pushing.',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Keine allgemeine Zahl; der Schritt vom marketing- zum vertriebsqualifizierten Lead wird oft mit etwa 10–30 % angegeben. (B2B-Marketing-Benchmarks, etwa von HubSpot; keine einzelne datierte Studie) Mehr Leads zu zählen ist leicht; zähl nur die, die zu den Bedürfnissen der Kunden passen, sonst belohnt die Zahl Drängeln.',
    },
    measures: ['sales'],
  },
  {
    id: 'MQL',
    name: { en: 'Marketing-qualified leads', de: 'Marketingqualifizierte Leads (MQL)' },
    definition: {
      en: 'The number of prospects whose interest marketing judges strong enough to pass on to sales.',
      de: 'Die Zahl der Interessenten, deren Interesse das Marketing als stark genug einschätzt, um sie an den Vertrieb zu übergeben.',
    },
    formula: {
      en: 'count of leads that meet the agreed qualification criteria in the period',
      de: 'Anzahl der Leads, die im Zeitraum die vereinbarten Qualifizierungskriterien erfüllen',
    },
    unit: 'count',
    scale: { en: '0 and up, per period', de: 'ab 0, pro Zeitraum' },
    min: 0,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Depends on the funnel; compare with your own history and with how many turn into sales-qualified leads. (B2B marketing benchmark reports, e.g. HubSpot’s; no single dated study)',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Hängt vom Funnel ab; vergleich mit deinen Vorperioden und damit, wie viele zu vertriebsqualifizierten Leads werden. (B2B-Marketing-Benchmarks, etwa von HubSpot; keine einzelne datierte Studie)',
    },
    measures: ['sales', 'brand'],
  },
  {
    id: 'BRAND_LOYALTY',
    name: { en: 'Brand loyalty', de: 'Markenloyalität' },
    definition: {
      en: 'How strongly customers prefer the brand and come back to it instead of choosing an alternative.',
      de: 'Wie stark Kunden die Marke bevorzugen und zu ihr zurückkehren, statt eine Alternative zu wählen.',
    },
    formula: {
      en: 'customers who buy again (or say they would choose the brand again) ÷ all customers surveyed or tracked × 100',
      de: 'Kunden, die erneut kaufen (oder angeben, die Marke wieder zu wählen) ÷ alle befragten oder erfassten Kunden × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'An attitude figure, not a benchmark: in Microsoft’s 2017 State of Global Customer Service report 96 % of respondents said service matters for their loyalty to a brand. Measure loyalty itself by repeat purchases or a survey.',
      de: 'Eine Einstellungs-Statistik, kein Richtwert: Im Microsoft-Bericht „State of Global Customer Service“ von 2017 sagten 96 % der Befragten, dass Service für ihre Treue zu einer Marke zählt. Miss die Loyalität selbst über Wiederkäufe oder eine Umfrage.',
    },
    measures: ['brand', 'loyalty'],
  },
  {
    id: 'WOM',
    name: { en: 'Word of mouth', de: 'Mundpropaganda' },
    definition: {
      en: 'How many new customers come because someone recommended you.',
      de: 'Wie viele Neukunden auf eine Empfehlung hin kommen.',
    },
    formula: {
      en: 'new customers who name a recommendation or referral as their source ÷ all new customers × 100',
      de: 'Neukunden, die eine Empfehlung als Quelle nennen ÷ alle Neukunden × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'An attitude figure, not a benchmark: in Nielsen’s Global Trust in Advertising survey of 2015, 83 % said they trust recommendations from people they know. Needs a "How did you hear about us?" question at sign-up or checkout; without it the number is a guess.',
      de: 'Eine Einstellungs-Statistik, kein Richtwert: In Nielsens Umfrage „Global Trust in Advertising“ von 2015 gaben 83 % an, Empfehlungen von Bekannten zu vertrauen. Braucht bei Anmeldung oder Kauf die Frage „Wie hast du von uns erfahren?“; ohne sie ist die Zahl geraten.',
    },
    measures: ['brand', 'loyalty'],
  },
  {
    id: 'USAGE',
    name: { en: 'Product and feature usage', de: 'Produkt- und Funktionsnutzung' },
    definition: {
      en: 'The share of active customers who use the product, or a given feature, in a period.',
      de: 'Der Anteil aktiver Kunden, die das Produkt oder eine bestimmte Funktion in einem Zeitraum nutzen.',
    },
    formula: {
      en: 'customers using the feature in the period ÷ all active customers × 100',
      de: 'Kunden, die die Funktion im Zeitraum nutzen ÷ alle aktiven Kunden × 100',
    },
    unit: '%',
    scale: { en: '0..100 %', de: '0..100 %' },
    min: 0,
    max: 100,
    direction: 'higher',
    benchmark: { text: OWN_TREND, source: OWN_TREND_SOURCE },
    note: {
      en: 'Published figures, for orientation only: Product analytics vendors report that a large share of features is rarely or never used; measure against your own baseline per feature. (product analytics reports, e.g. Pendo’s; no single dated study)',
      de: 'Veröffentlichte Werte, nur zur Orientierung: Anbieter von Produktanalysen berichten, dass ein großer Teil der Funktionen selten oder nie genutzt wird; miss pro Funktion gegen deinen eigenen Ausgangswert. (Berichte von Produktanalyse-Anbietern, etwa Pendo; keine einzelne datierte Studie)',
    },
    measures: ['usage'],
  },
];

// The benchmark sources as a German reader reads them; names and titles stay as published.
const SOURCES_DE: Record<string, string> = {
  [OWN_TREND_SOURCE]: 'eigener Trend',
  'Reichheld with Bain & Company and Satmetrix, 2003': 'Reichheld mit Bain & Company und Satmetrix, 2003',
  'CEB (now Gartner): Dixon, Freeman and Toman, 2010; CES 2.0 in “The Effortless Experience”, 2013': 'CEB (heute Gartner): Dixon, Freeman und Toman, 2010; CES 2.0 in „The Effortless Experience“, 2013',
  'SQM Group, call-centre FCR benchmarking, 2021': 'SQM Group, FCR-Benchmarking für Callcenter, 2021',
  'Reichheld and Sasser, “Zero Defections”, Harvard Business Review, 1990': 'Reichheld und Sasser, „Zero Defections“, Harvard Business Review, 1990',
  'Price and Jaffe, “The Best Service Is No Service”, 2008': 'Price und Jaffe, „The Best Service Is No Service“, 2008',
  'Gartner customer service survey, 2019': 'Gartner-Umfrage zum Kundenservice, 2019',
  'Gallup, US employee engagement, 2020': 'Gallup, Engagement der US-Beschäftigten, 2020',
};

/** A benchmark's source in the reader's language. */
export function sourceIn(source: string, language: 'en' | 'de'): string {
  return language === 'de' ? (SOURCES_DE[source] ?? source) : source;
}

const UNIT_NAMES: Record<string, { en: string; de: string }> = {
  points: { en: 'points', de: 'Punkte' },
  days: { en: 'days', de: 'Tage' },
  count: { en: 'count', de: 'Anzahl' },
  currency: { en: 'currency', de: 'Währung' },
};

/** A KPI's unit as a reader writes it ('%', 'h' and 'min' are the same in both languages). */
export function unitIn(unit: string, language: 'en' | 'de'): string {
  return UNIT_NAMES[unit]?.[language] ?? unit;
}
