import type { ValueDef } from './types.js';

// `fits` is what the metric-fit rule trusts, so it lists only KPIs that move when the value is
// lived well; a KPI that could be gamed against the value (AHT for quality) stays out.
// Synonyms are unique across values so that matching a user's word is never ambiguous.
export const VALUES: readonly ValueDef[] = [
  {
    id: 'honesty',
    name: { en: 'Honesty', de: 'Ehrlichkeit' },
    synonyms: {
      en: ['truthfulness', 'transparency', 'openness', 'candour', 'candor', 'sincerity'],
      de: ['wahrhaftigkeit', 'transparenz', 'offenheit', 'aufrichtigkeit'],
    },
    meaning: {
      en: 'Customers can believe what we tell them, including bad news and what we do not know yet.',
      de: 'Kunden können glauben, was wir ihnen sagen, auch schlechte Nachrichten und das, was wir noch nicht wissen.',
    },
    action: {
      en: 'Tell customers the truth, even when it is not what they hoped to hear.',
      de: 'Sag Kunden die Wahrheit, auch wenn sie sich etwas anderes erhofft haben.',
    },
    kpis: ['QA', 'CSAT'],
    fits: ['QA', 'CSAT', 'NPS', 'REOPEN'],
    questions: {
      en: [
        'Tell us about a time you had to give a customer news they did not want to hear. How did you put it?',
        'Describe a situation where you did not know the answer. What did you tell the customer?',
        'Tell us about a mistake you made at work. How did it come to light, and what did you do?',
      ],
      de: [
        'Erzähl von einer Situation, in der du einem Kunden eine Nachricht überbringen musstest, die er nicht hören wollte. Welche Worte hast du gewählt?',
        'Beschreib eine Situation, in der du die Antwort nicht wusstest. Was hast du dem Kunden gesagt?',
        'Welcher Fehler ist dir bei der Arbeit schon passiert? Wie kam er ans Licht, und wie bist du damit umgegangen?',
      ],
    },
    tools: {
      en: ['public status page', 'public changelog or roadmap', 'known-issues articles in the knowledge base'],
      de: ['öffentliche Statusseite', 'öffentliches Changelog oder öffentliche Roadmap', 'Artikel zu bekannten Problemen in der Wissensdatenbank'],
    },
  },
  {
    id: 'respect',
    name: { en: 'Respect', de: 'Respekt' },
    synonyms: {
      en: ['courtesy', 'politeness', 'dignity', 'appreciation', 'decency'],
      de: ['höflichkeit', 'wertschätzung', 'achtung', 'würde', 'anstand'],
    },
    meaning: {
      en: 'Every customer and colleague is treated with courtesy, even when they are upset or wrong.',
      de: 'Kunden wie Kollegen werden höflich behandelt, auch wenn sie aufgebracht sind oder im Unrecht.',
    },
    action: {
      en: 'Treat every customer and colleague as an equal.',
      de: 'Behandle alle, Kunden wie Kollegen, als Gleichgestellte.',
    },
    kpis: ['CSAT', 'QA'],
    fits: ['CSAT', 'QA', 'NPS', 'ESAT', 'ENPS'],
    questions: {
      en: [
        'Tell us about a conversation with a rude or angry customer. How did you stay respectful?',
        'Describe a time you disagreed with a colleague. How did you handle it?',
        'Tell us about a time you noticed someone being treated unfairly. What did you do?',
      ],
      de: [
        'Denk an ein Gespräch mit einem unhöflichen oder wütenden Kunden. Wie bist du respektvoll geblieben?',
        'Beschreib eine Situation, in der du anderer Meinung warst als jemand aus deinem Team. Wie bist du damit umgegangen?',
        'Erzähl von einer Situation, in der jemand in deinem Umfeld unfair behandelt wurde. Wie hast du reagiert?',
      ],
    },
    tools: {
      en: ['tone-of-voice guide', 'QA scorecard with a courtesy criterion', 'CSAT survey with a comment field'],
      de: ['Leitfaden für Tonalität', 'QA-Scorecard mit einem Kriterium für Höflichkeit', 'CSAT-Umfrage mit Kommentarfeld'],
    },
  },
  {
    id: 'integrity',
    name: { en: 'Integrity', de: 'Integrität' },
    synonyms: {
      en: ['trustworthiness', 'reliability', 'dependability', 'credibility', 'doing the right thing', 'do the right thing'],
      de: ['zuverlässigkeit', 'verlässlichkeit', 'glaubwürdigkeit', 'vertrauenswürdigkeit', 'das richtige tun'],
    },
    meaning: {
      en: 'We keep our word and do the right thing for customers and colleagues, also when nobody checks.',
      de: 'Wir halten Wort und tun das Richtige für Kunden und Kollegen, auch wenn niemand hinschaut.',
    },
    action: {
      en: 'Say what you mean. Mean what you say.',
      de: 'Sag, was du meinst, und steh zu dem, was du sagst.',
    },
    kpis: ['NPS', 'QA'],
    fits: ['NPS', 'QA', 'CSAT', 'SLA'],
    questions: {
      en: [
        'Tell us about a promise to a customer that turned out hard to keep. What did you do?',
        'Describe a time when doing the right thing for a customer cost you or your team something.',
        'Tell us about a situation where a rule and the customer\'s interest pulled in different directions. How did you decide?',
      ],
      de: [
        'Erzähl von einer Zusage an einen Kunden, die sich als schwer einzuhalten herausstellte. Wie bist du vorgegangen?',
        'Beschreib eine Situation, in der es dich oder dein Team etwas gekostet hat, für einen Kunden das Richtige zu tun.',
        'Erzähl von einer Situation, in der eine Regel und das Interesse des Kunden auseinanderliefen. Wie hast du entschieden?',
      ],
    },
    tools: {
      en: ['QA scorecard', 'CRM with follow-up reminders for promises made', 'SLA tracking in the help desk'],
      de: ['QA-Scorecard', 'CRM mit Erinnerungen an gegebene Zusagen', 'SLA-Überwachung im Helpdesk'],
    },
  },
  {
    id: 'autonomy',
    name: { en: 'Autonomy', de: 'Autonomie' },
    synonyms: {
      en: ['customer autonomy', 'self-service', 'self-help', 'independence', 'self-reliance'],
      de: ['kundenautonomie', 'selbsthilfe', 'selbstständigkeit', 'selbstbestimmung', 'unabhängigkeit'],
    },
    meaning: {
      en: 'Customers can solve common problems on their own, at their own pace, without having to wait for us.',
      de: 'Kunden können häufige Probleme selbst lösen, in ihrem eigenen Tempo, ohne auf uns warten zu müssen.',
    },
    action: {
      en: 'Give customers the tools to help themselves.',
      de: 'Befähige Kunden, sich selbst zu helfen.',
    },
    kpis: ['CES'],
    fits: ['CES', 'DEFLECTION', 'CONTACT_RATE', 'USAGE'],
    questions: {
      en: [
        'Tell us about a time you turned an answer you kept giving into something customers could find on their own.',
        'Describe a help article, guide or video you created or improved. How did you know it worked?',
        'Tell us about a customer who preferred to do things alone. How did you support them without taking over?',
      ],
      de: [
        'Welche Antwort hast du immer wieder gegeben, bis du daraus etwas gemacht hast, das Kunden selbst finden? Wie bist du vorgegangen?',
        'Beschreib einen Hilfeartikel, eine Anleitung oder ein Video, das du erstellt oder verbessert hast. Woran hast du gemerkt, dass es funktioniert?',
        'Erzähl von einem Kunden, der lieber alles selbst erledigen wollte. Wie hast du ihn unterstützt, ohne ihm die Sache abzunehmen?',
      ],
    },
    tools: {
      en: ['knowledge base', 'chatbot', 'community forum', 'in-app guides'],
      de: ['Wissensdatenbank', 'Chatbot', 'Community-Forum', 'Anleitungen in der App'],
    },
  },
  {
    id: 'quality',
    name: { en: 'Quality', de: 'Qualität' },
    synonyms: {
      en: ['excellence', 'craftsmanship', 'thoroughness', 'accuracy', 'first time right', 'right first time', 'get it right the first time'],
      de: ['exzellenz', 'sorgfalt', 'gründlichkeit', 'genauigkeit', 'handwerkliches können', 'beim ersten mal richtig'],
    },
    meaning: {
      en: 'We solve the whole problem correctly, so the customer does not have to come back.',
      de: 'Wir lösen das ganze Problem richtig, damit der Kunde nicht wiederkommen muss.',
    },
    action: {
      en: 'Get it right the first time.',
      de: 'Lös das Anliegen gleich beim ersten Kontakt vollständig.',
    },
    kpis: ['FCR', 'CSAT'],
    fits: ['FCR', 'CSAT', 'QA', 'REOPEN', 'CONTACT_RATE'],
    questions: {
      en: [
        'Tell us about a time you found the real cause behind a problem a customer reported.',
        'Describe a situation where you were under time pressure but did not want to cut corners. What did you do?',
        'Tell us about work you are proud of. What made it good?',
      ],
      de: [
        'Erzähl von einer Situation, in der du hinter einem gemeldeten Problem die eigentliche Ursache gefunden hast.',
        'Beschreib eine Situation, in der du unter Zeitdruck standest, aber nicht schludern wolltest. Was hast du getan?',
        'Auf welche Arbeit bist du stolz? Was hat sie gut gemacht?',
      ],
    },
    tools: {
      en: ['QA scorecard', 'internal knowledge base', 'ticket tags for root-cause analysis'],
      de: ['QA-Scorecard', 'interne Wissensdatenbank', 'Ticket-Tags für die Ursachenanalyse'],
    },
  },
  {
    id: 'listening',
    name: { en: 'Listening', de: 'Zuhören' },
    synonyms: {
      en: ['active listening', 'attentiveness', 'attention', 'voice of the customer', 'humility'],
      de: ['hören', 'aktives zuhören', 'aufmerksamkeit', 'stimme des kunden', 'demut', 'bescheidenheit'],
    },
    meaning: {
      en: 'We find out what the customer really needs before we answer, and we learn from what customers tell us.',
      de: 'Wir finden heraus, was der Kunde wirklich braucht, bevor wir antworten, und lernen aus dem, was Kunden uns sagen.',
    },
    action: {
      en: 'Listen until you understand, then answer.',
      de: 'Hör zu, bis du verstanden hast, und antworte erst dann.',
    },
    kpis: ['CSAT', 'FCR'],
    fits: ['CSAT', 'FCR', 'QA', 'NPS', 'CES'],
    questions: {
      en: [
        'Tell us about a time a customer asked for one thing but actually needed another. How did you find out?',
        'Describe feedback from a customer that changed how you or your team worked.',
        'Tell us about a conversation where you had to hold back your own solution to hear someone out.',
      ],
      de: [
        'Erzähl von einer Situation, in der ein Kunde um etwas gebeten hat, aber eigentlich etwas anderes brauchte. Wie bist du darauf gekommen?',
        'Welche Rückmeldung eines Kunden hat verändert, wie du oder dein Team arbeitet?',
        'Erzähl von einem Gespräch, in dem du deine eigene Lösung zurückhalten musstest, um jemanden ausreden zu lassen.',
      ],
    },
    tools: {
      en: ['CSAT and NPS surveys with open comments', 'conversation analytics', 'feedback board for product requests'],
      de: ['CSAT- und NPS-Umfragen mit offenen Kommentaren', 'Gesprächsanalyse', 'Feedback-Board für Produktwünsche'],
    },
  },
  {
    id: 'communicating',
    name: { en: 'Communicating', de: 'Kommunikation' },
    synonyms: {
      en: ['communication', 'clarity', 'clear communication', 'plain language', 'keeping customers informed'],
      de: ['kommunikation', 'klarheit', 'klare kommunikation', 'verständlichkeit', 'einfache sprache'],
    },
    meaning: {
      en: 'We explain things clearly, in the customer\'s language, and keep them informed without being asked.',
      de: 'Wir erklären klar, in der Sprache des Kunden, und halten ihn auf dem Laufenden, ohne dass er nachfragen muss.',
    },
    action: {
      en: 'Explain it so clearly that nobody has to ask twice.',
      de: 'Erklär es so klar, dass niemand zweimal fragen muss.',
    },
    kpis: ['CSAT', 'CES'],
    fits: ['CSAT', 'CES', 'QA', 'REOPEN', 'CONTACT_RATE'],
    questions: {
      en: [
        'Tell us about a time you had to explain something technical to someone without that background.',
        'Describe a misunderstanding with a customer or colleague. What caused it, and what did you change afterwards?',
        'Tell us about a time you told a customer about a problem before they noticed it.',
      ],
      de: [
        'Erzähl von einer Situation, in der du jemandem ohne Vorkenntnisse etwas Technisches erklären musstest.',
        'Beschreib ein Missverständnis mit einem Kunden oder im Team. Woran lag es, und was hast du danach anders gemacht?',
        'Erzähl von einer Situation, in der du einen Kunden über ein Problem informiert hast, bevor er es selbst bemerkt hat.',
      ],
    },
    tools: {
      en: ['saved replies written in plain language', 'tone-of-voice guide', 'proactive status notifications'],
      de: ['Textbausteine in einfacher Sprache', 'Leitfaden für Tonalität', 'proaktive Statusbenachrichtigungen'],
    },
  },
  {
    id: 'personalization',
    name: { en: 'Personalization', de: 'Personalisierung' },
    synonyms: {
      en: ['personalisation', 'personal service', 'personal touch', 'personal support', 'individuality'],
      de: ['persönlicher service', 'persönliche note', 'persönliche betreuung', 'individualität', 'individuelle betreuung'],
    },
    meaning: {
      en: 'Customers are treated as individuals: we know their history and adapt to their situation.',
      de: 'Kunden werden als Einzelne behandelt: Wir kennen ihre Geschichte und stellen uns auf ihre Lage ein.',
    },
    action: {
      en: 'Treat every customer as a person, not a ticket number.',
      de: 'Behandle jeden Kunden als Menschen, nicht als Ticketnummer.',
    },
    kpis: ['CSAT', 'NPS'],
    fits: ['CSAT', 'NPS', 'CRR', 'QA', 'BRAND_LOYALTY'],
    questions: {
      en: [
        'Tell us about a time you adapted your approach because of something you knew about a customer.',
        'Describe a moment when a standard answer would have been wrong. What did you do instead?',
        'Tell us about a customer you still remember. What made that contact personal?',
      ],
      de: [
        'Erzähl von einer Situation, in der du dein Vorgehen angepasst hast, weil du etwas über einen Kunden wusstest.',
        'Beschreib einen Moment, in dem eine Standardantwort falsch gewesen wäre. Was hast du stattdessen getan?',
        'An welchen Kunden erinnerst du dich heute noch? Was hat diesen Kontakt persönlich gemacht?',
      ],
    },
    tools: {
      en: ['omnichannel contact centre', 'CRM with the customer\'s history', 'cloud call centre', 'customer journey maps'],
      de: ['Omnichannel-Contact-Center', 'CRM mit der Kundenhistorie', 'Cloud-Callcenter', 'Customer-Journey-Maps'],
    },
  },
  {
    id: 'speed',
    name: { en: 'Speed', de: 'Geschwindigkeit' },
    synonyms: {
      en: ['urgency', 'responsiveness', 'promptness', 'quickness', 'swiftness'],
      de: ['schnelligkeit', 'dringlichkeit', 'reaktionsschnelligkeit', 'zügigkeit', 'tempo'],
    },
    meaning: {
      en: 'Customers do not wait longer than they must: we reply quickly and keep things moving.',
      de: 'Kunden warten nicht länger als nötig: Wir antworten schnell und halten die Dinge in Bewegung.',
    },
    action: {
      en: 'Treat every request with urgency.',
      de: 'Behandle jedes Anliegen, als wäre es dringend.',
    },
    kpis: ['FRT', 'AHT'],
    fits: ['FRT', 'AHT', 'ART', 'SLA', 'BACKLOG'],
    questions: {
      en: [
        'Tell us about a time many requests arrived at once. How did you decide what came first?',
        'Describe a situation where you sped up a process that was slowing customers down.',
        'Tell us about a time being fast and being thorough pulled against each other. What did you choose, and why?',
      ],
      de: [
        'Erzähl von einer Situation, in der viele Anfragen gleichzeitig kamen. Wie hast du entschieden, was zuerst drankommt?',
        'Beschreib eine Situation, in der du einen Ablauf beschleunigt hast, der Kunden ausgebremst hat.',
        'Erzähl von einer Situation, in der Schnelligkeit und Gründlichkeit gegeneinander standen. Wofür hast du dich entschieden, und warum?',
      ],
    },
    tools: {
      en: ['help desk with SLA timers', 'routing and queue prioritisation', 'live chat and messaging'],
      de: ['Helpdesk mit SLA-Timern', 'Routing und Priorisierung der Warteschlangen', 'Live-Chat und Messaging'],
    },
  },
  {
    id: 'loyalty',
    name: { en: 'Loyalty', de: 'Loyalität' },
    synonyms: {
      en: ['customer loyalty', 'retention', 'customer retention', 'long-term relationships', 'belonging'],
      de: ['treue', 'kundentreue', 'kundenbindung', 'langfristige beziehungen', 'zugehörigkeit'],
    },
    meaning: {
      en: 'We build relationships that last, so customers stay and come back because they want to.',
      de: 'Wir bauen Beziehungen auf, die halten, damit Kunden bleiben und wiederkommen, weil sie es wollen.',
    },
    action: {
      en: 'Make customers feel like family.',
      de: 'Sorg dafür, dass sich Kunden bei uns zu Hause fühlen.',
    },
    kpis: ['CRR', 'AOV'],
    fits: ['CRR', 'AOV', 'CHURN', 'NPS', 'BRAND_LOYALTY', 'WOM'],
    questions: {
      en: [
        'Tell us about a customer relationship you kept over a long time. What did you do to keep it?',
        'Describe a time you won back a customer who was about to leave.',
        'Tell us about a time you did something for a customer that no rule required.',
      ],
      de: [
        'Erzähl von einer Kundenbeziehung, die du über lange Zeit gepflegt hast. Was hast du dafür getan?',
        'Beschreib eine Situation, in der du einen Kunden zurückgewonnen hast, der kurz davor war zu gehen.',
        'Erzähl von einer Situation, in der du für einen Kunden etwas getan hast, das keine Regel verlangt hat.',
      ],
    },
    tools: {
      en: ['CRM with the full customer history', 'customer health scores', 'loyalty programme'],
      de: ['CRM mit der vollständigen Kundenhistorie', 'Customer-Health-Scores', 'Treueprogramm'],
    },
  },
  {
    id: 'empathy',
    name: { en: 'Empathy', de: 'Empathie' },
    synonyms: {
      en: ['compassion', 'understanding', 'care', 'caring', 'warmth', 'kindness'],
      de: ['mitgefühl', 'einfühlungsvermögen', 'verständnis', 'fürsorge', 'wärme', 'freundlichkeit'],
    },
    meaning: {
      en: 'We notice how the customer feels and respond to the person, not only to the problem.',
      de: 'Wir nehmen wahr, wie es dem Kunden geht, und reagieren auf den Menschen, nicht nur auf das Problem.',
    },
    action: {
      en: 'Put yourself in the customer\'s shoes before you solve the problem.',
      de: 'Versetz dich in die Lage des Kunden, bevor du das Problem löst.',
    },
    kpis: ['CSAT', 'QA'],
    fits: ['CSAT', 'QA', 'NPS', 'CES'],
    questions: {
      en: [
        'Tell us about a conversation with a customer who was stressed or sad. What did you notice, and how did you respond?',
        'Describe a time you realised late that you had misjudged how someone felt. What did you learn?',
        'Tell us about a time you supported a colleague who was having a hard day.',
      ],
      de: [
        'Erzähl von einem Gespräch mit einem Kunden, der gestresst oder traurig war. Was ist dir aufgefallen, und wie hast du reagiert?',
        'Beschreib eine Situation, in der du erst spät gemerkt hast, dass du die Gefühlslage von jemandem falsch eingeschätzt hattest. Was hast du daraus gelernt?',
        'Erzähl von einer Situation, in der du jemanden aus deinem Team an einem schweren Tag unterstützt hast.',
      ],
    },
    tools: {
      en: ['sentiment detection in the help desk', 'tone-of-voice guide', 'CRM notes on earlier conversations'],
      de: ['Stimmungserkennung im Helpdesk', 'Leitfaden für Tonalität', 'CRM-Notizen zu früheren Gesprächen'],
    },
  },
  {
    id: 'ownership',
    name: { en: 'Ownership', de: 'Verantwortung' },
    synonyms: {
      en: ['accountability', 'responsibility', 'empowerment', 'initiative', 'follow-through', 'commitment'],
      de: ['verantwortlichkeit', 'eigenverantwortung', 'befähigung', 'eigeninitiative', 'verbindlichkeit', 'engagement'],
    },
    meaning: {
      en: 'Whoever takes a request sees it through to the end; there is no "not my problem".',
      de: 'Wer ein Anliegen annimmt, bringt es zu Ende; ein „nicht mein Problem“ gibt es nicht.',
    },
    action: {
      en: 'Own the problem until it is solved.',
      de: 'Übernimm das Anliegen und bleib dran, bis es gelöst ist.',
    },
    kpis: ['FCR', 'REOPEN'],
    fits: ['FCR', 'REOPEN', 'ART', 'BACKLOG', 'QA', 'CSAT'],
    questions: {
      en: [
        'Tell us about a problem that was not really your job, but you solved it anyway.',
        'Describe a time you handed a case to another team. How did you make sure it did not get lost?',
        'Tell us about a decision you made without waiting for permission. How did it turn out?',
      ],
      de: [
        'Erzähl von einem Problem, das eigentlich nicht deine Aufgabe war, das du aber trotzdem gelöst hast.',
        'Beschreib eine Situation, in der du einen Fall an ein anderes Team übergeben hast. Wie hast du sichergestellt, dass er nicht verloren geht?',
        'Erzähl von einer Entscheidung, die du getroffen hast, ohne auf eine Erlaubnis zu warten. Wie ist sie ausgegangen?',
      ],
    },
    tools: {
      en: ['ticket assignment with a single owner', 'follow-up reminders', 'clear escalation paths in the help desk'],
      de: ['Ticketzuweisung mit genau einer verantwortlichen Person', 'Erinnerungen zur Nachverfolgung', 'klare Eskalationswege im Helpdesk'],
    },
  },
];
