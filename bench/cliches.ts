// The cliché check per file, measured on its own: `node scripts/build.mjs bench/cliches.ts`
// (add a number for more or fewer files, e.g. `bench/cliches.ts 2000`). The files are the bench's seeded mix (bench/mix.mjs: the two
// committed examples in three sizes, a third with a planted cliché or another warning), the three
// committed examples, and two files full of clichés (one per language). Each file is read once;
// then the no-cliches rule runs on it as `validate` runs it: once per file, in one process, so
// the stem cache and the phrase index are shared as they are in a real run. The first file pays
// for compiling the phrase lists; it is reported apart. For scale, the whole lint of the same
// file (reading, schema, every rule) is timed the same way. Figures are printed, never asserted.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../src/model/read.js';
import type { Philosophy } from '../src/model/schema.js';
import { rule } from '../src/rules/no-cliches.js';
import { readerTexts } from '../src/rules/text/fields.js';
import { lintReading } from '../src/lint/lint-source.js';
// @ts-expect-error: the bench's mix is plain JavaScript without types
import { writeMix } from './mix.mjs';

const ROOT = join(import.meta.dirname ?? process.cwd(), '..');
// `node scripts/build.mjs bench/cliches.ts 2000`: the script's own arguments follow its path.
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);

const CLICHE_EN = `version: 1
language: en
company:
  name: Best Corp
  mission: We are passionate about delivering exceptional service and a seamless customer experience.
values:
  core:
    - name: Passion for customers
      meaning: Our customers are our top priority and we always go the extra mile.
      action: Exceed every expectation, because the customer is really always right.
    - name: Excellence
      meaning: World-class, white-glove service with a customer-centric culture.
      action: Treat customers like royalty.
vision:
  statement: Your satisfaction is our priority, and we deliver outstanding service every single time.
`;

const CLICHE_DE = `version: 1
language: de
company:
  name: Beste GmbH
  mission: Wir leben Leidenschaft für unsere Kunden und bieten Service auf höchstem Niveau.
values:
  core:
    - name: Exzellenz in allem
      meaning: Der Kunde ist bei uns König, und wir übertreffen jede Erwartung.
      action: Biete Top-Service und höchste Qualität.
    - name: Kundenzufriedenheit
      meaning: Ihre Zufriedenheit ist unser Ziel, der Kunde steht immer im Mittelpunkt.
      action: Geh für jeden Kunden die Extrameile.
vision:
  statement: Wir sind der beste Kundenservice der Welt und begeistern jeden Kunden.
`;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

const work = mkdtempSync(join(tmpdir(), 'cliches-'));
try {
  writeMix(ROOT, work, count);
  const sources: Array<{ name: string; text: string }> = [
    ...['acme-robotics', 'radwerk-berlin', 'kiezspeiche-leipzig'].map((n) => ({ name: n, text: readFileSync(join(ROOT, 'philosophies', `${n}.yaml`), 'utf8') })),
    { name: 'cliches-en', text: CLICHE_EN },
    { name: 'cliches-de', text: CLICHE_DE },
    ...filesOf(work).map((f) => ({ name: f, text: readFileSync(f, 'utf8') })),
  ];
  const readings = sources.map((s) => ({ ...s, reading: readDocument(s.text) })).filter((s) => s.reading.typed);

  const timesRule: number[] = [];
  const bySize = new Map<string, number[]>();
  const timesLint: number[] = [];
  let findings = 0;
  let texts = 0;
  let first = 0;
  readings.forEach(({ reading }, i) => {
    const model = reading.data as Philosophy;
    const start = performance.now();
    const found = rule.check({ model, today: '2026-11-22' });
    const took = performance.now() - start;
    if (i === 0) first = took;
    else {
      timesRule.push(took);
      // Files of the mix by the number of texts a reader sees: small, medium and large.
      const n = readerTexts(model).length;
      const size = n < 60 ? 'under 60 texts' : n < 150 ? '60 to 149 texts' : '150 texts or more';
      bySize.set(size, [...(bySize.get(size) ?? []), took]);
    }
    findings += found.length;
    texts += readerTexts(model).length;
  });
  // The whole lint of the same files, for scale (reading again: lintReading takes a fresh reading).
  // It runs second, so the stems are cached by then: read it as a lower bound, not as a share.
  for (const { text } of sources) {
    const reading = readDocument(text);
    const start = performance.now();
    lintReading(reading, { file: 'f.yaml', language: 'en', today: '2026-11-22', rules: {} });
    timesLint.push(performance.now() - start);
  }
  const examples = readings.slice(0, 5).map(({ name, reading }) => {
    const model = reading.data as Philosophy;
    const runs = Array.from({ length: 50 }, () => {
      const start = performance.now();
      rule.check({ model, today: '2026-11-22' });
      return performance.now() - start;
    }).sort((a, b) => a - b);
    return `${name}: ${readerTexts(model).length} texts, ${rule.check({ model, today: '2026-11-22' }).length} findings, median ${runs[25]!.toFixed(3)} ms (warm, 50 runs)`;
  });

  const stats = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    return `median ${at(0.5).toFixed(3)} ms, mean ${mean.toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`;
  };
  console.log(`files: ${readings.length} read as philosophies (of ${sources.length}; the rest are the mix's syntax and schema errors)`);
  console.log(`texts a reader sees: ${texts} (${(texts / readings.length).toFixed(1)} per file); cliché findings: ${findings}`);
  console.log(`no-cliches, first file (compiles the phrase lists): ${first.toFixed(1)} ms`);
  console.log(`no-cliches, per file after that: ${stats(timesRule)}`);
  for (const [size, list] of [...bySize].sort()) console.log(`  ${size} (${list.length} files): ${stats(list)}`);
  console.log(`whole lint (read, schema, all rules), per file: ${stats(timesLint)}`);
  for (const line of examples) console.log(`  ${line}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
