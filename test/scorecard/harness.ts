// Runs `philosophy scorecard` in-process (main(), as the bin does) on files in a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';

/** A small philosophy whose values use every ticket KPI, an aggregated one and channels with promises. */
export const PHILOSOPHY = `version: 1
language: en
company:
  name: Testfirma
  mission: We keep small robots running for the people who own them.
needs:
  channels:
    - name: email
      firstResponse: 4h
    - name: chat
      firstResponse: 2 min
    - name: phone
      firstResponse: 3 min
values:
  core:
    - name: Quality
      action: Get it right the first time.
      kpis:
        - id: CSAT
          target: { op: gte, value: 85, unit: '%' }
        - id: FCR
          target: { op: gte, value: 70, unit: '%' }
        - id: REOPEN
          target: { op: lte, value: 10, unit: '%' }
    - name: Speed
      action: Treat every customer with urgency.
      kpis:
        - id: FRT
          target: { op: lte, value: 2, unit: h }
        - id: ART
          target: { op: lte, value: 30, unit: h }
        - id: SLA
          target: { op: gte, value: 80, unit: '%' }
        - id: AHT
          target: { op: lte, value: 12, unit: min }
    - name: Loyalty
      action: Make customers feel like family.
      kpis:
        - id: NPS
          target: { op: gte, value: 40, unit: points }
vision:
  statement: Every owner gets a robot that works again, fast.
`;

/** The same philosophy without SLA. With one export and no channel map to build, the engine
 * reads the export in one scan, without a table; with SLA it stages each export in a table. */
export const PHILOSOPHY_WITHOUT_SLA = PHILOSOPHY.replace(/ {8}- id: SLA\n.*\n/, '');
if (PHILOSOPHY_WITHOUT_SLA.includes('SLA')) throw new Error('harness: PHILOSOPHY_WITHOUT_SLA still targets SLA');

/** The two ways the engine reads one export, for tests that must hold for both. */
export const READINGS: Array<[string, string]> = [
  ['one scan (no SLA)', PHILOSOPHY_WITHOUT_SLA],
  ['staged in a table (SLA)', PHILOSOPHY],
];

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempFolder(files: Record<string, string | Buffer> = {}, philosophy = PHILOSOPHY): string {
  const dir = mkdtempSync(join(tmpdir(), 'philosophy-scorecard-'));
  writeFileSync(join(dir, 'philosophy.yaml'), philosophy);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export async function scorecard(dir: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['scorecard', 'philosophy.yaml', ...args],
    cwd: dir,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { LANG: 'C', ...env },
  });
  return { code, stdout, stderr };
}

export interface JsonRow {
  value: string;
  kpi: string;
  period: string;
  actual: number | null;
  unit: string;
  n: number | null;
  target: number;
  status: string;
}

export async function jsonResults(dir: string, args: string[]): Promise<{ results: JsonRow[]; sources: Array<Record<string, unknown>> }> {
  const r = await scorecard(dir, [...args, '--format', 'json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
