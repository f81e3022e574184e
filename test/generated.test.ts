// The JSON Schema, the compiled validator and the rule docs are generated from the code; the
// committed copies must be exactly what `npm run generate` writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifacts } from '../scripts/generate.js';

const ROOT = join(import.meta.dirname, '..');

describe('generated files', async () => {
  const files = await buildArtifacts();

  it.each([...files.keys()])('%s is up to date (run `npm run generate`)', (rel) => {
    expect(readFileSync(join(ROOT, rel), 'utf8')).toBe(files.get(rel));
  });

  it('docs/rules holds no page of a rule that no longer exists', () => {
    const pages = readdirSync(join(ROOT, 'docs/rules')).map((name) => `docs/rules/${name}`);
    expect(pages.filter((p) => !files.has(p))).toEqual([]);
  });
});
