// German words an action statement may start with. The data is a list of infinitives; the forms a
// sentence can start with are derived from it: the du-imperative with and without -e ("sag",
// "sage"), the ihr-imperative ("sagt") and the infinitive itself, which also covers "Behandeln
// Sie …", "Seien wir …" and the infinitive style "Zuhören, verstehen, lösen." A separable verb is
// written "zu|hören": its imperative starts with the base verb ("Hör zu"), its infinitive is whole.

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Infinitives; "prefix|base" marks a separable verb. */
export const DE_INFINITIVES: readonly string[] = words(`
  ab|holen ab|nehmen ab|schließen ab|sichern ab|stimmen achten akzeptieren an|bieten an|erkennen
  an|fangen an|gehen an|hören an|leiten an|nehmen an|packen an|passen an|rufen an|schauen
  an|sprechen an|treiben antworten arbeiten auf|bauen auf|greifen auf|hören auf|klären
  auf|nehmen auf|passen auf|räumen auf|schreiben auf|stehen auf|zeigen aus|bauen aus|halten
  aus|helfen aus|probieren aus|richten aus|wählen aus|werten analysieren ändern bauen beachten
  beantworten bedanken bedenken beeilen befähigen begegnen begeistern begleiten begreifen
  begründen behalten behandeln beheben bei|bringen bei|tragen bekennen belohnen bemerken
  bemühen benennen beobachten beraten berichten berücksichtigen beruhigen beschleunigen
  beschreiben besprechen bestätigen bestehen besuchen beteiligen betrachten betreuen beurteilen
  bewahren bewegen bewerten bewirken bewundern bieten bitten bleiben brauchen bringen danken
  denken dienen diskutieren dokumentieren drehen durch|denken durch|halten durch|setzen
  ein|bringen ein|gehen ein|greifen ein|halten ein|laden ein|setzen ein|stehen ein|beziehen
  empfangen empfehlen engagieren entdecken entlasten entscheiden entschuldigen
  entwickeln erarbeiten erfahren erfassen erfinden erfüllen ergreifen erhalten erheitern
  erinnern erkennen erklären erkunden erleben erleichtern ermöglichen ermutigen erneuern
  erreichen erschaffen ersetzen erwarten erzählen eskalieren fassen feiern finden fokussieren
  folgen fordern fördern formulieren fragen freuen führen fühlen garantieren geben gehen
  gestalten gewinnen glauben gönnen greifen grüßen haben halten handeln helfen heraus|finden hinterfragen hin|hören hin|schauen hoffen holen hören identifizieren informieren
  interessieren investieren kämpfen kennen klären kommen kommunizieren konzentrieren
  kontrollieren korrigieren kümmern lächeln lassen laufen leben legen lehren leisten leiten
  lernen lesen lieben liefern loben lösen machen melden merken messen mit|denken mit|nehmen
  mit|teilen mit|fühlen moderieren motivieren nach|denken nach|fassen nach|fragen nach|haken
  nach|sehen nehmen nennen nutzen öffnen optimieren ordnen organisieren packen passen
  personalisieren pflegen planen präsentieren priorisieren prüfen reagieren rechnen reden
  reflektieren regeln reparieren respektieren richten rufen ruhen sagen sammeln schaffen
  schätzen schauen schenken schließen schreiben schützen schulen sehen sein setzen sichern
  sorgen spiegeln sprechen stärken stehen stellen steuern stimmen streben suchen teilen testen
  tragen trauen treffen treiben treten tun übernehmen überprüfen überraschen übertreffen
  überzeugen um|setzen unterstützen verantworten verbessern verbinden vereinfachen vergessen
  vergleichen verhalten verkürzen verlassen vermeiden vermitteln verpflichten versetzen
  versprechen verstehen versuchen vertrauen vertreten verwirklichen voran|bringen voran|gehen
  vor|bereiten vor|leben vor|schlagen wachsen wagen wählen wahr|nehmen warten wecken wechseln
  weiter|helfen weiter|geben weiter|leiten wenden werden widmen wirken wissen wünschen
  zählen zeigen zu|hören zu|geben zu|gehen zu|wenden zurück|rufen zurück|melden zusammen|arbeiten
  verzeihen beschützen erfreuen vereinbaren versichern sicher|stellen fest|halten klar|stellen
  weiter|entwickeln zurück|geben hinzu|fügen
`);

/** Du-imperatives that do not follow the rule (vowel change e → i/ie, or irregular verbs). */
export const DE_IRREGULAR_IMPERATIVES: Readonly<Record<string, readonly string[]>> = {
  befehlen: ['befiehl'],
  besprechen: ['besprich'],
  empfehlen: ['empfiehl'],
  essen: ['iss'],
  geben: ['gib'],
  haben: ['hab', 'habe'],
  halten: ['halt', 'halte'],
  helfen: ['hilf'],
  lassen: ['lass', 'lasse'],
  lesen: ['lies'],
  messen: ['miss'],
  nehmen: ['nimm'],
  sehen: ['sieh', 'siehe'],
  sein: ['sei'],
  sprechen: ['sprich'],
  treffen: ['triff'],
  treten: ['tritt'],
  tun: ['tu', 'tue'],
  übernehmen: ['übernimm'],
  übertreffen: ['übertriff'],
  vergessen: ['vergiss'],
  versprechen: ['versprich'],
  vertreten: ['vertritt'],
  werden: ['werd', 'werde'],
  wissen: ['wisse'],
};

/** Irregular ihr-forms and infinitive-like forms a sentence may start with. */
const EXTRA_FORMS = ['seid', 'seien', 'tut', 'wisst'];

/**
 * Derived forms that are also common sentence starts of another kind (articles, pronouns),
 * so a statement like "Meine Kunden …" is not taken for "meinen" in the imperative.
 */
const NOT_VERBS = new Set([
  'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'mein', 'meine', 'dein', 'deine',
  'seine', 'unser', 'unsere', 'kein', 'keine', 'was', 'wer', 'wie', 'wo', 'so', 'da',
]);

// A stem ending in -t/-d, or in a consonant before -m/-n, needs the -e: "antworte", "öffne".
const NEEDS_E = /(?:[td]|(?:ch|[^aeiouäöülrhmn])[mn])$/;

/** The du- and ihr-imperatives of one verb (without its separable prefix). */
export function imperativesOf(infinitive: string): string[] {
  const irregular = DE_IRREGULAR_IMPERATIVES[infinitive];
  const forms: string[] = [];
  let ihrStem: string;
  if (infinitive.endsWith('eln') || infinitive.endsWith('ern')) {
    // "handeln" → "handle"/"handel", "ändern" → "ändere"/"änder"
    const stem = infinitive.slice(0, -1);
    const short = infinitive.endsWith('eln') ? `${infinitive.slice(0, -3)}le` : `${stem}e`;
    forms.push(short, stem);
    ihrStem = stem;
  } else if (infinitive.endsWith('en')) {
    const stem = infinitive.slice(0, -2);
    forms.push(`${stem}e`);
    if (!NEEDS_E.test(stem)) forms.push(stem);
    ihrStem = NEEDS_E.test(stem) ? `${stem}e` : stem;
  } else {
    // "tun", "sein": their forms come from the irregular table and EXTRA_FORMS.
    return [...(irregular ?? [])];
  }
  return [...(irregular ?? forms), `${ihrStem}t`];
}

function buildForms(): Set<string> {
  const forms = new Set<string>(EXTRA_FORMS);
  for (const entry of DE_INFINITIVES) {
    const [prefix, base] = entry.includes('|') ? (entry.split('|') as [string, string]) : ['', entry];
    forms.add(prefix + base);
    for (const form of imperativesOf(base)) forms.add(form);
  }
  for (const word of NOT_VERBS) forms.delete(word);
  return forms;
}

/** Every lower-case word a German action statement may start with. */
let verbForms: ReadonlySet<string> | undefined;
/** Every form, built on first use: a run over English files never needs it. */
export function deVerbForms(): ReadonlySet<string> {
  verbForms ??= buildForms();
  return verbForms;
}

/** Words before the verb that keep a sentence an instruction ("Immer zuerst zuhören."). */
export const DE_LEADING_ADVERBS: ReadonlySet<string> = new Set(words(`
  immer nie niemals zuerst erst stets bitte gern gerne einfach direkt sofort gemeinsam aktiv
  ehrlich offen ruhig lieber auch jederzeit zuallererst persönlich schnell proaktiv geduldig
  freundlich konsequent wirklich jetzt heute nun zunächst erstmal nicht
`));

/** Starts of Ich- and Wir-statements. */
export const DE_SUBJECTS: ReadonlySet<string> = new Set(['ich', 'wir']);
