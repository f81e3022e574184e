// The one source of the philosophy file format, version 1.
// From it come: the TypeScript types (Static<>), the JSON Schema that `philosophy schema`
// prints (schema/philosophy.schema.json) and the runtime validator, which
// `scripts/generate.mjs` compiles ahead of time with ajv so that validating needs neither
// TypeBox nor ajv's compiler at run time.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

const Text = (description: string) => Type.String({ minLength: 1, description });
const TextList = (description: string) => Type.Array(Type.String({ minLength: 1 }), { description });
const Strict = { additionalProperties: false } as const;

export const LANGUAGES = ['en', 'de'] as const;
export const AIMS = ['delight', 'reduce-effort', 'both'] as const;
export const SAYING_NO = ['anyone', 'team-lead', 'leadership'] as const;
export const REVIEW_CADENCES = ['monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const TARGET_OPS = ['gte', 'gt', 'lte', 'lt', 'eq'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
export const KPI_ID_PATTERN = '^[A-Z][A-Z0-9_]{0,39}$';

const Enum = <T extends readonly string[]>(values: T, description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  ) as unknown as TSchema & { static: T[number] };

export const ChannelSchema = Type.Object(
  {
    name: Text('How customers reach us: email, chat, phone, social, self-service, in-app, community, or another name.'),
    hours: Type.Optional(Text('When the channel is staffed, e.g. "Mon-Fri 08:00-18:00 CET" or "24/7".')),
    firstResponse: Type.Optional(Text('The first-response promise, e.g. "4h" or "2 min".')),
  },
  Strict,
);

export const TargetSchema = Type.Object(
  {
    op: Enum(TARGET_OPS, 'Comparison: gte (≥), gt (>), lte (≤), lt (<), eq (=).'),
    value: Type.Number({ description: 'The target value.' }),
    unit: Type.Optional(Text('Unit of the value (e.g. %, h, min, days); defaults to the catalog unit.')),
  },
  Strict,
);

export const ValueKpiSchema = Type.Object(
  {
    id: Type.String({ pattern: KPI_ID_PATTERN, description: 'A catalog KPI id (e.g. CSAT, NPS, FCR) or the id of one of customKpis.' }),
    target: Type.Optional(TargetSchema),
  },
  Strict,
);

export const CoreValueSchema = Type.Object(
  {
    name: Text('The value, in a word or a few.'),
    meaning: Type.Optional(Text('What the value means in this team.')),
    action: Type.Optional(Text('The action statement: starts with a verb, or is an I-/Ich-statement.')),
    behaviours: Type.Optional(TextList('What the value looks like in a conversation.')),
    notThis: Type.Optional(TextList('What we will not do.')),
    kpis: Type.Optional(Type.Array(ValueKpiSchema, { description: 'How the value is measured.' })),
    tools: Type.Optional(TextList('Technology that reinforces the value.')),
  },
  Strict,
);

export const PhilosophySchema = Type.Object(
  {
    version: Type.Literal(1, { description: 'The format version.' }),
    language: Enum(LANGUAGES, 'Language of the text and of every rendering.'),
    company: Type.Object(
      {
        name: Text('The company name.'),
        mission: Text('Step 1: what the company promises, its purpose.'),
      },
      { ...Strict, description: 'The company and its mission.' },
    ),
    needs: Type.Optional(
      Type.Object(
        {
          supportRole: Type.Optional(Text('The role support plays in the company.')),
          aim: Type.Optional(Enum(AIMS, 'Delight customers, reduce their effort, or both.')),
          principles: Type.Optional(TextList('Principles expected of the support team.')),
          customerNeeds: Type.Optional(TextList('What customers told us they need.')),
          channels: Type.Optional(Type.Array(ChannelSchema, { description: 'How customers reach us.' })),
          selfHelp: Type.Optional(TextList('Steps customers take to help themselves.')),
        },
        { ...Strict, description: 'Step 1: customer needs compared with the philosophy.' },
      ),
    ),
    values: Type.Object(
      {
        brainstorm: Type.Optional(TextList('The long list of candidate values before cutting to five.')),
        core: Type.Array(CoreValueSchema, {
          minItems: 1,
          description: 'The core values, 1 to 5; the order is the priority when values conflict.',
        }),
      },
      { ...Strict, description: 'Steps 2 and 4: the values and how they become action.' },
    ),
    vision: Type.Object(
      {
        statement: Text('The support vision: a few words to one sentence.'),
        criteria: Type.Optional(
          Type.Object(
            {
              understandable: Type.Optional(Text('Why it is easy to understand and to act on.')),
              serviceKind: Type.Optional(Text('What kind of service it describes.')),
              nowAndFuture: Type.Optional(Text('How it reflects who we are now and want to be.')),
            },
            { ...Strict, description: 'The three checks a vision must pass, each answered in a sentence.' },
          ),
        ),
        stakeholders: Type.Optional(TextList('Who reviewed the vision, and their reaction.')),
      },
      { ...Strict, description: 'Step 3: the support vision.' },
    ),
    empowerment: Type.Optional(
      Type.Object(
        {
          decisions: Type.Optional(TextList('What frontline people decide without asking.')),
          sayingNo: Type.Optional(Enum(SAYING_NO, 'Who must approve a "no" to a customer.')),
          escalation: Type.Optional(Text('The path for hard cases.')),
        },
        { ...Strict, description: 'What the frontline may decide, and how hard cases travel.' },
      ),
    ),
    sharing: Type.Optional(
      Type.Object(
        {
          onboarding: Type.Optional(Text('How new hires meet the philosophy.')),
          socialMedia: Type.Optional(Text('How the values show on social media.')),
          promotions: Type.Optional(Text('How career progress is tied to living the values.')),
          incentives: Type.Optional(Text('Which incentives are tied to philosophy metrics.')),
          rituals: Type.Optional(TextList('All-hands, internal blog, 1:1s, ...')),
        },
        { ...Strict, description: 'Step 5: how the philosophy is shared.' },
      ),
    ),
    hiring: Type.Optional(
      Type.Object(
        {
          scale: Type.Optional(Type.Integer({ minimum: 2, maximum: 10, description: 'Rating scale 1..scale.' })),
          benchmark: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  value: Text("A core value's name."),
                  questions: TextList('Interview questions for this value.'),
                },
                Strict,
              ),
              { description: 'The values benchmark: interview questions per core value.' },
            ),
          ),
        },
        { ...Strict, description: 'Step 6: the values benchmark for hiring.' },
      ),
    ),
    teams: Type.Optional(
      Type.Array(
        Type.Object(
          {
            team: Text('support, sales, design, product, hr, leadership, marketing, or another team.'),
            activities: Type.Optional(Text('What the team does to live the philosophy.')),
            metrics: Type.Optional(
              Type.Array(Type.String({ pattern: KPI_ID_PATTERN }), { description: 'Catalog or custom KPI ids.' }),
            ),
          },
          Strict,
        ),
        { description: 'Step 7: how each team interprets the philosophy.' },
      ),
    ),
    feedback: Type.Optional(
      Type.Object(
        {
          methods: Type.Optional(TextList('survey, one-on-one, team-meeting, ...')),
          conflictPolicy: Type.Optional(Text('How decisions that contradict the philosophy are handled.')),
          reviewCadence: Type.Optional(Enum(REVIEW_CADENCES, 'How often the philosophy is reviewed.')),
          nextReview: Type.Optional(
            Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'Next review date, YYYY-MM-DD.' }),
          ),
        },
        { ...Strict, description: 'Step 7: listening, conflicts and reviews.' },
      ),
    ),
    customKpis: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Type.String({ pattern: KPI_ID_PATTERN, description: 'Upper-case id, e.g. TTV.' }),
            name: Text('The KPI name.'),
            definition: Type.Optional(Text('What it measures.')),
            formula: Type.Optional(Text('How it is computed.')),
            unit: Type.Optional(Text('Unit, e.g. %, days.')),
            direction: Type.Optional(Enum(DIRECTIONS, 'Whether higher or lower is better.')),
          },
          Strict,
        ),
        { description: 'KPIs the catalog does not know.' },
      ),
    ),
  },
  {
    ...Strict,
    $id: 'philosophy.schema.json',
    title: 'Customer-service philosophy, format version 1',
    description: 'One support philosophy: purpose, vision, core values with actions and KPIs, sharing, hiring and interpretation.',
  },
);

export type Philosophy = Static<typeof PhilosophySchema>;
export type CoreValue = Static<typeof CoreValueSchema>;
export type ValueKpi = Static<typeof ValueKpiSchema>;
export type Target = Static<typeof TargetSchema>;
export type Channel = Static<typeof ChannelSchema>;
export type Language = (typeof LANGUAGES)[number];
export type TargetOp = (typeof TARGET_OPS)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** The JSON Schema (draft 2020-12) as plain data, without TypeBox's symbol keys. */
export function jsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(PhilosophySchema)) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...plain };
}
