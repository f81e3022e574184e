// The one source of the philosophy file format, version 1.
// From it come: the TypeScript types (Static<>), the JSON Schema that `philosophy schema`
// prints (schema/philosophy.schema.json) and the runtime validator, which
// `scripts/generate.mjs` compiles ahead of time with ajv so that validating needs neither
// TypeBox nor ajv's compiler at run time.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

// Every description comes in English and German; the German one sits beside it as
// `x-description-de`, which validation hints show to German-speaking users.
const d = (en: string, de: string) => ({ description: en, 'x-description-de': de });
const Text = (en: string, de: string) => Type.String({ minLength: 1, ...d(en, de) });
const TextList = (en: string, de: string) => Type.Array(Type.String({ minLength: 1 }), d(en, de));
const Strict = { additionalProperties: false } as const;

import {
  AIMS,
  DIRECTIONS,
  KPI_ID_PATTERN,
  LANGUAGES,
  PROFILES,
  REVIEW_CADENCES,
  SAYING_NO,
  TARGET_OPS,
} from './constants.js';

export * from './constants.js';

const Enum = <T extends readonly string[]>(values: T, en: string, de: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    d(en, de),
  ) as unknown as TSchema & { static: T[number] };

export const ChannelSchema = Type.Object(
  {
    name: Text(
      'How customers reach us: email, chat, phone, social, self-service, in-app, community, or another name.',
      'Wie Kunden uns erreichen: email, chat, phone, social, self-service, in-app, community oder ein anderer Name.',
    ),
    hours: Type.Optional(Text(
      'When the channel is staffed, e.g. "Mon-Fri 08:00-18:00 CET" or "24/7".',
      'Wann der Kanal besetzt ist, z. B. „Mon-Fri 08:00-18:00 CET“ oder „24/7“.',
    )),
    firstResponse: Type.Optional(Text(
      'The first-response promise, e.g. "4h" or "2 min".',
      'Die zugesagte Zeit bis zur ersten Antwort, z. B. „4h“ oder „2 min“.',
    )),
    tone: Type.Optional(Text(
      'How we sound in this channel, if it differs in detail from the shared tone of voice.',
      'Wie wir in diesem Kanal klingen, falls es im Detail vom gemeinsamen Tonfall abweicht.',
    )),
  },
  Strict,
);

export const TargetSchema = Type.Object(
  {
    op: Enum(
      TARGET_OPS,
      'Comparison: gte (≥), gt (>), lte (≤), lt (<), eq (=).',
      'Vergleich: gte (≥), gt (>), lte (≤), lt (<), eq (=).',
    ),
    value: Type.Number(d('The target value.', 'Der Zielwert.')),
    unit: Type.Optional(Text(
      'Unit of the value (e.g. %, h, min, days); defaults to the catalog unit.',
      'Einheit des Werts (z. B. %, h, min, days); ohne Angabe gilt die Einheit aus dem Katalog.',
    )),
  },
  Strict,
);

export const ValueKpiSchema = Type.Object(
  {
    id: Type.String({ pattern: KPI_ID_PATTERN, ...d(
      'A catalog KPI id (e.g. CSAT, NPS, FCR) or the id of one of customKpis.',
      'Eine KPI-ID aus dem Katalog (z. B. CSAT, NPS, FCR) oder die ID einer KPI aus customKpis.',
    ) }),
    target: Type.Optional(TargetSchema),
  },
  Strict,
);

export const CoreValueSchema = Type.Object(
  {
    name: Text('The value, in a word or a few.', 'Der Wert, in einem Wort oder wenigen Worten.'),
    meaning: Type.Optional(Text('What the value means in this team.', 'Was der Wert in diesem Team bedeutet.')),
    action: Type.Optional(Text(
      'The action statement: starts with a verb, or is an I-/Ich-statement.',
      'Der Handlungssatz: beginnt mit einem Verb oder ist eine Ich-Aussage (I-/Ich-Satz).',
    )),
    behaviours: Type.Optional(TextList(
      'What the value looks like in a conversation.',
      'Woran man den Wert in einem Gespräch erkennt.',
    )),
    notThis: Type.Optional(TextList('What we will not do.', 'Was wir nicht tun werden.')),
    kpis: Type.Optional(Type.Array(ValueKpiSchema, d('How the value is measured.', 'Wie der Wert gemessen wird.'))),
    tools: Type.Optional(TextList('Technology that reinforces the value.', 'Technologie, die den Wert unterstützt.')),
  },
  Strict,
);

export const PhilosophySchema = Type.Object(
  {
    version: Type.Literal(1, d('The format version.', 'Die Version des Dateiformats.')),
    language: Enum(LANGUAGES, 'Language of the text and of every rendering.', 'Sprache der Texte und jeder Ausgabe.'),
    company: Type.Object(
      {
        name: Text('The company name.', 'Der Name des Unternehmens.'),
        mission: Text(
          'Step 1: what the company promises, its purpose.',
          'Schritt 1: was das Unternehmen verspricht, sein Zweck.',
        ),
        profile: Type.Optional(Enum(
          PROFILES,
          'Step 1: the kind of business (ecommerce, saas, hospitality, finance, public, shop); the suggestions and benchmarks follow it.',
          'Schritt 1: die Art des Geschäfts (ecommerce, saas, hospitality, finance, public, shop); Vorschläge und Richtwerte richten sich danach.',
        )),
      },
      { ...Strict, ...d('The company and its mission.', 'Das Unternehmen und seine Mission.') },
    ),
    needs: Type.Optional(
      Type.Object(
        {
          supportRole: Type.Optional(Text(
            'The role support plays in the company.',
            'Die Rolle, die der Support im Unternehmen spielt.',
          )),
          aim: Type.Optional(Enum(
            AIMS,
            'Delight customers, reduce their effort, or both.',
            'Kunden begeistern, ihren Aufwand verringern oder beides.',
          )),
          principles: Type.Optional(TextList(
            'Principles expected of the support team.',
            'Grundsätze, die vom Support-Team erwartet werden.',
          )),
          customerNeeds: Type.Optional(TextList(
            'What customers told us they need.',
            'Was Kunden nach eigener Aussage brauchen.',
          )),
          channels: Type.Optional(Type.Array(ChannelSchema, d('How customers reach us.', 'Wie Kunden uns erreichen.'))),
          selfHelp: Type.Optional(TextList(
            'Steps customers take to help themselves.',
            'Schritte, mit denen Kunden sich selbst helfen.',
          )),
          funnel: Type.Optional(Type.Object(
            {
              proactive: Type.Optional(Text(
                'What we tell customers before they have to ask.',
                'Was wir Kunden sagen, bevor sie fragen müssen.',
              )),
              selfService: Type.Optional(Text(
                'What customers can solve on their own, and where.',
                'Was Kunden selbst lösen können, und wo.',
              )),
              human: Type.Optional(Text(
                'Which requests go to a person: the complex and the emotional ones.',
                'Welche Anliegen zu einem Menschen gehen: die komplexen und die emotionalen.',
              )),
            },
            { ...Strict, ...d(
              'The service funnel: proactive, then self-service, then a person.',
              'Der Service-Trichter: erst proaktiv, dann Self-Service, dann ein Mensch.',
            ) },
          )),
        },
        { ...Strict, ...d(
          'Step 1: customer needs compared with the philosophy.',
          'Schritt 1: die Bedürfnisse der Kunden im Abgleich mit der Philosophie.',
        ) },
      ),
    ),
    values: Type.Object(
      {
        brainstorm: Type.Optional(TextList(
          'The long list of candidate values before cutting to five.',
          'Die lange Liste möglicher Werte, bevor sie auf fünf gekürzt wird.',
        )),
        core: Type.Array(CoreValueSchema, {
          minItems: 1,
          ...d(
            'The core values, 1 to 5; the order is the priority when values conflict.',
            'Die Kernwerte, 1 bis 5; die Reihenfolge legt den Vorrang fest, wenn Werte in Konflikt geraten.',
          ),
        }),
      },
      { ...Strict, ...d(
        'Steps 2 and 4: the values and how they become action.',
        'Schritte 2 und 4: die Werte und wie aus ihnen Handeln wird.',
      ) },
    ),
    vision: Type.Object(
      {
        statement: Text(
          'The support vision: a few words to one sentence.',
          'Die Support-Vision: von wenigen Worten bis zu einem Satz.',
        ),
        criteria: Type.Optional(
          Type.Object(
            {
              understandable: Type.Optional(Text(
                'Why it is easy to understand and to act on.',
                'Warum sie leicht zu verstehen und in Handeln umzusetzen ist.',
              )),
              serviceKind: Type.Optional(Text(
                'What kind of service it describes.',
                'Welche Art von Service sie beschreibt.',
              )),
              nowAndFuture: Type.Optional(Text(
                'How it reflects who we are now and want to be.',
                'Wie sie zeigt, wer wir heute sind und wer wir sein wollen.',
              )),
            },
            { ...Strict, ...d(
              'The three checks a vision must pass, each answered in a sentence.',
              'Die drei Prüfungen, die eine Vision bestehen muss, jeweils in einem Satz beantwortet.',
            ) },
          ),
        ),
        stakeholders: Type.Optional(TextList(
          'Who reviewed the vision, and their reaction.',
          'Wer die Vision geprüft hat und wie die Reaktion ausfiel.',
        )),
      },
      { ...Strict, ...d('Step 3: the support vision.', 'Schritt 3: die Support-Vision.') },
    ),
    empowerment: Type.Optional(
      Type.Object(
        {
          decisions: Type.Optional(TextList(
            'What frontline people decide without asking.',
            'Was Mitarbeitende im direkten Kundenkontakt entscheiden, ohne nachzufragen.',
          )),
          sayingNo: Type.Optional(Enum(
            SAYING_NO,
            'Who must approve a "no" to a customer.',
            'Wer ein „Nein“ gegenüber einem Kunden freigeben muss.',
          )),
          escalation: Type.Optional(Text('The path for hard cases.', 'Der Weg für schwierige Fälle.')),
        },
        { ...Strict, ...d(
          'What the frontline may decide, and how hard cases travel.',
          'Was Mitarbeitende im direkten Kundenkontakt entscheiden dürfen und welchen Weg schwierige Fälle nehmen.',
        ) },
      ),
    ),
    sharing: Type.Optional(
      Type.Object(
        {
          onboarding: Type.Optional(Text(
            'How new hires meet the philosophy.',
            'Wie neue Mitarbeitende die Philosophie kennenlernen.',
          )),
          socialMedia: Type.Optional(Text(
            'How the values show on social media.',
            'Wie sich die Werte in den sozialen Medien zeigen.',
          )),
          promotions: Type.Optional(Text(
            'How career progress is tied to living the values.',
            'Wie beruflicher Aufstieg daran geknüpft ist, die Werte zu leben.',
          )),
          incentives: Type.Optional(Text(
            'Which incentives are tied to philosophy metrics.',
            'Welche Anreize an Kennzahlen der Philosophie geknüpft sind.',
          )),
          toneOfVoice: Type.Optional(Text(
            'How the team sounds in every channel, e.g. "plain words, first names, no jargon".',
            'Wie das Team in jedem Kanal klingt, z. B. „einfache Worte, per du, kein Fachjargon“.',
          )),
          brandVoice: Type.Optional(Text(
            'The brand voice the tone follows (as marketing and design use it).',
            'Die Markenstimme, der der Tonfall folgt (wie Marketing und Design sie verwenden).',
          )),
          rituals: Type.Optional(TextList(
            'All-hands, internal blog, 1:1s, ...',
            'All-Hands-Meetings, interner Blog, 1:1-Gespräche, ...',
          )),
        },
        { ...Strict, ...d(
          'Step 5: how the philosophy is shared.',
          'Schritt 5: wie die Philosophie weitergegeben wird.',
        ) },
      ),
    ),
    hiring: Type.Optional(
      Type.Object(
        {
          scale: Type.Optional(Type.Integer({ minimum: 2, maximum: 10, ...d(
            'Rating scale 1..scale.',
            'Bewertungsskala 1..scale.',
          ) })),
          benchmark: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  value: Text("A core value's name.", 'Der Name eines Kernwerts.'),
                  questions: TextList('Interview questions for this value.', 'Interviewfragen zu diesem Wert.'),
                  referenceAnswers: Type.Optional(
                    TextList(
                      'Answers of the people who best live this value: the yardstick for candidates.',
                      'Antworten der Menschen, die diesen Wert am besten leben: der Maßstab für Bewerbungen.',
                    ),
                  ),
                },
                Strict,
              ),
              d(
                'The values benchmark: interview questions per core value.',
                'Der Werte-Benchmark: Interviewfragen je Kernwert.',
              ),
            ),
          ),
        },
        { ...Strict, ...d(
          'Step 6: the values benchmark for hiring.',
          'Schritt 6: der Werte-Benchmark für die Personalauswahl.',
        ) },
      ),
    ),
    teams: Type.Optional(
      Type.Array(
        Type.Object(
          {
            team: Text(
              'support, sales, design, product, hr, leadership, marketing, or another team.',
              'support, sales, design, product, hr, leadership, marketing oder ein anderes Team.',
            ),
            activities: Type.Optional(Text(
              'What the team does to live the philosophy.',
              'Was das Team tut, um die Philosophie zu leben.',
            )),
            metrics: Type.Optional(
              Type.Array(Type.String({ pattern: KPI_ID_PATTERN }), d(
                'Catalog or custom KPI ids.',
                'KPI-IDs aus dem Katalog oder eigene KPI-IDs.',
              )),
            ),
          },
          Strict,
        ),
        d('Step 7: how each team interprets the philosophy.', 'Schritt 7: wie jedes Team die Philosophie auslegt.'),
      ),
    ),
    teamsAbsent: Type.Optional(TextList(
      'Catalog teams the company does not have (e.g. design, hr): the team table is not expected to cover them.',
      'Teams aus dem Katalog, die es im Unternehmen nicht gibt (z. B. design, hr): Die Teamtabelle muss sie nicht abdecken.',
    )),
    feedback: Type.Optional(
      Type.Object(
        {
          methods: Type.Optional(TextList(
            'survey, one-on-one, team-meeting, ...',
            'survey (Umfrage), one-on-one (Einzelgespräch), team-meeting (Teambesprechung), ...',
          )),
          conflictPolicy: Type.Optional(Text(
            'How decisions that contradict the philosophy are handled.',
            'Wie mit Entscheidungen umgegangen wird, die der Philosophie widersprechen.',
          )),
          reviewCadence: Type.Optional(Enum(
            REVIEW_CADENCES,
            'How often the philosophy is reviewed.',
            'Wie oft die Philosophie überprüft wird.',
          )),
          nextReview: Type.Optional(
            Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', ...d(
              'Next review date, YYYY-MM-DD.',
              'Datum der nächsten Überprüfung, YYYY-MM-DD.',
            ) }),
          ),
        },
        { ...Strict, ...d(
          'Step 7: listening, conflicts and reviews.',
          'Schritt 7: Zuhören, Konflikte und Überprüfungen.',
        ) },
      ),
    ),
    customKpis: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ pattern: KPI_ID_PATTERN, ...d(
              'Upper-case id, e.g. TTV.',
              'ID in Großbuchstaben, z. B. TTV.',
            ) }),
            name: Text('The KPI name.', 'Der Name der KPI.'),
            definition: Type.Optional(Text('What it measures.', 'Was sie misst.')),
            formula: Type.Optional(Text('How it is computed.', 'Wie sie berechnet wird.')),
            unit: Type.Optional(Text('Unit, e.g. %, days.', 'Einheit, z. B. %, days.')),
            direction: Type.Optional(Enum(
              DIRECTIONS,
              'Whether higher or lower is better.',
              'Ob ein höherer oder ein niedrigerer Wert besser ist.',
            )),
          },
          Strict,
        ),
        d('KPIs the catalog does not know.', 'KPIs, die der Katalog nicht kennt.'),
      ),
    ),
  },
  {
    ...Strict,
    $id: 'philosophy.schema.json',
    title: 'Customer-service philosophy, format version 1',
    ...d(
      'One support philosophy: purpose, vision, core values with actions and KPIs, sharing, hiring and interpretation.',
      'Eine Support-Philosophie: Zweck, Vision, Kernwerte mit Handlungen und KPIs, Weitergabe, Personalauswahl und Auslegung.',
    ),
  },
);

export type Philosophy = Static<typeof PhilosophySchema>;
export type CoreValue = Static<typeof CoreValueSchema>;
export type ValueKpi = Static<typeof ValueKpiSchema>;
export type Target = Static<typeof TargetSchema>;
export type Channel = Static<typeof ChannelSchema>;

/** The JSON Schema (draft 2020-12) as plain data, without TypeBox's symbol keys. */
export function jsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(PhilosophySchema), (_key, value: unknown) => enumFromConsts(value)) as Record<
    string,
    unknown
  >;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...plain };
}

// TypeBox writes a union of literals as anyOf/const; editors complete and explain `enum` better,
// and a validator reports one error listing the allowed values instead of one per branch.
export function enumFromConsts(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const node = value as Record<string, unknown>;
  const branches = node['anyOf'];
  if (!Array.isArray(branches) || branches.length === 0) return value;
  if (!branches.every((b) => typeof b === 'object' && b !== null && 'const' in b && typeof b.const === 'string')) return value;
  const { anyOf: _dropped, ...rest } = node;
  return { type: 'string', enum: branches.map((b: { const: string }) => b.const), ...rest };
}
