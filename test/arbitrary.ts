// fast-check arbitraries for philosophy models: every section of format v1, optional parts
// present or not, and text drawn from everything that breaks documents (YAML and Markdown
// syntax, template braces, HTML, control characters, unicode).
import fc from 'fast-check';
import type { Philosophy } from '../src/model/schema.js';

const HOSTILE = [
  ': ',
  ' #',
  '- ',
  '"',
  "'",
  '{{',
  '}}',
  '{{{x}}}',
  '|',
  '>',
  '<script>alert(1)</script>',
  '</td>',
  '&amp;',
  '*',
  '_',
  '`',
  '[x](y)',
  '\n',
  '\r\n',
  '\t',
  '\\',
  '---',
  '...',
  '%YAML',
  '!tag',
  '&anchor',
  '*alias',
  'null',
  'true',
  '1.0',
  '0x1F',
  '2027-01-01',
  '~',
  '@',
  '😀',
  'שלום',
  'ä ö ü ß',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  ' ',
];

/** Non-empty text mixing ordinary words with hostile pieces. */
export const text = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('help', 'Kunde', 'we')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0);

const texts = fc.array(text, { maxLength: 4 });
const kpiId = fc.constantFrom('CSAT', 'NPS', 'CES', 'FCR', 'FRT', 'AHT', 'CRR', 'AOV', 'QA', 'TTV');
const target = fc.record(
  {
    op: fc.constantFrom('gte' as const, 'gt' as const, 'lte' as const, 'lt' as const, 'eq' as const),
    value: fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    unit: text,
  },
  { requiredKeys: ['op', 'value'] },
);

const opt = { requiredKeys: [] as never[] };

export const philosophy: fc.Arbitrary<Philosophy> = fc.record(
  {
    version: fc.constant(1 as const),
    language: fc.constantFrom('en' as const, 'de' as const),
    company: fc.record({ name: text, mission: text }),
    needs: fc.record(
      {
        supportRole: text,
        aim: fc.constantFrom('delight' as const, 'reduce-effort' as const, 'both' as const),
        principles: texts,
        customerNeeds: texts,
        channels: fc.array(fc.record({ name: text, hours: text, firstResponse: text }, { requiredKeys: ['name'] }), { maxLength: 3 }),
        selfHelp: texts,
      },
      opt,
    ),
    values: fc.record(
      {
        brainstorm: texts,
        core: fc.array(
          fc.record(
            {
              name: text,
              meaning: text,
              action: text,
              behaviours: texts,
              notThis: texts,
              kpis: fc.array(fc.record({ id: kpiId, target }, { requiredKeys: ['id'] }), { maxLength: 3 }),
              tools: texts,
            },
            { requiredKeys: ['name'] },
          ),
          { minLength: 1, maxLength: 5 },
        ),
      },
      { requiredKeys: ['core'] },
    ),
    vision: fc.record(
      {
        statement: text,
        criteria: fc.record({ understandable: text, serviceKind: text, nowAndFuture: text }, opt),
        stakeholders: texts,
      },
      { requiredKeys: ['statement'] },
    ),
    empowerment: fc.record(
      { decisions: texts, sayingNo: fc.constantFrom('anyone' as const, 'team-lead' as const, 'leadership' as const), escalation: text },
      opt,
    ),
    sharing: fc.record({ onboarding: text, socialMedia: text, promotions: text, incentives: text, rituals: texts }, opt),
    hiring: fc.record(
      {
        scale: fc.integer({ min: 2, max: 10 }),
        benchmark: fc.array(fc.record({ value: text, questions: texts }), { maxLength: 3 }),
      },
      opt,
    ),
    teams: fc.array(fc.record({ team: text, activities: text, metrics: fc.array(kpiId, { maxLength: 3 }) }, { requiredKeys: ['team'] }), {
      maxLength: 4,
    }),
    feedback: fc.record(
      {
        methods: texts,
        conflictPolicy: text,
        reviewCadence: fc.constantFrom('monthly' as const, 'quarterly' as const, 'half-yearly' as const, 'yearly' as const),
        nextReview: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      },
      opt,
    ),
    customKpis: fc.array(
      fc.record(
        {
          id: fc.constant('TTV'),
          name: text,
          definition: text,
          formula: text,
          unit: text,
          direction: fc.constantFrom('higher' as const, 'lower' as const),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: ['version', 'language', 'company', 'values', 'vision'] },
) as fc.Arbitrary<Philosophy>;
