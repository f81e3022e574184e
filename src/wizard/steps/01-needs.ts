// Step 1: what the company promises, and what customers told us they need. Everything later
// (values, vision, KPIs) is checked against these answers, the channels' hours above all.
import { CHANNELS, PROFILES, findChannel, findProfile } from '../../catalog/index.js';
import { AIMS, SAYING_NO, type Language, type Profile } from '../../model/constants.js';
import type { Choice, Draft, QuestionDef, Step, StepContext } from '../types.js';
import { chooseItems, count, line, profileDef, quiet, withFigures } from './shared.js';

const Q = {
  companyName: {
    message: { en: 'Company name', de: 'Name des Unternehmens' },
    required: true,
  } satisfies QuestionDef<string>,
  mission: {
    message: { en: 'What does the company promise? Its mission in one sentence', de: 'Was verspricht das Unternehmen? Seine Mission in einem Satz' },
    hint: {
      en: 'Take the purpose the company already states, e.g. “Robots anyone can run.” The support philosophy builds on it.',
      de: 'Nimm den Zweck, den das Unternehmen schon formuliert hat, z. B. „Roboter, die jeder bedienen kann.“ Die Support-Philosophie baut darauf auf.',
    },
    required: true,
  } satisfies QuestionDef<string>,
  profile: {
    message: { en: 'What kind of business is it?', de: 'Was für ein Geschäft ist es?' },
    hint: {
      en: 'The suggestions that follow fit it: channels and their usual hours, KPIs, the teams and the wording of the values. Enter skips it.',
      de: 'Die folgenden Vorschläge passen sich daran an: Kanäle und ihre üblichen Zeiten, KPIs, die Teams und die Worte der Werte. Enter überspringt die Frage.',
    },
  } satisfies QuestionDef<string>,
  supportRole: {
    message: { en: 'What role does support play in the company?', de: 'Welche Rolle spielt der Support im Unternehmen?' },
    hint: {
      en: 'E.g. “The team most owners actually talk to: we get them going again and tell product what we hear.”',
      de: 'Z. B. „Das Team, mit dem die meisten Kunden wirklich sprechen: Wir helfen weiter und geben weiter, was wir hören.“',
    },
  } satisfies QuestionDef<string>,
  aim: {
    message: { en: 'Do you want to delight customers or save them effort?', de: 'Was ist das Ziel: Kunden begeistern oder ihnen Aufwand ersparen?' },
    hint: {
      en: 'It steers many later choices: delight means extra care in each contact; less effort means fewer contacts and self-service that works.',
      de: 'Das lenkt viele spätere Entscheidungen: Begeistern heißt mehr Zuwendung pro Kontakt; weniger Aufwand heißt weniger Kontakte und Self-Service, der funktioniert.',
    },
  } satisfies QuestionDef<string>,
  principles: {
    message: { en: 'A principle you expect of the support team', de: 'Ein Grundsatz, den du vom Support-Team erwartest' },
    hint: {
      en: 'Short rules for everyday decisions, e.g. “Help the customer first, then a colleague, then your own queue.”',
      de: 'Kurze Regeln für Entscheidungen im Alltag, z. B. „Zuerst dem Kunden helfen, dann den Kollegen, dann der eigenen Warteschlange.“',
    },
  } satisfies QuestionDef<string[]>,
  decisions: {
    message: { en: 'What may people on the front line decide without asking?', de: 'Was dürfen Mitarbeitende im Kundenkontakt ohne Rückfrage entscheiden?' },
    hint: {
      en: 'Clear limits give people room to act, e.g. “Send a free replacement part worth up to 50 EUR.”',
      de: 'Klare Grenzen geben Spielraum zum Handeln, z. B. „Ein Ersatzteil bis 50 EUR kostenlos schicken.“',
    },
  } satisfies QuestionDef<string[]>,
  sayingNo: {
    message: { en: 'Who has to approve a “no” to a customer?', de: 'Wer muss ein „Nein“ gegenüber einem Kunden freigeben?' },
    hint: {
      en: 'When a refusal needs sign-off, the team looks harder for a way to help; some companies leave every “no” to leadership.',
      de: 'Braucht eine Absage eine Freigabe, sucht das Team gründlicher nach einem Weg zu helfen; manche Unternehmen überlassen jedes „Nein“ der Führung.',
    },
  } satisfies QuestionDef<string>,
  escalation: {
    message: { en: 'Which path do hard cases take?', de: 'Welchen Weg nehmen schwierige Fälle?' },
    hint: {
      en: 'Who helps, how fast, and who stays the customer’s contact, e.g. “The agent keeps the case and asks the shift lead, who answers within an hour.”',
      de: 'Wer hilft, wie schnell, und wer bleibt Ansprechperson, z. B. „Die Person behält den Fall und fragt die Schichtleitung, die innerhalb einer Stunde antwortet.“',
    },
  } satisfies QuestionDef<string>,
  customerNeeds: {
    message: { en: 'Something customers told you they need', de: 'Etwas, das Kunden nach eigener Aussage brauchen' },
    hint: {
      en: 'Ask real customers instead of guessing, e.g. “One person who owns my case.” Needs may differ from the company’s vision, as long as they do not contradict it.',
      de: 'Frag echte Kunden, statt zu raten, z. B. „Eine Person, die sich um meinen Fall kümmert.“ Bedürfnisse dürfen von der Vision abweichen, solange sie ihr nicht widersprechen.',
    },
  } satisfies QuestionDef<string[]>,
  channels: {
    message: { en: 'Which channels do customers use to reach you?', de: 'Über welche Kanäle erreichen euch Kunden?' },
    hint: {
      en: 'Tick them and add your own. Next comes each channel’s hours: the vision will be checked against them. The last box describes the service funnel as well: what you tell customers before they ask, what they solve themselves, and what goes to a person.',
      de: 'Kreuze sie an und ergänze eigene. Danach folgen die Zeiten jedes Kanals: An ihnen wird später die Vision gemessen. Das letzte Kästchen beschreibt zusätzlich den Service-Trichter: was Kunden erfahren, bevor sie fragen, was sie selbst lösen und was zu einem Menschen geht.',
    },
  } satisfies QuestionDef<string[]>,
  proactive: {
    message: { en: 'Service funnel 1 of 3, proactive: what do customers hear before they have to ask?', de: 'Service-Trichter 1 von 3, proaktiv: Was erfahren Kunden, bevor sie fragen müssen?' },
    hint: {
      en: 'Support runs from proactive to self-service to a person. E.g. “We write before a delivery is late and remind owners of the yearly service.” For more than a line, type “e” and Enter: your editor opens.',
      de: 'Support läuft von proaktiv über Self-Service zum Menschen. Z. B. „Wir melden uns, bevor eine Lieferung zu spät kommt, und erinnern an die jährliche Inspektion.“ Für mehr als eine Zeile tippe „e“ und Enter: Dein Editor öffnet sich.',
    },
  } satisfies QuestionDef<string>,
  selfService: {
    message: { en: 'Service funnel 2 of 3, self-service: what can customers solve on their own, and where?', de: 'Service-Trichter 2 von 3, Self-Service: Was lösen Kunden selbst, und wo?' },
  } satisfies QuestionDef<string>,
  human: {
    message: { en: 'Service funnel 3 of 3: which requests go to a person?', de: 'Service-Trichter 3 von 3: Welche Anliegen gehen zu einem Menschen?' },
    hint: {
      en: 'People take what is complex or emotional, e.g. “every complaint after a failed repair, and anything about money”.',
      de: 'Menschen übernehmen, was kompliziert oder emotional ist, z. B. „jede Beschwerde nach einer misslungenen Reparatur und alles, was Geld betrifft“.',
    },
  } satisfies QuestionDef<string>,
  hours: {
    message: { en: '{channel}: when is it staffed?', de: '{channel}: Wann ist der Kanal besetzt?' },
    hint: {
      en: 'E.g. “Mon-Fri 08:00-18:00 CET” or “24/7”. Where hours are offered (the usual ones for your kind of business, else those of the channel before), Enter takes them.',
      de: 'Z. B. „Mo-Fr 08:00-18:00 MEZ“ oder „24/7“. Wo Zeiten vorgeschlagen sind (die üblichen für dein Geschäft, sonst die des Kanals davor), übernimmt Enter sie.',
    },
  } satisfies QuestionDef<string>,
  firstResponse: {
    message: { en: '{channel}: first-response promise (optional)', de: '{channel}: zugesagte Zeit bis zur ersten Antwort (optional)' },
    hint: {
      en: 'How soon a person answers, e.g. “4h” or “2 min”. Leave it empty if you promise nothing.',
      de: 'Wie schnell ein Mensch antwortet, z. B. „4 Std.“ oder „2 Min.“. Lass es leer, wenn ihr nichts zusagt.',
    },
  } satisfies QuestionDef<string>,
  channelTone: {
    message: { en: '{channel}: how the team sounds here, where it differs in detail (optional)', de: '{channel}: wie das Team hier klingt, wo es im Detail abweicht (optional)' },
  } satisfies QuestionDef<string>,
  selfHelp: {
    message: { en: 'A step customers take to help themselves', de: 'Ein Schritt, mit dem Kunden sich selbst helfen' },
    hint: {
      en: 'E.g. “Search the help centre for the error code.” It shows where self-service works and where it leaves people stuck.',
      de: 'Z. B. „Im Hilfe-Center nach dem Fehlercode suchen.“ So siehst du, wo Self-Service trägt und wo Kunden hängen bleiben.',
    },
  } satisfies QuestionDef<string[]>,
};

/** The box under the channels that asks for the service funnel too. */
const WITH_FUNNEL = {
  en: '+ Describe the service funnel too (proactive → self-service → a person)…',
  de: '+ Auch den Service-Trichter beschreiben (proaktiv → Self-Service → Mensch)…',
};

const NO_PROFILE = { en: 'Another kind, or skip', de: 'Etwas anderes, oder überspringen' };

const AIM_NAMES: Record<(typeof AIMS)[number], { en: string; de: string }> = {
  delight: { en: 'Delight them', de: 'Begeistern' },
  'reduce-effort': { en: 'Save them effort', de: 'Aufwand ersparen' },
  both: { en: 'Both', de: 'Beides' },
};

const SAYING_NO_NAMES: Record<(typeof SAYING_NO)[number], { en: string; de: string }> = {
  anyone: { en: 'Anyone on the team', de: 'Jede und jeder im Team' },
  'team-lead': { en: 'The team lead', de: 'Die Teamleitung' },
  leadership: { en: 'Leadership', de: 'Die Unternehmensführung' },
};

/** Self-service content is there day and night; every staffed channel needs its own hours. */
const DEFAULT_HOURS: Record<string, string> = { 'self-service': '24/7' };

function channelName(name: string, language: Language): string {
  return findChannel(name)?.name[language] ?? name;
}

async function run(ctx: StepContext): Promise<void> {
  const { ask, language } = ctx;
  const profileOf = () => profileDef(ctx.draft);
  await ask.text(Q.companyName, ['company', 'name']);
  await ask.text(Q.mission, ['company', 'mission']);
  // The kind of business: the catalog's suggestions in every later step follow it.
  await ask.select(
    Q.profile,
    ['company', 'profile'],
    PROFILES.map((p): Choice<Profile> => ({ value: p.id, name: p.name[language] })),
    { none: NO_PROFILE },
  );
  await ask.text(Q.supportRole, ['needs', 'supportRole']);
  await ask.select(
    Q.aim,
    ['needs', 'aim'],
    AIMS.map((aim): Choice<(typeof AIMS)[number]> => ({ value: aim, name: AIM_NAMES[aim][language] })),
  );
  await ask.list(Q.principles, ['needs', 'principles']);
  await ask.list(Q.decisions, ['empowerment', 'decisions']);
  await ask.select(
    Q.sayingNo,
    ['empowerment', 'sayingNo'],
    SAYING_NO.map((who): Choice<(typeof SAYING_NO)[number]> => ({ value: who, name: SAYING_NO_NAMES[who][language] })),
  );
  await ask.text(Q.escalation, ['empowerment', 'escalation']);
  await ask.list(Q.customerNeeds, ['needs', 'customerNeeds']);

  const profile = profileOf();
  // Catalog channels are stored by id (`email`), which the file format names; the user sees
  // them in their language.
  const channels = await chooseItems(
    ctx,
    Q.channels,
    ['needs', 'channels'],
    'name',
    CHANNELS.map((c) => ({ value: c.id, name: c.name[language] })),
    {
      other: true,
      followUp: WITH_FUNNEL,
      normalize: (name) => findChannel(name)?.id ?? name.trim(),
      // The channels a business of this kind usually offers, ticked.
      ...(profile ? { default: profile.channels.map((c) => c.id) } : {}),
    },
  );
  // Most teams staff their channels alike: each channel offers the hours such a business usually
  // keeps there, else the hours of the one before.
  let previousHours: string | undefined;
  for (const [i, name] of channels.entries()) {
    const data = { channel: channelName(name, language) };
    const hoursDefault = profile?.channels.find((c) => c.id === name)?.hours[language] ?? DEFAULT_HOURS[name] ?? previousHours;
    const hours = await ask.text(quiet(Q.hours, i), ['needs', 'channels', i, 'hours'], { data, ...(hoursDefault ? { default: hoursDefault } : {}) });
    if (hours !== undefined && !DEFAULT_HOURS[name]) previousHours = hours;
    await ask.text(quiet(Q.firstResponse, i), ['needs', 'channels', i, 'firstResponse'], { data });
    // A channel's own tone is a detail the shared tone (step 5) usually covers: asked where one
    // is written already, and listed in the review to jump to; never in the usual path.
    const tone = ['needs', 'channels', i, 'tone'];
    if (ask.unprompted(tone) || ctx.draft.needs?.channels?.[i]?.tone) await ask.text(Q.channelTone, tone, { data });
  }
  await ask.list(Q.selfHelp, ['needs', 'selfHelp']);

  // The service funnel costs nothing unless wanted: asked when its box under the channels was
  // ticked, when there is one already, and wherever nobody is asked in order (the review lists
  // it, an answers file gives it).
  const funnel = ctx.draft.needs?.funnel;
  const parts = ['proactive', 'selfService', 'human'].map((part) => ['needs', 'funnel', part]);
  if (ask.followed(['needs', 'channels']) || funnel?.proactive || funnel?.selfService || funnel?.human || parts.some((p) => ask.unprompted(p))) {
    const follows = ['needs', 'channels'];
    await ask.text(Q.proactive, ['needs', 'funnel', 'proactive'], { long: true, follows });
    await ask.text(Q.selfService, ['needs', 'funnel', 'selfService'], { long: true, follows });
    await ask.text(Q.human, ['needs', 'funnel', 'human'], { long: true, follows });
  }
}

const L = {
  company: { en: 'Company', de: 'Unternehmen' },
  profile: { en: 'Kind of business', de: 'Art des Geschäfts' },
  funnel: { en: 'Service funnel', de: 'Service-Trichter' },
  mission: { en: 'Mission', de: 'Mission' },
  role: { en: 'Role of support', de: 'Rolle des Supports' },
  aim: { en: 'Aim', de: 'Ziel' },
  decisions: { en: 'Front-line decisions', de: 'Entscheidungen im Kundenkontakt' },
  escalation: { en: 'Hard cases', de: 'Schwierige Fälle' },
  principles: { en: 'Principles', de: 'Grundsätze' },
  sayingNo: { en: 'A “no” needs', de: 'Ein „Nein“ braucht' },
  needs: { en: 'Customer needs', de: 'Kundenbedürfnisse' },
  channels: { en: 'Channels', de: 'Kanäle' },
  selfHelp: { en: 'Self-help steps', de: 'Schritte zur Selbsthilfe' },
};

function summary(draft: Draft, language: Language): string[] {
  const needs = draft.needs ?? {};
  const aim = needs.aim && (AIMS as readonly string[]).includes(needs.aim) ? AIM_NAMES[needs.aim][language] : needs.aim;
  const sayingNo = draft.empowerment?.sayingNo;
  const channels = (needs.channels ?? [])
    .filter((c) => c?.name)
    .map((c) => `${channelName(c.name!, language)}${c.hours ? ` (${c.hours})` : ''}`)
    .join(', ');
  return [
    line(language, L.company, draft.company?.name),
    line(language, L.mission, draft.company?.mission),
    ...(draft.company?.profile ? [line(language, L.profile, findProfile(draft.company.profile)?.name[language] ?? draft.company.profile)] : []),
    line(language, L.role, needs.supportRole),
    line(language, L.aim, aim),
    line(language, L.principles, count(language, needs.principles)),
    line(language, L.decisions, count(language, draft.empowerment?.decisions)),
    ...(sayingNo ? [line(language, L.sayingNo, SAYING_NO_NAMES[sayingNo]?.[language] ?? sayingNo)] : []),
    line(language, L.escalation, draft.empowerment?.escalation),
    line(language, L.needs, count(language, needs.customerNeeds)),
    line(language, L.channels, channels),
    line(language, L.selfHelp, count(language, needs.selfHelp)),
    ...(needs.funnel && Object.values(needs.funnel).some(Boolean)
      ? [line(language, L.funnel, [needs.funnel.proactive, needs.funnel.selfService, needs.funnel.human].map((t) => t || '—').join(' → '))]
      : []),
  ];
}

export const step: Step = {
  number: 1,
  title: { en: 'Customer needs', de: 'Kundenbedürfnisse' },
  intro: withFigures(1, {
    en: 'A good philosophy closes the gap between what the company promises and what customers need. Start with the company’s purpose and the part support plays in it; then write down what customers told you, how they reach you and how they help themselves.',
    de: 'Eine gute Philosophie schließt die Lücke zwischen dem, was das Unternehmen verspricht, und dem, was Kunden brauchen. Fang beim Zweck des Unternehmens und der Rolle des Supports an; halte dann fest, was Kunden dir erzählt haben, wie sie euch erreichen und wie sie sich selbst helfen.',
  }),
  questions: Q,
  run,
  summary,
};
