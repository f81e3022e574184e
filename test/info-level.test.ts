// The hint level (`info`): a finding that tells the reader something worth knowing without
// failing the run. Set by a rule's default (saying-no) or by the config file, counted on its
// own, and carried by every output format in that format's own word for a note.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { infoCount, result, type Finding } from '../src/core/findings.js';
import { lintSource } from '../src/lint/lint-source.js';
import { format as github } from '../src/formatters/github.js';
import { format as json } from '../src/formatters/json.js';
import { format as junit } from '../src/formatters/junit.js';
import { format as sarif } from '../src/formatters/sarif.js';
import { format as stylish } from '../src/formatters/stylish.js';
import { rule as sayingNo } from '../src/rules/saying-no.js';
import { CONTEXT } from './fixtures/findings.js';

// The clean English example with one change: anyone may say no.
const FILE = readFileSync(new URL('../philosophies/acme-robotics.yaml', import.meta.url), 'utf8').replace('sayingNo: leadership', 'sayingNo: anyone');

const lintWith = (rules: Record<string, 'off' | 'info' | 'warn' | 'error'> = {}, language: 'en' | 'de' = 'en', today = '2026-11-22') =>
  lintSource(FILE, { file: 'acme.yaml', absolutePath: '/repo/acme.yaml', language, today, rules });

const finding = (severity: Finding['severity'], line: number): Finding => ({
  ruleId: severity === 'info' ? 'saying-no' : 'values-count',
  messageId: 'm',
  severity,
  message: `A ${severity} message`,
  hint: 'Fix it like this.',
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  pointer: '',
});

describe('the info level', () => {
  it('is saying-no’s default: a hint with its reason, counted neither as error nor as warning', () => {
    expect(sayingNo.meta.severity).toBe('info');
    const r = lintWith();
    const hint = r.findings.find((f) => f.ruleId === 'saying-no');
    expect(hint).toMatchObject({ messageId: 'anyone', severity: 'info' });
    expect(r.findings).toHaveLength(1);
    expect(hint!.message).toMatch(/leadership approves every “no”/);
    expect(r.errorCount).toBe(r.findings.filter((f) => f.severity === 'error').length);
    expect(r.warningCount).toBe(r.findings.filter((f) => f.severity === 'warn').length);
    expect(r.infoCount).toBe(1);
    expect(infoCount(r)).toBe(1);
  });

  it('speaks the reader’s language and no file syntax', () => {
    const de = lintWith({}, 'de').findings.find((f) => f.ruleId === 'saying-no')!;
    expect(de.message).toMatch(/gibt die Führung jedes „Nein“ frei/);
    for (const text of [de.message, de.hint, lintWith().findings.find((f) => f.ruleId === 'saying-no')!.hint]) {
      expect(text).not.toMatch(/`|sayingNo|team-lead|philosophy-disable/);
    }
  });

  it('can be raised by the config file, and any rule can be lowered to it', () => {
    expect(lintWith({ 'saying-no': 'error' }).findings.find((f) => f.ruleId === 'saying-no')?.severity).toBe('error');
    expect(lintWith({ 'saying-no': 'warn' }).findings.find((f) => f.ruleId === 'saying-no')?.severity).toBe('warn');
    expect(lintWith({ 'saying-no': 'off' }).findings.some((f) => f.ruleId === 'saying-no')).toBe(false);
    // Years after the review date, review-date speaks up; lowered, it only hints.
    const lowered = lintWith({ 'review-date': 'info' }, 'en', '2099-01-01');
    const coverage = lowered.findings.filter((f) => f.ruleId === 'review-date');
    expect(coverage.length).toBeGreaterThan(0);
    expect(coverage.every((f) => f.severity === 'info')).toBe(true);
    expect(lowered.infoCount).toBe(coverage.length + 1);
  });

  it('is allowed in the config file’s schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/philosophyrc.schema.json', import.meta.url), 'utf8'));
    const levels = schema.properties.rules.properties['saying-no'].enum;
    expect(levels).toEqual(['off', 'info', 'warn', 'error']);
  });

  it('counts results built before the level existed from their findings', () => {
    expect(infoCount({ findings: [finding('info', 1), finding('warn', 2)] })).toBe(1);
    expect(result('a', '/a', [finding('info', 1), finding('warn', 2), finding('error', 3)])).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 1 });
  });
});

describe('formatters carry the info level', () => {
  const mixed = result('philosophies/acme.yaml', '/repo/philosophies/acme.yaml', [finding('warn', 5), finding('info', 2)]);
  const hintsOnly = result('philosophies/shop.yaml', '/repo/philosophies/shop.yaml', [finding('info', 7)]);

  it('stylish: its own word and colour, counted apart from the problems', () => {
    const out = stylish([mixed], CONTEXT);
    expect(out).toMatch(/2:3 {2}hint {5}A info message/);
    expect(out).toMatch(/5:3 {2}warning {2}A warn message/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (0 errors, 1 warning), 1 hint');
    expect(stylish([hintsOnly], CONTEXT).trimEnd().split('\n').at(-1)).toBe('ℹ 1 hint');
    const de = stylish([hintsOnly, mixed], { ...CONTEXT, language: 'de' });
    expect(de).toMatch(/7:3 {2}Hinweis {2}A info message/);
    expect(de.trimEnd().split('\n').at(-1)).toBe('✖ 1 Problem (0 Fehler, 1 Warnung), 2 Hinweise');
    const coloured = stylish([hintsOnly], { ...CONTEXT, color: true });
    expect(coloured).toContain('\u001b[34mhint\u001b[39m');
  });

  it('json: severity info, not a warning', () => {
    const report = JSON.parse(json([mixed], CONTEXT));
    expect(report.results[0].findings.map((f: { severity: string }) => f.severity)).toEqual(['info', 'warning']);
    expect(report.warningCount).toBe(1);
    expect(report.errorCount).toBe(0);
  });

  it('sarif: level note, for the result and for a rule whose default is info', () => {
    const context = { ...CONTEXT, rules: [...CONTEXT.rules, { id: 'saying-no', description: 'd', severity: 'info' as const, step: 1, docsUrl: '' }] };
    const run = JSON.parse(sarif([mixed], context)).runs[0];
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['note', 'warning']);
    expect(run.tool.driver.rules.at(-1).defaultConfiguration).toEqual({ level: 'note' });
  });

  it('github: a notice annotation', () => {
    const lines = github([mixed], CONTEXT).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::notice file=philosophies\/acme\.yaml,line=2,/);
    expect(lines[1]).toMatch(/^::warning /);
  });

  it('junit: a file with only hints passes, the hints in system-out', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(junit([hintsOnly], CONTEXT));
    const testcase = parsed.testsuites.testsuite.testcase;
    expect(testcase.failure).toBeUndefined();
    expect(testcase['system-out']).toMatch(/^7:3 info saying-no A info message/);
    expect(parsed.testsuites['@_failures']).toBe('0');
  });
});
