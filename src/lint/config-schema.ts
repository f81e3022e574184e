// The format of `.philosophyrc.yaml`, the one source of its JSON Schema
// (schema/philosophyrc.schema.json, for editors) and of the validator compiled ahead of time
// with ajv (validate-config.generated.ts), as for philosophy files (model/schema.ts). Needed at
// build time only (TypeBox); `npm run generate` writes both.
import { Type, type TSchema } from '@sinclair/typebox';
import { enumFromConsts } from '../model/schema.js';

const Strict = { additionalProperties: false } as const;
const Severity = Type.Union([Type.Literal('off'), Type.Literal('info'), Type.Literal('warn'), Type.Literal('error')], {
  description: 'off, info (a hint that never fails a run), warn or error.',
});
const Limit = (description: string) => Type.Integer({ minimum: 1, description });

/** The schema, for the rule ids a config may set (the domain rules and `disable-directive`). */
export function configSchema(ruleIds: readonly string[]): TSchema {
  const Rules = Type.Object(Object.fromEntries(ruleIds.map((id) => [id, Type.Optional(Severity)])), {
    ...Strict,
    description: 'Severity per rule id: off, info, warn or error.',
  });
  return Type.Object(
    {
      rules: Type.Optional(Rules),
      overrides: Type.Optional(
        Type.Array(
          Type.Object(
            {
              files: Type.Union([Type.String(), Type.Array(Type.String())], { description: 'Globs relative to the config file.' }),
              rules: Rules,
            },
            Strict,
          ),
          { description: 'Severities for the files the globs match; later entries win.' },
        ),
      ),
      limits: Type.Optional(
        Type.Object(
          {
            maxFileSize: Type.Optional(Limit('Bytes; larger files are not read.')),
            maxAliasCount: Type.Optional(Limit('YAML alias expansions per document.')),
            maxDepth: Type.Optional(Limit('Nesting levels.')),
            maxEntries: Type.Optional(Limit('Lines plus commas, counted before parsing.')),
          },
          Strict,
        ),
      ),
      templates: Type.Optional(Type.String({ minLength: 1, description: 'A folder of templates, relative to the config file.' })),
      export: Type.Optional(
        Type.Object(
          {
            formal: Type.Optional(
              Type.Boolean({ description: 'Hiring kit: sentences read out to candidates say "Sie" (true) or "du" (false, the default); --formal and --no-formal override it.' }),
            ),
          },
          { ...Strict, description: 'Settings of philosophy export.' },
        ),
      ),
      // Its settings are checked by the scorecard's own reader (config.ts, readScorecard).
      scorecard: Type.Optional(Type.Object({}, { description: 'Settings of philosophy scorecard: columns, minSample, nearBand, timeZone.' })),
    },
    { ...Strict, description: 'The config file of philosophy: .philosophyrc.yaml.' },
  );
}

/** The JSON Schema (draft 2020-12) of the config file. */
export function configJsonSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(configSchema(ruleIds)), (_key, value: unknown) => enumFromConsts(value)) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...plain };
}
