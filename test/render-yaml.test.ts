// The YAML view is the canonical form of the file: whatever the text, parsing what it renders
// gives back the model exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../src/render/context.js';
import { createEnvironment } from '../src/render/engine.js';
import type { Philosophy } from '../src/model/schema.js';
import { readDocument } from '../src/model/read.js';
import { philosophy } from './arbitrary.js';

const ROOT = join(import.meta.dirname, '..');
const environments = {
  en: createEnvironment({ language: 'en', cwd: ROOT }),
  de: createEnvironment({ language: 'de', cwd: ROOT }),
};
const renderYaml = (model: Philosophy) => environments[model.language].render('philosophy.yaml.hbs', buildContext(model, 'x.yaml', 'philosophy test'));

describe('YAML view', () => {
  it('parse(render(model)) equals the model, for 1 000 random models; the reader agrees', () => {
    fc.assert(
      fc.property(philosophy, (model) => {
        const text = renderYaml(model);
        expect(parse(text)).toEqual(model);
        // The tool's own reader reads what it writes, without a finding.
        const reading = readDocument(text);
        expect(reading.issues).toEqual([]);
        expect(reading.data).toEqual(model);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['acme-robotics', 'radwerk-berlin'])('%s: same data, keys in the format order, a comment per section', (name) => {
    const source = readFileSync(join(ROOT, 'philosophies', `${name}.yaml`), 'utf8');
    const model = parse(source) as Philosophy;
    const output = renderYaml(model);
    expect(parse(output)).toEqual(model);
    expect(readDocument(output).data).toEqual(model);
    expect(output.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/philosophy.schema.json');
    const topKeys = output.split('\n').filter((l) => /^[a-zA-Z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(topKeys).toEqual(['version', 'language', 'company', 'needs', 'values', 'vision', 'empowerment', 'sharing', 'hiring', 'teams', 'feedback', 'customKpis']);
    const comments = output.split('\n').filter((l) => l.startsWith('# ') && !l.includes('yaml-language-server'));
    expect(comments).toHaveLength(10);
    expect(comments[1]).toMatch(model.language === 'de' ? /^# Schritt 1/ : /^# Step 1/);
  });

  it('rendering is stable: the view of the view is the view', () => {
    fc.assert(
      fc.property(philosophy, (model) => {
        const once = renderYaml(model);
        expect(renderYaml(parse(once) as Philosophy)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
