// `philosophy schema`: the JSON Schema of format v1, for editors (yaml-language-server) and for
// other tools. The same object the validator was compiled from.
import { schema } from '../model/validate-schema.generated.js';
import type { CommandContext } from './context.js';

export function printSchema(ctx: CommandContext): number {
  ctx.stdout.write(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
