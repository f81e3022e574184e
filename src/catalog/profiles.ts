// Kinds of business, and how the catalog's suggestions change for each: the channels a
// customer of such a business uses and their usual hours, the KPIs that fit, the teams that
// exist, and value wording that a four-person shop would not find foreign.
import type { Profile } from '../model/constants.js';
import type { Bilingual, BilingualList } from '../core/bilingual.js';
import type { KpiDef, TeamDef, ValueDef } from './types.js';
import { KPIS, OWN_TREND_SOURCE } from './kpis.js';
import { TEAMS } from './teams.js';
import { VALUES } from './values.js';

export interface ProfileDef {
  id: Profile;
  name: Bilingual;
  /** Channels customers of this business use, with hours such a business usually keeps. */
  channels: Array<{ id: string; hours: Bilingual }>;
  /** KPI ids that fit, best first; the others are left out of the suggestions. */
  kpis: readonly string[];
  /** Teams to propose for the step-7 table. */
  teams: readonly string[];
  /** Team wording that fits this business better. */
  teamWording?: Partial<Record<string, { name?: Bilingual; activities?: Bilingual; metrics?: string[] }>>;
  /** Benchmarks where this business differs from the general one: its text, source (with a
   * year, or the team's own trend) and typical target. The rules hold targets against them. */
  benchmarks?: Partial<Record<string, { target?: number; text: Bilingual; source: string; note?: Bilingual }>>;
  /** Value wording that fits this business better than the general one. */
  values?: Partial<Record<string, { meaning?: Bilingual; action?: Bilingual; tools?: BilingualList }>>;
  /** Speaks of guests or customers, not tickets: the KPIs' ticket formulas (what the scorecard
   * computes from a helpdesk export) are left out of its suggestions. */
  noHelpdesk?: true;
}

const WEEKDAYS = { en: 'Mon–Fri 09:00–17:00', de: 'Mo–Fr 09:00–17:00 Uhr' };
const ROUND_THE_CLOCK = { en: '24/7', de: '24/7' };

export const PROFILES: readonly ProfileDef[] = [
  {
    id: 'ecommerce',
    name: { en: 'E-commerce and retail', de: 'Onlinehandel und Einzelhandel' },
    channels: [
      { id: 'email', hours: { en: 'Mon–Sat 08:00–20:00', de: 'Mo–Sa 08:00–20:00 Uhr' } },
      { id: 'chat', hours: { en: 'Mon–Sat 08:00–20:00', de: 'Mo–Sa 08:00–20:00 Uhr' } },
      { id: 'phone', hours: WEEKDAYS },
      { id: 'social', hours: { en: 'daily 09:00–18:00', de: 'täglich 09:00–18:00 Uhr' } },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'CES', 'FCR', 'FRT', 'ART', 'CONTACT_RATE', 'CRR', 'AOV', 'NPS', 'QA', 'REOPEN', 'DEFLECTION', 'ESAT', 'ETR', 'WOM'],
    teams: ['support', 'marketing', 'design', 'leadership', 'hr'],
    teamWording: {
      support: {
        name: { en: 'Customer service', de: 'Kundenservice' },
        activities: {
          en: 'Live the philosophy in every email, chat and call about orders, deliveries and returns; keep the help pages on shipping and returns up to date.',
          de: 'Die Philosophie in jeder E-Mail, jedem Chat und jedem Anruf zu Bestellungen, Lieferungen und Rücksendungen leben; die Hilfeseiten zu Versand und Rückgabe aktuell halten.',
        },
        metrics: ['CSAT', 'FCR', 'CONTACT_RATE', 'CRR'],
      },
      marketing: {
        activities: {
          en: 'Promise in ads and newsletters only what delivery and service can keep; show real delivery times and return terms.',
          de: 'In Werbung und Newslettern nur versprechen, was Versand und Service halten können; echte Lieferzeiten und Rückgabebedingungen zeigen.',
        },
        metrics: ['WOM', 'CRR'],
      },
      design: {
        name: { en: 'Shop and packaging design', de: 'Shop- und Verpackungsgestaltung' },
        activities: {
          en: 'Make product pages, checkout and packaging answer the questions customers would otherwise have to ask.',
          de: 'Produktseiten, Kasse und Verpackung so gestalten, dass sie die Fragen beantworten, die Kunden sonst stellen müssten.',
        },
        metrics: ['CONTACT_RATE', 'CSAT'],
      },
    },
    benchmarks: {
      CONTACT_RATE: {
        text: {
          en: 'Count contacts per order: every question about a delivery or a return that the shop could have answered beforehand is a contact too many. Follow your own trend.',
          de: 'Zähl Kontakte pro Bestellung: Jede Frage zu Lieferung oder Rücksendung, die der Shop vorher hätte beantworten können, ist ein Kontakt zu viel. Folg dem eigenen Trend.',
        },
        source: 'Price and Jaffe, “The Best Service Is No Service”, 2008',
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'Customers can rely on what the shop says about stock, delivery dates and product details, including when something is late or sold out.',
          de: 'Kunden können sich auf das verlassen, was der Shop zu Bestand, Liefertermin und Produkt sagt, auch wenn etwas später kommt oder ausverkauft ist.',
        },
        action: { en: 'Tell customers about a delay before they have to ask.', de: 'Sag Kunden von einer Verzögerung, bevor sie nachfragen müssen.' },
        tools: {
          en: ['delivery dates shown per product', 'an email as soon as an order is late', 'honest size and fit notes on product pages'],
          de: ['Liefertermin an jedem Produkt', 'eine E-Mail, sobald sich eine Bestellung verspätet', 'ehrliche Hinweise zu Größe und Passform auf den Produktseiten'],
        },
      },
      integrity: {
        tools: {
          en: ['a returns policy without small print', 'reminders for promised call-backs and refunds', 'order notes every colleague can read'],
          de: ['Rückgaberegeln ohne Kleingedrucktes', 'Erinnerungen an zugesagte Rückrufe und Erstattungen', 'Notizen zur Bestellung, die alle im Team lesen können'],
        },
      },
      autonomy: {
        meaning: {
          en: 'Customers can track an order, change an address or start a return on their own, at any hour.',
          de: 'Kunden können eine Bestellung verfolgen, die Adresse ändern oder eine Rücksendung anstoßen, selbst und zu jeder Uhrzeit.',
        },
        action: { en: 'Let customers track, change and return orders themselves.', de: 'Lass Kunden Bestellungen selbst verfolgen, ändern und zurückschicken.' },
        tools: {
          en: ['order tracking in the customer account', 'a returns portal', 'help pages on shipping, payment and returns'],
          de: ['Sendungsverfolgung im Kundenkonto', 'ein Rücksendeportal', 'Hilfeseiten zu Versand, Zahlung und Rückgabe'],
        },
      },
      quality: {
        action: { en: 'Solve the order problem completely in the first reply.', de: 'Lös das Problem mit der Bestellung gleich in der ersten Antwort vollständig.' },
      },
      personalization: {
        action: { en: 'Treat every customer as a person, not an order number.', de: 'Behandle jeden Kunden als Menschen, nicht als Bestellnummer.' },
      },
      speed: {
        meaning: {
          en: 'Customers waiting for a parcel or a refund hear from us quickly and never have to chase us.',
          de: 'Kunden, die auf ein Paket oder eine Erstattung warten, hören schnell von uns und müssen nie nachhaken.',
        },
        tools: {
          en: ['reply-time targets per channel', 'a queue that puts delivery problems first', 'live chat during shop hours'],
          de: ['Antwortzeit-Ziele je Kanal', 'eine Warteschlange, in der Lieferprobleme vorgehen', 'Live-Chat während der Servicezeiten'],
        },
      },
      ownership: {
        tools: {
          en: ['one named colleague per complaint', 'follow-up reminders', 'clear hand-over to the warehouse'],
          de: ['eine namentlich zuständige Person pro Reklamation', 'Erinnerungen zur Nachverfolgung', 'klare Übergabe an das Lager'],
        },
      },
      empathy: {
        tools: {
          en: ['notes on earlier contacts in the customer account', 'a tone-of-voice guide', 'a goodwill budget for spoilt occasions'],
          de: ['Notizen zu früheren Kontakten im Kundenkonto', 'Leitfaden für Tonalität', 'ein Kulanzbudget für verdorbene Anlässe'],
        },
      },
      listening: {
        tools: {
          en: ['surveys after delivery and after a contact', 'product reviews read every week', 'return reasons sorted by product'],
          de: ['Umfragen nach Lieferung und nach einem Kontakt', 'Produktbewertungen, jede Woche gelesen', 'Rücksendegründe nach Produkt sortiert'],
        },
      },
    },
  },
  {
    id: 'saas',
    name: { en: 'Software and SaaS', de: 'Software und SaaS' },
    channels: [
      { id: 'email', hours: WEEKDAYS },
      { id: 'chat', hours: WEEKDAYS },
      { id: 'in-app', hours: WEEKDAYS },
      { id: 'community', hours: ROUND_THE_CLOCK },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: KPIS.map((k) => k.id),
    teams: TEAMS.map((t) => t.id),
    benchmarks: {
      CHURN: {
        text: {
          en: 'For subscription software, follow monthly churn against your own earlier months; a few percent a month is common for small customers, far less for large contracts.',
          de: 'Bei Abo-Software die monatliche Abwanderung mit den eigenen Vormonaten vergleichen; bei kleinen Kunden sind einige Prozent pro Monat üblich, bei großen Verträgen deutlich weniger.',
        },
        source: OWN_TREND_SOURCE,
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'Customers can believe what we tell them about outages, bugs and what is not built yet.',
          de: 'Kunden können glauben, was wir ihnen über Ausfälle, Fehler und noch nicht gebaute Funktionen sagen.',
        },
        action: { en: 'Say what is broken and when it will be fixed, even before anyone asks.', de: 'Sag, was kaputt ist und wann es behoben wird, auch bevor jemand fragt.' },
      },
      autonomy: {
        meaning: {
          en: 'Customers find answers in the product and in the docs and can set things up without waiting for us.',
          de: 'Kunden finden Antworten im Produkt und in der Dokumentation und können Dinge einrichten, ohne auf uns zu warten.',
        },
        action: { en: 'Turn every repeated question into a help article or an in-app hint.', de: 'Mach aus jeder wiederholten Frage einen Hilfeartikel oder einen Hinweis in der App.' },
      },
      listening: {
        action: { en: 'Pass every feature request to product with the customer’s own words.', de: 'Gib jeden Funktionswunsch mit den Worten des Kunden an das Produktteam weiter.' },
      },
    },
  },
  {
    id: 'hospitality',
    name: { en: 'Hospitality and travel', de: 'Gastgewerbe und Reisen' },
    noHelpdesk: true,
    channels: [
      { id: 'phone', hours: ROUND_THE_CLOCK },
      { id: 'email', hours: { en: 'daily 07:00–22:00', de: 'täglich 07:00–22:00 Uhr' } },
      { id: 'chat', hours: { en: 'daily 07:00–22:00', de: 'täglich 07:00–22:00 Uhr' } },
      { id: 'social', hours: { en: 'daily 09:00–18:00', de: 'täglich 09:00–18:00 Uhr' } },
    ],
    kpis: ['CSAT', 'NPS', 'FCR', 'FRT', 'CES', 'CRR', 'QA', 'ESAT', 'ETR', 'WOM', 'BRAND_LOYALTY'],
    teams: ['support', 'marketing', 'hr', 'leadership'],
    teamWording: {
      support: {
        name: { en: 'Front desk and guest service', de: 'Rezeption und Gästeservice' },
        activities: {
          en: 'Live the philosophy at the front desk, on the phone and in every message before, during and after a stay; solve a problem while the guest is still there.',
          de: 'Die Philosophie an der Rezeption, am Telefon und in jeder Nachricht vor, während und nach dem Aufenthalt leben; ein Problem lösen, solange der Gast noch da ist.',
        },
        metrics: ['CSAT', 'NPS', 'FCR', 'CRR'],
      },
      marketing: {
        activities: {
          en: 'Show rooms, prices and extras as guests will find them; promise only what the house can keep.',
          de: 'Zimmer, Preise und Extras so zeigen, wie Gäste sie vorfinden; nur versprechen, was das Haus halten kann.',
        },
        metrics: ['WOM', 'BRAND_LOYALTY'],
      },
    },
    benchmarks: {
      FRT: {
        target: 1,
        text: {
          en: 'Guests are often on their way or already in the house, so a question that waits half a day is often too late; follow your own trend, and read the hours this kind of business keeps as the outer limit.',
          de: 'Gäste sind oft unterwegs oder schon im Haus, eine Frage, die einen halben Tag wartet, kommt dann zu spät; folg dem eigenen Trend und nimm die üblichen Servicezeiten als äußerste Grenze.',
        },
        source: OWN_TREND_SOURCE,
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'Guests get what the booking and the pictures promised, and hear early when something is not as expected.',
          de: 'Gäste bekommen, was Buchung und Bilder versprochen haben, und erfahren früh, wenn etwas anders ist als erwartet.',
        },
        action: { en: 'Tell guests about a change before they arrive.', de: 'Sag Gästen von einer Änderung, bevor sie anreisen.' },
        tools: {
          en: ['current photos of every room', 'a message before arrival about building work or closed areas', 'prices with every fee included'],
          de: ['aktuelle Fotos jedes Zimmers', 'eine Nachricht vor der Anreise zu Baustellen oder geschlossenen Bereichen', 'Preise mit allen Gebühren'],
        },
      },
      respect: {
        meaning: {
          en: 'Every guest is welcomed with the same courtesy, whatever they booked and however tired or upset they arrive.',
          de: 'Jeder Gast wird gleich höflich empfangen, egal was er gebucht hat und wie müde oder verärgert er ankommt.',
        },
        action: { en: 'Welcome every guest as warmly as the first one of the day.', de: 'Empfang jeden Gast so herzlich wie den ersten des Tages.' },
      },
      integrity: {
        tools: {
          en: ['a log book at the front desk for promises made to guests', 'guest requests noted in the booking', 'a check before departure that every promise was kept'],
          de: ['ein Dienstbuch an der Rezeption für Zusagen an Gäste', 'Gästewünsche in der Buchung vermerkt', 'ein Blick vor der Abreise, ob jede Zusage gehalten wurde'],
        },
      },
      autonomy: {
        meaning: {
          en: 'Guests can check in, find their way and get simple answers on their own, without queuing at the desk.',
          de: 'Gäste können selbst einchecken, sich zurechtfinden und einfache Antworten bekommen, ohne an der Rezeption anzustehen.',
        },
        action: { en: 'Give guests what they need to find their way on their own.', de: 'Gib Gästen alles, womit sie sich selbst zurechtfinden.' },
        tools: {
          en: ['online check-in', 'a guest folder or guest page with opening times and directions', 'a message with arrival details the day before'],
          de: ['Online-Check-in', 'eine Gästemappe oder Gästeseite mit Öffnungszeiten und Wegbeschreibung', 'eine Nachricht mit Anreiseinfos am Vortag'],
        },
      },
      quality: {
        meaning: {
          en: 'A problem with the room or the trip is solved properly the first time, so the guest can enjoy the rest of the stay.',
          de: 'Ein Problem mit dem Zimmer oder der Reise wird gleich richtig gelöst, damit der Gast den Rest des Aufenthalts genießen kann.',
        },
        action: { en: 'Fix the problem while the guest is still in the house.', de: 'Behebe das Problem, solange der Gast noch im Haus ist.' },
        tools: {
          en: ['a room checklist before every arrival', 'a shift hand-over note', 'complaints sorted by cause every month'],
          de: ['Zimmer-Checkliste vor jeder Anreise', 'Übergabenotiz zum Schichtwechsel', 'Beschwerden jeden Monat nach Ursache sortiert'],
        },
      },
      listening: {
        meaning: {
          en: 'We find out what a guest really needs before we offer a solution, and we learn from what guests tell us during and after the stay.',
          de: 'Wir finden heraus, was ein Gast wirklich braucht, bevor wir eine Lösung anbieten, und lernen aus dem, was Gäste uns während und nach dem Aufenthalt sagen.',
        },
        tools: {
          en: ['a short survey after departure', 'reviews on booking portals answered every week', 'a word with the guest at check-out'],
          de: ['kurze Umfrage nach der Abreise', 'Bewertungen auf Buchungsportalen, jede Woche beantwortet', 'ein kurzes Gespräch beim Check-out'],
        },
      },
      communicating: {
        meaning: {
          en: 'We explain clearly, in the guest’s language, and let guests know about changes before they have to ask.',
          de: 'Wir erklären klar, in der Sprache des Gastes, und sagen Gästen von Änderungen, bevor sie fragen müssen.',
        },
      },
      personalization: {
        meaning: {
          en: 'Returning guests are recognised, and what they told us last time is remembered.',
          de: 'Stammgäste werden wiedererkannt, und was sie uns beim letzten Mal gesagt haben, ist nicht vergessen.',
        },
        action: { en: 'Greet every guest by name and remember what they asked for.', de: 'Begrüß jeden Gast mit Namen und merk dir, worum er gebeten hat.' },
        tools: {
          en: ['guest profiles with wishes from earlier stays', 'a note on special occasions in the booking', 'a welcome card in the room'],
          de: ['Gästeprofile mit Wünschen aus früheren Aufenthalten', 'ein Vermerk zu besonderen Anlässen in der Buchung', 'eine Willkommenskarte im Zimmer'],
        },
      },
      speed: {
        meaning: {
          en: 'Guests do not wait for a towel, a key or an answer longer than they must: a stay is short.',
          de: 'Gäste warten nicht länger als nötig auf ein Handtuch, einen Schlüssel oder eine Antwort: Ein Aufenthalt ist kurz.',
        },
        action: { en: 'Answer every guest request within the hour.', de: 'Beantworte jede Bitte eines Gastes innerhalb einer Stunde.' },
        tools: {
          en: ['a phone line to the front desk from every room', 'messaging with the house', 'a list of open guest requests per shift'],
          de: ['ein Telefon zur Rezeption in jedem Zimmer', 'Nachrichten an das Haus per Messenger', 'eine Liste offener Gästewünsche pro Schicht'],
        },
      },
      loyalty: {
        meaning: {
          en: 'Guests come back and recommend us because they felt welcome, not because of a discount.',
          de: 'Gäste kommen wieder und empfehlen uns, weil sie sich willkommen gefühlt haben, nicht wegen eines Rabatts.',
        },
        action: { en: 'Make every guest want to come back.', de: 'Sorg dafür, dass jeder Gast wiederkommen möchte.' },
        tools: {
          en: ['guest profiles', 'a thank-you message after the stay', 'a small gesture for returning guests'],
          de: ['Gästeprofile', 'eine Dankesnachricht nach dem Aufenthalt', 'eine kleine Aufmerksamkeit für Stammgäste'],
        },
      },
      empathy: {
        tools: {
          en: ['notes in the guest profile on earlier stays', 'a tone-of-voice guide', 'a small budget for making up a bad evening'],
          de: ['Notizen im Gästeprofil zu früheren Aufenthalten', 'Leitfaden für Tonalität', 'ein kleines Budget, um einen missglückten Abend wiedergutzumachen'],
        },
      },
      ownership: {
        meaning: {
          en: 'Whoever a guest asks takes care of it, whatever the department; nobody is sent from desk to desk.',
          de: 'Wen ein Gast anspricht, kümmert sich darum, egal welche Abteilung; niemand wird von Stelle zu Stelle geschickt.',
        },
        tools: {
          en: ['one name on every guest request', 'a shift hand-over note', 'clear contacts for housekeeping and maintenance'],
          de: ['ein Name an jedem Gästewunsch', 'Übergabenotiz zum Schichtwechsel', 'klare Ansprechpersonen für Housekeeping und Haustechnik'],
        },
      },
    },
  },
  {
    id: 'finance',
    name: { en: 'Financial services', de: 'Finanzdienstleistungen' },
    channels: [
      { id: 'phone', hours: { en: 'Mon–Fri 08:00–20:00', de: 'Mo–Fr 08:00–20:00 Uhr' } },
      { id: 'email', hours: WEEKDAYS },
      { id: 'chat', hours: WEEKDAYS },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'NPS', 'CES', 'FCR', 'FRT', 'ART', 'QA', 'REOPEN', 'CRR', 'CHURN', 'SLA', 'ESAT', 'ETR'],
    teams: ['support', 'sales', 'product', 'marketing', 'hr', 'leadership'],
    teamWording: {
      support: {
        name: { en: 'Customer service', de: 'Kundenservice' },
        activities: {
          en: 'Live the philosophy in every call, chat and letter; explain fees, terms and decisions in plain words.',
          de: 'Die Philosophie in jedem Anruf, Chat und Brief leben; Gebühren, Bedingungen und Entscheidungen in einfachen Worten erklären.',
        },
        metrics: ['CSAT', 'CES', 'FCR', 'CRR'],
      },
      sales: {
        name: { en: 'Advice and sales', de: 'Beratung und Vertrieb' },
        activities: {
          en: 'Advise on accounts, loans and policies by what the customer needs, not by the commission.',
          de: 'Zu Konten, Krediten und Versicherungen danach beraten, was der Kunde braucht, nicht nach der Provision.',
        },
        metrics: ['CRR', 'CHURN'],
      },
      product: {
        name: { en: 'Products and terms', de: 'Produkte und Bedingungen' },
        activities: {
          en: 'Shape accounts, cards and policies around what customers value; write terms that customers can read.',
          de: 'Konten, Karten und Versicherungen an dem ausrichten, was Kunden wichtig ist; Bedingungen schreiben, die Kunden lesen können.',
        },
        metrics: ['CES', 'CSAT'],
      },
      marketing: {
        activities: {
          en: 'Promise only what advisers and service can keep; no small print that service has to explain later.',
          de: 'Nur versprechen, was Beratung und Service halten können; kein Kleingedrucktes, das der Service später erklären muss.',
        },
        metrics: ['NPS', 'CRR'],
      },
    },
    benchmarks: {
      CHURN: {
        text: {
          en: 'Follow your own trend: count closed accounts and cancelled contracts per year, and compare with your earlier years.',
          de: 'Folg dem eigenen Trend: Zähl gekündigte Konten und Verträge pro Jahr und vergleich mit den Vorjahren.',
        },
        source: OWN_TREND_SOURCE,
        note: {
          en: 'Roughly the mirror of retention. Decide whether a customer who closes one product but keeps another counts as lost, and name the period with the target.',
          de: 'Ungefähr das Spiegelbild der Kundenbindung. Leg fest, ob jemand, der ein Produkt kündigt und ein anderes behält, als verloren zählt, und nenn zum Ziel den Zeitraum.',
        },
      },
      SLA: {
        target: 80,
        text: {
          en: 'On the phone the classic service level is 80 % of calls answered within 20 seconds; for letters and emails agree a deadline in working days and follow your own trend.',
          de: 'Am Telefon gilt klassisch: 80 % der Anrufe innerhalb von 20 Sekunden angenommen; für Briefe und E-Mails eine Frist in Werktagen vereinbaren und dem eigenen Trend folgen.',
        },
        source: OWN_TREND_SOURCE,
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'Customers know what a product costs and what it risks before they sign, and hear plainly when a request is declined.',
          de: 'Kunden wissen vor der Unterschrift, was ein Produkt kostet und welches Risiko es hat, und erfahren klar, wenn ein Antrag abgelehnt wird.',
        },
        action: { en: 'Name every fee and every risk before the customer decides.', de: 'Nenn jede Gebühr und jedes Risiko, bevor der Kunde entscheidet.' },
        tools: {
          en: ['a price list in plain words', 'a one-page summary of every product', 'letters that give the reason for a decision'],
          de: ['ein Preisverzeichnis in einfachen Worten', 'eine Seite Zusammenfassung zu jedem Produkt', 'Briefe, die den Grund einer Entscheidung nennen'],
        },
      },
      integrity: {
        meaning: {
          en: 'We handle customers’ money and data as carefully as we promise, also when nobody checks.',
          de: 'Wir gehen mit Geld und Daten der Kunden so sorgfältig um, wie wir es versprechen, auch wenn niemand hinschaut.',
        },
      },
      autonomy: {
        meaning: {
          en: 'Customers can check balances, change details and download documents themselves, at any hour.',
          de: 'Kunden können Kontostände prüfen, Daten ändern und Unterlagen herunterladen, selbst und zu jeder Uhrzeit.',
        },
        action: { en: 'Let customers handle routine matters themselves, safely.', de: 'Lass Kunden Routinesachen selbst und sicher erledigen.' },
        tools: {
          en: ['online banking or a customer portal', 'forms that can be filled in online', 'help pages on the most common requests'],
          de: ['Onlinebanking oder ein Kundenportal', 'Formulare, die sich online ausfüllen lassen', 'Hilfeseiten zu den häufigsten Anliegen'],
        },
      },
      communicating: {
        meaning: {
          en: 'We explain fees, terms and decisions in words customers understand, without jargon.',
          de: 'Wir erklären Gebühren, Bedingungen und Entscheidungen in Worten, die Kunden verstehen, ohne Fachjargon.',
        },
        action: { en: 'Explain every decision in plain words.', de: 'Erklär jede Entscheidung in einfachen Worten.' },
      },
      speed: {
        tools: {
          en: ['service levels per channel', 'routing by urgency, blocked cards first', 'call-back instead of waiting on hold'],
          de: ['Service-Levels je Kanal', 'Weiterleitung nach Dringlichkeit, gesperrte Karten zuerst', 'Rückruf statt Warteschleife'],
        },
      },
      loyalty: {
        meaning: {
          en: 'Customers stay because we look after their interests over the years, not because leaving is hard.',
          de: 'Kunden bleiben, weil wir über Jahre auf ihre Interessen achten, nicht weil der Wechsel schwer ist.',
        },
        action: { en: 'Recommend what serves the customer, even if it earns us less.', de: 'Empfiehl, was dem Kunden dient, auch wenn wir weniger daran verdienen.' },
      },
    },
  },
  {
    id: 'public',
    name: { en: 'Public sector', de: 'Öffentlicher Dienst' },
    channels: [
      { id: 'phone', hours: { en: 'Mon–Fri 08:00–16:00', de: 'Mo–Fr 08:00–16:00 Uhr' } },
      { id: 'email', hours: WEEKDAYS },
      { id: 'self-service', hours: ROUND_THE_CLOCK },
    ],
    kpis: ['CSAT', 'CES', 'FCR', 'FRT', 'ART', 'QA', 'CONTACT_RATE', 'DEFLECTION', 'ESAT', 'ETR'],
    teams: ['support', 'hr', 'leadership'],
    teamWording: {
      support: {
        name: { en: 'Service centre', de: 'Servicecenter' },
        activities: {
          en: 'Live the philosophy on the phone, in letters and at the service desk; explain what happens next and by when.',
          de: 'Die Philosophie am Telefon, in Briefen und am Schalter leben; erklären, was als Nächstes passiert und bis wann.',
        },
        metrics: ['CES', 'FCR', 'CSAT'],
      },
      leadership: {
        activities: {
          en: 'Lead by example and remove rules that make people come back twice.',
          de: 'Mit gutem Beispiel vorangehen und Regeln abschaffen, wegen derer Menschen zweimal kommen müssen.',
        },
        metrics: ['ESAT'],
      },
    },
    benchmarks: {
      CES: {
        text: {
          en: 'People cannot switch to another provider, so effort is the measure that matters most; averages of about 5 or more on the 7-point scale are usually read as low effort.',
          de: 'Die Menschen können nicht zu einem anderen Anbieter wechseln, deshalb zählt der Aufwand am meisten; Durchschnitte ab etwa 5 auf der 7er-Skala gelten meist als geringer Aufwand.',
        },
        source: 'CEB (now Gartner): Dixon, Freeman and Toman, 2010; CES 2.0 in “The Effortless Experience”, 2013',
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'People learn what they are entitled to, what it takes and how long it lasts, also when the answer is no.',
          de: 'Die Menschen erfahren, was ihnen zusteht, was dafür nötig ist und wie lange es dauert, auch wenn die Antwort Nein ist.',
        },
        action: { en: 'Say how long it will take, and say it again when that changes.', de: 'Sag, wie lange es dauert, und sag es erneut, wenn sich das ändert.' },
        tools: {
          en: ['processing times published on the website', 'letters that give reasons in plain words', 'a note when a deadline moves'],
          de: ['Bearbeitungszeiten auf der Website veröffentlicht', 'Schreiben, die Gründe in einfachen Worten nennen', 'eine Nachricht, wenn sich eine Frist verschiebt'],
        },
      },
      respect: {
        meaning: {
          en: 'Everyone is treated with the same courtesy, whatever their language, age or situation.',
          de: 'Alle werden gleich höflich behandelt, egal welche Sprache, welches Alter oder welche Lage.',
        },
        action: { en: 'Treat everyone who turns to us as an equal.', de: 'Behandle alle, die sich an uns wenden, als Gleichgestellte.' },
      },
      integrity: {
        tools: {
          en: ['the four-eyes principle for decisions', 'reminders for promised call-backs', 'a record of every decision and its reason'],
          de: ['Vier-Augen-Prinzip bei Entscheidungen', 'Erinnerungen an zugesagte Rückrufe', 'ein Vermerk zu jeder Entscheidung und ihrem Grund'],
        },
      },
      autonomy: {
        meaning: {
          en: 'People can find forms, book appointments and check where their matter stands without calling us.',
          de: 'Die Menschen finden Formulare, buchen Termine und sehen, wo ihr Anliegen steht, ohne uns anrufen zu müssen.',
        },
        action: { en: 'Make the common requests possible online, in plain language.', de: 'Mach die häufigen Anliegen online möglich, in einfacher Sprache.' },
        tools: {
          en: ['online forms', 'online appointment booking', 'help pages in plain and simple language'],
          de: ['Onlineformulare', 'Terminbuchung im Netz', 'Hilfeseiten in einfacher und leichter Sprache'],
        },
      },
      communicating: {
        meaning: {
          en: 'We write and speak so that everyone understands what to do next, without official jargon.',
          de: 'Wir schreiben und sprechen so, dass alle verstehen, was als Nächstes zu tun ist, ohne Amtsdeutsch.',
        },
        action: { en: 'Write every letter so that it is understood the first time.', de: 'Schreib jedes Schreiben so, dass es beim ersten Lesen verstanden wird.' },
      },
      personalization: {
        action: { en: 'Treat everyone as a person, not a file number.', de: 'Behandle alle als Menschen, nicht als Aktenzeichen.' },
        tools: {
          en: ['one contact person per matter', 'notes on earlier contacts in the file', 'interpreters and easy-language material on request'],
          de: ['eine Ansprechperson pro Anliegen', 'Notizen zu früheren Kontakten in der Akte', 'Dolmetschende und Material in leichter Sprache auf Wunsch'],
        },
      },
      speed: {
        meaning: {
          en: 'Nobody waits longer than necessary, and everyone knows how long it will take.',
          de: 'Niemand wartet länger als nötig, und alle wissen, wie lange es dauert.',
        },
        tools: {
          en: ['reply-time targets per channel', 'a queue that puts urgent cases first', 'call-back instead of waiting on hold'],
          de: ['Antwortzeit-Ziele je Kanal', 'eine Warteschlange, in der dringende Fälle vorgehen', 'Rückruf statt Warteschleife'],
        },
      },
      loyalty: {
        meaning: {
          en: 'People trust us and come back with their next question, because they were helped the last time.',
          de: 'Die Menschen vertrauen uns und kommen mit der nächsten Frage wieder, weil ihnen beim letzten Mal geholfen wurde.',
        },
        action: { en: 'Leave everyone confident to turn to us again.', de: 'Sorg dafür, dass sich alle wieder an uns wenden mögen.' },
        tools: {
          en: ['a short survey after a contact', 'one contact person per matter', 'a note of the last contact in the file'],
          de: ['kurze Umfrage nach einem Kontakt', 'eine Ansprechperson pro Anliegen', 'ein Vermerk zum letzten Kontakt in der Akte'],
        },
      },
      ownership: {
        meaning: {
          en: 'Whoever takes a request sees it through or hands it over in person; nobody is sent from office to office.',
          de: 'Wer ein Anliegen annimmt, bringt es zu Ende oder übergibt es persönlich; niemand wird von Stelle zu Stelle geschickt.',
        },
        tools: {
          en: ['one named contact per matter', 'follow-up reminders', 'a clear list of who is responsible for what'],
          de: ['eine namentlich zuständige Person pro Anliegen', 'Erinnerungen zur Nachverfolgung', 'ein klarer Geschäftsverteilungsplan'],
        },
      },
      empathy: {
        tools: {
          en: ['notes on earlier contacts in the file', 'a tone-of-voice guide for letters', 'a quiet room for difficult conversations'],
          de: ['Notizen zu früheren Kontakten in der Akte', 'Leitfaden für Tonalität in Schreiben', 'ein ruhiger Raum für schwierige Gespräche'],
        },
      },
    },
  },
  {
    id: 'shop',
    name: { en: 'Local shop and trade', de: 'Laden und Handwerk vor Ort' },
    channels: [
      { id: 'in-person', hours: { en: 'Tue–Fri 10:00–18:30, Sat 10:00–14:00', de: 'Di–Fr 10:00–18:30 Uhr, Sa 10:00–14:00 Uhr' } },
      { id: 'phone', hours: { en: 'during opening hours', de: 'während der Öffnungszeiten' } },
      { id: 'email', hours: { en: 'answered on working days', de: 'Antwort an Werktagen' } },
    ],
    kpis: ['CSAT', 'NPS', 'FCR', 'FRT', 'CRR', 'AOV', 'WOM', 'ESAT'],
    teams: ['support', 'leadership'],
    noHelpdesk: true,
    teamWording: {
      support: {
        name: { en: 'Counter and workshop', de: 'Laden und Werkstatt' },
        activities: {
          en: 'Live the philosophy at the counter, on the phone and in every repair; say what a job costs and when it is ready before starting.',
          de: 'Die Philosophie am Tresen, am Telefon und bei jeder Reparatur leben; vor dem Start sagen, was eine Arbeit kostet und wann sie fertig ist.',
        },
        metrics: ['CSAT', 'FCR', 'CRR'],
      },
      leadership: {
        name: { en: 'Owner', de: 'Inhaberin oder Inhaber' },
        activities: {
          en: 'Lead by example at the counter; decide on refunds and exceptions quickly and explain the decision.',
          de: 'Am Tresen mit gutem Beispiel vorangehen; über Erstattungen und Ausnahmen schnell entscheiden und die Entscheidung erklären.',
        },
        metrics: ['ESAT', 'NPS'],
      },
    },
    benchmarks: {
      FCR: {
        target: 80,
        text: {
          en: 'At the counter most questions can be answered on the spot; count the ones that need a second visit or a call back, and follow your own trend.',
          de: 'Am Tresen lässt sich das meiste sofort klären; zähl, was einen zweiten Besuch oder einen Rückruf braucht, und folg dem eigenen Trend.',
        },
        source: OWN_TREND_SOURCE,
      },
      FRT: {
        target: 24,
        text: {
          en: 'Customers at the counter are served at once; an email or a message on the answering machine gets a reply within one working day, as the shop’s hours suggest. Follow your own trend.',
          de: 'Wer im Laden steht, wird sofort bedient; eine E-Mail oder eine Nachricht auf dem Anrufbeantworter bekommt binnen eines Werktags eine Antwort, wie es die Öffnungszeiten nahelegen. Folg dem eigenen Trend.',
        },
        source: OWN_TREND_SOURCE,
      },
    },
    values: {
      honesty: {
        meaning: {
          en: 'Customers know what a repair costs and when it is ready before we start, and hear honestly whether it is still worth it.',
          de: 'Kunden wissen vor dem Start, was eine Reparatur kostet und wann sie fertig ist, und hören ehrlich, ob sie sich noch lohnt.',
        },
        action: { en: 'Name the price and the day before you start a job.', de: 'Nenn Preis und Abholtag, bevor du mit einer Arbeit anfängst.' },
        tools: { en: ['a price list for common repairs on the wall', 'a written quote before larger jobs'], de: ['Preisliste für häufige Reparaturen an der Wand', 'schriftlicher Kostenvoranschlag vor größeren Arbeiten'] } },
      respect: {
        tools: {
          en: ['a greeting for everyone who comes in, also when the counter is busy', 'a second opinion from a colleague before a customer is told no', 'a comment card at the counter'],
          de: ['ein Gruß für alle, die hereinkommen, auch wenn am Tresen viel los ist', 'eine zweite Meinung aus dem Team, bevor jemand ein Nein hört', 'eine Karte für Anmerkungen am Tresen'],
        },
      },
      communicating: {
        tools: {
          en: ['a call or text message when the bike is ready', 'a repair slip that says in plain words what was done', 'the old part shown at pick-up'],
          de: ['ein Anruf oder eine SMS, wenn das Rad fertig ist', 'ein Auftragszettel, der in einfachen Worten sagt, was gemacht wurde', 'das alte Teil bei der Abholung zeigen'],
        },
      },
      integrity: { tools: { en: ['a repair slip with the agreed price and date', 'a call when a job will cost more than agreed'], de: ['Auftragszettel mit vereinbartem Preis und Termin', 'Anruf, wenn eine Arbeit teurer wird als vereinbart'] } },
      autonomy: {
        meaning: {
          en: 'Customers learn the small jobs themselves, such as fixing a flat or oiling a chain, and come to us for the rest.',
          de: 'Kunden lernen die kleinen Handgriffe selbst, etwa einen Platten flicken oder die Kette ölen, und kommen für den Rest zu uns.',
        },
        action: { en: 'Show customers how to do the small jobs themselves.', de: 'Zeig Kunden, wie sie kleine Handgriffe selbst erledigen.' },
        tools: { en: ['short how-to sheets at the counter', 'a free do-it-yourself evening once a month'], de: ['kurze Anleitungen am Tresen', 'ein kostenloser Schrauberabend im Monat'] } },
      quality: {
        meaning: {
          en: 'A repair is done properly the first time, so the customer does not have to bring the bike back.',
          de: 'Eine Reparatur wird gleich richtig gemacht, damit niemand mit dem Rad wiederkommen muss.',
        },
        action: { en: 'Test every repair before you hand it over.', de: 'Prüf jede Reparatur, bevor du sie übergibst.' },
        tools: { en: ['a checklist for every service', 'a test ride before handing over'], de: ['Checkliste für jede Inspektion', 'Probefahrt vor der Übergabe'] } },
      listening: { tools: { en: ['a notebook at the counter for wishes and complaints', 'a short chat at pick-up'], de: ['Notizbuch am Tresen für Wünsche und Beschwerden', 'kurzes Gespräch bei der Abholung'] } },
      personalization: {
        action: { en: 'Treat every customer as a person, not an order number.', de: 'Behandle jeden Kunden als Menschen, nicht als Auftragsnummer.' },
        tools: { en: ['a customer card with the bike’s history', 'names on the repair slips'], de: ['Kundenkarte mit der Geschichte des Rads', 'Namen auf den Auftragszetteln'] },
      },
      speed: {
        meaning: {
          en: 'Small repairs are done the same day, because many customers need the bike to get to work.',
          de: 'Kleine Reparaturen sind am selben Tag fertig, weil viele das Rad für den Weg zur Arbeit brauchen.',
        },
        action: { en: 'Do small repairs while the customer waits, or the same day.', de: 'Erledige kleine Reparaturen, während der Kunde wartet, oder am selben Tag.' },
        tools: { en: ['a board with today’s jobs', 'same-day slots for small repairs'], de: ['Tafel mit den Aufträgen des Tages', 'Termine am selben Tag für kleine Reparaturen'] } },
      loyalty: {
        meaning: {
          en: 'People in the neighbourhood come back and send their friends, because they were treated fairly.',
          de: 'Die Leute aus dem Viertel kommen wieder und schicken ihre Freunde, weil sie fair behandelt wurden.',
        },
        action: { en: 'Treat every customer as a neighbour.', de: 'Behandle jeden Kunden wie jemanden aus der Nachbarschaft.' },
        tools: { en: ['a reminder for the yearly service', 'a customer card'], de: ['Erinnerung an die jährliche Inspektion', 'Kundenkarte'] } },
      empathy: { tools: { en: ['a quiet corner for longer talks', 'a loan bike for urgent cases'], de: ['eine ruhige Ecke für längere Gespräche', 'Leihrad für dringende Fälle'] } },
      ownership: {
        meaning: {
          en: 'Whoever takes in a bike is responsible for it until it is back with its owner.',
          de: 'Wer ein Rad annimmt, ist dafür verantwortlich, bis es wieder bei seinem Besitzer ist.',
        },
        tools: { en: ['one name on every repair slip', 'a call when the job is done'], de: ['ein Name auf jedem Auftragszettel', 'Anruf, wenn die Arbeit fertig ist'] } },
    },
  },
];

export function findProfile(id: string): ProfileDef | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** The values as the profile words them (the general wording without a profile). */
export function valuesFor(profile?: Profile): ValueDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  const kpis = new Set(def?.kpis ?? KPIS.map((k) => k.id));
  return VALUES.map((value) => {
    const own = def?.values?.[value.id];
    return {
      ...value,
      meaning: own?.meaning ?? value.meaning,
      action: own?.action ?? value.action,
      tools: own?.tools ?? value.tools,
      kpis: value.kpis.filter((id) => kpis.has(id)),
      fits: value.fits.filter((id) => kpis.has(id)),
    };
  });
}

/** The KPIs that fit the profile (all of them without one). */
export function kpisFor(profile?: Profile): KpiDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  if (def === undefined) return [...KPIS];
  return def.kpis.map((id) => {
    const kpi = KPIS.find((k) => k.id === id)!;
    const own = def.benchmarks?.[id];
    const fitted = def.noHelpdesk && kpi.ticketFormula ? (({ ticketFormula: _ticketFormula, ...rest }) => rest)(kpi) : kpi;
    if (own === undefined) return fitted;
    const target = own.target ?? kpi.target;
    return { ...fitted, benchmark: { text: own.text, source: own.source }, ...(target === undefined ? {} : { target }), ...(own.note === undefined ? {} : { note: own.note }) };
  });
}

/** The teams to propose for the profile (all seven without one). */
export function teamsFor(profile?: Profile): TeamDef[] {
  const def = profile === undefined ? undefined : findProfile(profile);
  if (def === undefined) return [...TEAMS];
  return def.teams.map((id) => {
    const team = TEAMS.find((t) => t.id === id)!;
    const own = def.teamWording?.[id];
    return { ...team, name: own?.name ?? team.name, activities: own?.activities ?? team.activities, metrics: own?.metrics ?? team.metrics };
  });
}
