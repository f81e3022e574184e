import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FORMATS, isFormat, loadFormatter } from '../src/formatters/index.js';
import { format as github } from '../src/formatters/github.js';
import { format as json } from '../src/formatters/json.js';
import { format as junit } from '../src/formatters/junit.js';
import { format as sarif } from '../src/formatters/sarif.js';
import { format as stylish } from '../src/formatters/stylish.js';
import type { FileResult } from '../src/core/findings.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { CONTEXT, ESCAPE_MESSAGE, NASTY_MESSAGE, RESULTS, TOTALS } from './fixtures/findings.js';

const CLEAN = RESULTS.filter((result) => result.findings.length === 0);
const byFile = (file: string): FileResult => {
  const result = RESULTS.find((candidate) => candidate.file === file);
  if (!result) throw new Error(`fixture has no ${file}`);
  return result;
};
const ACME = byFile('philosophies/acme.yaml');
const WARNINGS_ONLY = byFile('philosophies/teams/support.yaml');
const SPACED = byFile('philosophies/customer care.yaml');

/** A file result outside the shared fixture, for one edge case at a time. */
function single(file: string, overrides: Partial<FileResult> = {}): FileResult {
  const [finding] = SPACED.findings;
  if (!finding) throw new Error('fixture changed');
  return {
    file,
    absolutePath: `${CONTEXT.cwd}/${file}`,
    findings: [{ ...finding, message: 'Plain message' }],
    errorCount: 1,
    warningCount: 0,
    ...overrides,
  };
}

describe('index', () => {
  it('loads every registered format', async () => {
    for (const name of FORMATS) {
      const formatter = await loadFormatter(name);
      expect(typeof formatter, name).toBe('function');
      expect(formatter(CLEAN, CONTEXT), name).toBeTypeOf('string');
    }
    expect(await loadFormatter('stylish')).toBe(stylish);
  });

  it('rejects a name that is not a format', async () => {
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('xml')).toBe(false);
    // @ts-expect-error: unknown formats do not compile
    await expect(loadFormatter('xml')).rejects.toThrow(/Unknown format "xml"/);
  });
});

describe('stylish', () => {
  const output = stylish(RESULTS, CONTEXT);

  it('prints nothing for clean results', () => {
    expect(stylish(CLEAN, CONTEXT)).toBe('');
    expect(stylish([], CONTEXT)).toBe('');
  });

  it('groups by file, sorts by position, aligns columns and ends with a summary', () => {
    expect(output).toBe(
      [
        'philosophies/acme.yaml',
        '    1:1   error    Missing required property "vision"                                     schema',
        '                   Add a vision with a statement.',
        '   12:3   warning  There are 6 core values; five or fewer are easier to remember          values-count',
        '                   Merge or drop a value.',
        '   14:3   error    The action statement does not start with a verb                        value-action-statement',
        '                   Start with a verb.',
        `   14:7   error    Value "R&D <fast>" is 100% done: a, b\\r\\nsecond line ]]> end 'quoted'  value-action-statement`,
        '                   Start with a verb, e.g. "Say what you mean."',
        '  105:11  warning  Unknown rule finding                                                   experimental-check',
        '',
        'philosophies/teams/support.yaml',
        '   9:3   warning  Über fünf Werte sind schwer zu merken  values-count',
        '                  Werte zusammenlegen.',
        '  80:15  warning  The review date 2024-06-01 has passed  review-date',
        '                  Review the philosophy and set the next date.',
        '',
        'philosophies/customer care.yaml',
        '  20:3  error  Vision is empty\\x1b[2J\\x1b[31m after all  vision-one-sentence',
        '',
        `✖ ${TOTALS.findings} problems (${TOTALS.errors} errors, ${TOTALS.warnings} warnings)`,
        '',
      ].join('\n'),
    );
  });

  it('never lets a message or path drive the terminal', () => {
    expect(output).not.toContain('\x1b');
    expect(output).not.toContain('\r');
    expect(output).toContain('Vision is empty\\x1b[2J');

    const hostile = single('evil\x1b]0;owned\x07\u009b2J\u202e.yaml');
    const printed = stylish([hostile], { ...CONTEXT, color: true });
    expect(printed).toContain('evil\\x1b]0;owned\\x07\\x9b2J\\u202e.yaml');
    expect(printed).not.toMatch(/[\u0007\u009b\u202e]|\x1b\]/);
  });

  it('colours only when asked, and escapes hostile text in colour too', () => {
    expect(output).not.toMatch(/\x1b\[/);
    const coloured = stylish(RESULTS, { ...CONTEXT, color: true });
    expect(coloured).toMatch(/\x1b\[31m/);
    expect(coloured).not.toContain(ESCAPE_MESSAGE);
    // Every ESC that remains is one of ours: a plain SGR colour sequence.
    const sequences = coloured.match(/\x1b[^m]*m?/g) ?? [];
    expect(sequences.length).toBeGreaterThan(0);
    for (const sequence of sequences) expect(sequence).toMatch(/^\x1b\[\d+(;\d+)*m$/);
    expect(coloured.replace(/\x1b\[\d+(;\d+)*m/g, '')).toBe(output);
  });

  it('names the severity in the reader’s language', () => {
    const de = stylish(RESULTS, { ...CONTEXT, language: 'de' });
    expect(de).toMatch(/^ +\d+:\d+ +Fehler {2}/m);
    expect(de).toMatch(/^ +\d+:\d+ +Warnung {2}/m);
    expect(de).not.toMatch(/\b(error|warning)\b {2}/);
  });

  it.each([80, 110])('wraps to a %i-column terminal at word boundaries: no line longer, no word broken', (width) => {
    const plain = stylish(RESULTS, CONTEXT);
    const wrapped = stylish(RESULTS, { ...CONTEXT, width });
    for (const line of wrapped.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
    // The same words in the same order: only the line breaks moved, none inside a word.
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(wrapped)).toEqual(words(plain));
  });

  it('words the summary in the context language, singular and plural', () => {
    const de: FormatterContext = { ...CONTEXT, language: 'de' };
    const [oneWarning] = WARNINGS_ONLY.findings;
    if (!oneWarning) throw new Error('fixture changed');
    const warningOnly: FileResult = { ...WARNINGS_ONLY, findings: [oneWarning], warningCount: 1 };
    const last = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';

    expect(last(stylish(RESULTS, de))).toBe('✖ 8 Probleme (4 Fehler, 4 Warnungen)');
    expect(last(stylish([SPACED], de))).toBe('✖ 1 Problem (1 Fehler, 0 Warnungen)');
    expect(last(stylish([warningOnly], de))).toBe('✖ 1 Problem (0 Fehler, 1 Warnung)');
    expect(last(stylish([SPACED], CONTEXT))).toBe('✖ 1 problem (1 error, 0 warnings)');
    expect(last(stylish([warningOnly], CONTEXT))).toBe('✖ 1 problem (0 errors, 1 warning)');
  });
});

describe('json', () => {
  const report = JSON.parse(json(RESULTS, CONTEXT));

  it('is pretty-printed with a trailing newline', () => {
    const text = json(RESULTS, CONTEXT);
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has the documented shape and totals', () => {
    expect(Object.keys(report)).toEqual(['version', 'tool', 'results', 'errorCount', 'warningCount']);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'philosophy', version: CONTEXT.version });
    expect(report.errorCount).toBe(TOTALS.errors);
    expect(report.warningCount).toBe(TOTALS.warnings);
    expect(report.results.map((result: { file: string }) => result.file)).toEqual(RESULTS.map((result) => result.file));
    expect(report.results[0]).toEqual({ file: 'philosophies/clean.yaml', errorCount: 0, warningCount: 0, findings: [] });
  });

  it('writes findings sorted, with string severities and docs URLs', () => {
    const acme = report.results[1];
    expect(acme.errorCount).toBe(ACME.errorCount);
    expect(acme.findings.map((finding: { line: number; column: number }) => `${finding.line}:${finding.column}`)).toEqual([
      '1:1',
      '12:3',
      '14:3',
      '14:7',
      '105:11',
    ]);
    expect(acme.findings[3]).toEqual({
      ruleId: 'value-action-statement',
      messageId: 'missing',
      severity: 'error',
      message: NASTY_MESSAGE,
      hint: 'Start with a verb, e.g. "Say what you mean."',
      line: 14,
      column: 7,
      endLine: 14,
      endColumn: 22,
      pointer: '/values/core/0/action',
      docsUrl: 'https://example.com/philosophy/docs/rules/value-action-statement.md',
    });
    expect(acme.findings[1].severity).toBe('warning');
    expect(acme.findings[4].docsUrl).toBe('');
    expect(report.results[3].findings[0].message).toBe(ESCAPE_MESSAGE);
  });
});

describe('junit', () => {
  const xml = junit(RESULTS, CONTEXT);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    trimValues: false,
    isArray: (name) => name === 'testcase',
  });
  const parsed = parser.parse(xml);
  const suites = parsed.testsuites;
  const cases = suites.testsuite.testcase;

  it('is well-formed XML with the run totals', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(suites).toMatchObject({ name: 'philosophy', tests: '4', failures: String(TOTALS.failingFiles), errors: '0' });
    expect(suites.testsuite).toMatchObject({ tests: '4', failures: String(TOTALS.failingFiles), errors: '0' });
  });

  it('has one testcase per file; clean files pass', () => {
    expect(cases).toHaveLength(TOTALS.files);
    expect(cases.map((testcase: { name: string }) => testcase.name)).toEqual(RESULTS.map((result) => result.file));
    for (const testcase of cases) expect(testcase.classname).toBe('philosophy');
    expect(cases[0]).toEqual({ classname: 'philosophy', name: 'philosophies/clean.yaml' });
  });

  it('fails files with errors and lists every finding, escaped so that it round-trips', () => {
    const failure = cases[1].failure;
    expect(failure.message).toBe('3 errors, 2 warnings');
    expect(failure.type).toBe('error');
    const lines = failure['#text'].split('\n');
    expect(lines.filter((line: string) => /^\d+:\d+ /.test(line))).toHaveLength(ACME.findings.length);
    expect(lines[0]).toBe('1:1 error schema Missing required property "vision"');
    expect(failure['#text']).toContain(`14:7 error value-action-statement ${NASTY_MESSAGE}`);
    expect(failure['#text']).toContain('12:3 warning values-count There are 6 core values');
    expect(cases[3].failure.message).toBe('1 error, 0 warnings');
    expect(xml).not.toContain(']]>');
  });

  it('passes files with only warnings and lists them in system-out', () => {
    expect(cases[2].failure).toBeUndefined();
    expect(cases[2]['system-out']).toContain('9:3 warning values-count Über fünf Werte sind schwer zu merken');
    expect(cases[2]['system-out']).toContain('80:15 warning review-date');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(xml).not.toContain('\x1b');
    expect(cases[3].failure['#text']).toContain('Vision is empty[2J[31m after all');
  });

  it('escapes attribute values', () => {
    const file = `a "b" <c> & 'd'\tx.yaml`;
    const out = junit([single(file)], CONTEXT);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(parser.parse(out).testsuites.testsuite.testcase[0].name).toBe(file);
  });

  it('passes a clean run', () => {
    const clean = parser.parse(junit(CLEAN, CONTEXT)).testsuites;
    expect(clean).toMatchObject({ tests: '1', failures: '0' });
  });
});

describe('github', () => {
  const output = github(RESULTS, CONTEXT);
  const lines = output.split('\n');
  const unescape = (text: string): string =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

  it('prints nothing for clean results', () => {
    expect(github(CLEAN, CONTEXT)).toBe('');
  });

  it('writes one workflow command per finding', () => {
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(TOTALS.findings + 1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(
        /^::(error|warning) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]+$/,
      );
    }
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(TOTALS.errors);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(TOTALS.warnings);
  });

  it('escapes the message as the actions toolkit does and appends the hint', () => {
    expect(lines).toContain(
      '::error file=philosophies/acme.yaml,line=14,col=7,endLine=14,endColumn=22,title=value-action-statement::' +
        `Value "R&D <fast>" is 100%25 done: a, b%0D%0Asecond line ]]> end 'quoted'%0AStart with a verb, e.g. "Say what you mean."`,
    );
    const nasty = lines.find((line) => line.includes('col=7,'));
    expect(unescape(nasty?.split('::')[2] ?? '')).toBe(`${NASTY_MESSAGE}\nStart with a verb, e.g. "Say what you mean."`);
    expect(lines).toContain(
      '::warning file=philosophies/acme.yaml,line=105,col=11,endLine=105,endColumn=15,title=experimental-check::Unknown rule finding',
    );
  });

  it('makes control characters visible', () => {
    expect(output).not.toContain('\x1b');
    expect(output).toContain('Vision is empty\\x1b[2J\\x1b[31m after all');
  });

  it('writes paths relative to cwd with forward slashes, escaped as properties', () => {
    expect(output).toContain('file=philosophies/customer care.yaml,');
    expect(output).toContain('file=philosophies/teams/support.yaml,');
    expect(github(RESULTS, { ...CONTEXT, cwd: '/repo/philosophies' })).toContain('file=teams/support.yaml,');
    const odd = github([single('odd:name,1%.yaml')], CONTEXT);
    expect(odd).toMatch(/^::error file=odd%3Aname%2C1%25\.yaml,line=20,/);
    expect(unescape('odd%3Aname%2C1%25.yaml')).toBe('odd:name,1%.yaml');
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // The published schema is draft-04 (`id`, draft-04 `$schema`), which Ajv 8 does not ship a
  // meta-schema for; the keywords it uses mean the same in Ajv's default dialect.
  const { $schema: _draft, id, ...body } = schema;
  const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile({ ...body, $id: id });
  const log = JSON.parse(sarif(RESULTS, CONTEXT));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('the schema check is not vacuous', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule, including rules turned off', () => {
    expect(run.tool.driver).toMatchObject({ name: 'philosophy', version: CONTEXT.version });
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(CONTEXT.rules.map((rule) => rule.id));
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'value-action-statement',
      shortDescription: { text: 'Each value has an action statement that starts with a verb' },
      helpUri: 'https://example.com/philosophy/docs/rules/value-action-statement.md',
      defaultConfiguration: { level: 'error' },
    });
    const levels = run.tool.driver.rules.map((rule: { defaultConfiguration: { level: string } }) => rule.defaultConfiguration.level);
    expect(levels).toEqual(['error', 'error', 'warning', 'error', 'warning', 'none']);
    expect(run.tool.driver.rules[3]).not.toHaveProperty('helpUri');
  });

  it('writes one result per finding, pointing at its rule and file', () => {
    expect(run.results).toHaveLength(TOTALS.findings);
    for (const result of run.results) {
      if (result.ruleIndex === undefined) expect(result.ruleId).toBe('experimental-check');
      else expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    const nasty = run.results.find((result: { message: { text: string } }) => result.message.text.startsWith(NASTY_MESSAGE));
    expect(nasty).toEqual({
      ruleId: 'value-action-statement',
      ruleIndex: 1,
      level: 'error',
      message: { text: `${NASTY_MESSAGE}\nStart with a verb, e.g. "Say what you mean."` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'philosophies/acme.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 14, startColumn: 7, endLine: 14, endColumn: 22 },
          },
        },
      ],
    });
    const uris = new Set(
      run.results.map((result: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) =>
        result.locations[0].physicalLocation.artifactLocation.uri,
      ),
    );
    expect([...uris]).toEqual(['philosophies/acme.yaml', 'philosophies/teams/support.yaml', 'philosophies/customer%20care.yaml']);
    expect(run.results.filter((result: { level: string }) => result.level === 'warning')).toHaveLength(TOTALS.warnings);
  });

  it('keeps an empty results array for a clean run', () => {
    const clean = JSON.parse(sarif(CLEAN, CONTEXT));
    expect(clean.runs[0].results).toEqual([]);
    expect(validate(clean)).toBe(true);
  });

  it('gives a file outside cwd an absolute file URI', () => {
    const outside = JSON.parse(sarif([single('x.yaml', { absolutePath: '/elsewhere/x.yaml' })], CONTEXT));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///elsewhere/x.yaml',
    });
    expect(validate(outside)).toBe(true);
  });
});
