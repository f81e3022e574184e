// The committed examples are what new users copy: they must be complete and clean under every
// rule, in both languages. A fixed list, not whatever is in philosophies/: a user who runs the
// wizard in the clone adds a file there, and that must not break the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/lint/lint-source.js';

const DIR = join(import.meta.dirname, '../philosophies');
const FILES = ['acme-robotics.yaml', 'radwerk-berlin.yaml'];

describe('the committed examples', () => {
  it('are an English and a German one', () => {
    const languages = FILES.map((f) => parse(readFileSync(join(DIR, f), 'utf8')).language);
    expect(languages).toContain('en');
    expect(languages).toContain('de');
  });

  it.each(FILES)('%s validates with no finding at all', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = lintSource(text, { file, language: 'en', today: '2026-11-22', rules: {} });
    expect(result.findings).toEqual([]);
  });

  it.each(FILES)('%s starts with the schema modeline', (file) => {
    expect(readFileSync(join(DIR, file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/philosophy.schema.json');
  });

  it('one example is built around the worked value → action → KPI table', () => {
    const acme = parse(readFileSync(join(DIR, 'acme-robotics.yaml'), 'utf8'));
    const rows = acme.values.core.map((v: { name: string; action: string; kpis: Array<{ id: string }> }) => [v.name, v.action, v.kpis.map((k) => k.id).slice(0, 2)]);
    expect(rows).toEqual([
      ['Integrity', 'Say what you mean. Mean what you say.', ['NPS', 'QA']],
      ['Quality', 'Get it right the first time.', ['FCR', 'CSAT']],
      ['Speed', 'Treat every customer with urgency.', ['FRT', 'AHT']],
      ['Loyalty', 'Make customers feel like family.', ['CRR', 'AOV']],
      ['Autonomy', 'Give customers the tools to help themselves.', ['CES', 'DEFLECTION']],
    ]);
  });
});
