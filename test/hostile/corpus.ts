// The hostile-input corpus of issue 6: files (and paths) that every command must survive. Each
// case is written by code into a fresh sandbox at test time (nothing big is committed), and says
// which commands apply to it and the exit code each must give:
//   1  a finding: the file was read and something in it is wrong (a parse, limit or schema error)
//   2  usage or I/O: there is no file to read (missing, a folder, a loop, a FIFO, unreadable),
//      a glob that matches nothing; for `init --answers` also every answers file it refuses
//      (the README: "a missing required answer is exit 2"; an answers file is input to a
//      command, not a philosophy under check), and for `--config` every config file it cannot use
//   0  the file is a valid philosophy; the hostile part is text, which must come out literally
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../e2e/run.js';

export type Command =
  /** validate FILE */
  | 'validate'
  /** render FILE --out out */
  | 'render'
  /** render --check FILE */
  | 'check'
  /** export FILE handout --format md --out out/ */
  | 'export-md'
  /** export FILE handout --format html --out out/ */
  | 'export-html'
  /** export FILE team-sheet --team NAME --out out/ */
  | 'export-team'
  /** edit FILE --answers ../edit-answers.yaml (a benign change) */
  | 'edit'
  /** edit good.yaml --answers FILE */
  | 'edit-answers'
  /** init --answers FILE --yes, in a folder holding nothing else */
  | 'init'
  /** validate good.yaml --config FILE (the config file is read by validate, render and export) */
  | 'config';

export const COMMANDS: readonly Command[] = ['validate', 'render', 'check', 'export-md', 'export-html', 'export-team', 'edit', 'edit-answers', 'init', 'config'];

/** What a case stresses, which decides the commands of the default (quick) run; HOSTILE_FULL=1
 * runs every command in `expect` on every case. */
export type Group = 'shape' | 'heavy' | 'valid' | 'no-file' | 'name' | 'team';

export interface Case {
  id: string;
  title: string;
  group: Group;
  /** Writes the case into `dir` (the working folder); returns the path argument. */
  make(dir: string): string;
  /** Exit code per command that applies. */
  expect: Partial<Record<Command, number>>;
  /** The line the message must name, where the problem has one. */
  line?: number;
  /** What the output must contain to name the file (default: the path argument). */
  shownAs?: string;
  /** For export-team: the team to ask for. */
  team?: string;
  /** Skip with this reason (e.g. no way to make a file unreadable here). */
  skip?: string;
  /** The exact slug `init` must derive (company-name cases). */
  slug?: string;
  /** The commands of the default run, when not those of the group (a defect that makes every
   * command hang is shown by two; HOSTILE_FULL=1 runs them all). */
  quick?: readonly Command[];
}

// --- the valid base: the English example ------------------------------------------------------

const EXAMPLE = join(ROOT, 'philosophies/acme-robotics.yaml');
export const exampleText = (): string => readFileSync(EXAMPLE, 'utf8');
export const exampleModel = (): Record<string, any> => parse(exampleText()) as Record<string, any>;
const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** The example with `text` planted in most text fields (and in the company name, after "Acme "). */
function planted(text: string, name = `Acme ${text}`): string {
  const m = exampleModel();
  m.company.name = name;
  m.company.mission = `Robots ${text} for everyone.`;
  m.needs.supportRole = text;
  m.needs.principles[0] = `Help first ${text}`;
  m.needs.channels[0].hours = `Mon-Fri ${text}`;
  m.values.core[0].meaning = text;
  m.values.core[0].behaviours[0] = text;
  m.values.core[0].notThis[0] = text;
  m.values.core[0].tools[0] = text;
  m.vision.stakeholders[0] = text;
  m.empowerment.decisions[0] = text;
  m.empowerment.escalation = text;
  m.sharing.onboarding = text;
  m.hiring.benchmark[0].questions[0] = `${text}?`;
  m.teams[0].activities = text;
  m.feedback.conflictPolicy = text;
  return yaml(m);
}

/** The example with one field replaced (dotted path, array indexes as numbers). */
function withField(path: string, value: unknown): string {
  const m = exampleModel();
  const keys = path.split('.');
  let node: any = m;
  for (const k of keys.slice(0, -1)) node = node[k];
  node[keys.at(-1)!] = value;
  return yaml(m);
}

/** A deterministic stream of bytes (mulberry32). */
function bytes(count: number, seed: number): Buffer {
  const out = Buffer.alloc(count);
  let a = seed >>> 0;
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return name;
}

const MiB = 1024 * 1024;
export const ESCAPES = '\x1b[2J\x1b[31mred\x1b]0;pwned title\x07\u009b1m\u202eevil\u2066';

// Expectations per kind of case.
// `export --format html` differs from `--format md` only once the file has loaded (the
// template): it applies to the valid files and to the resource cases (nesting, size, long
// lines), where the whole path is timed; for the rest `--format md` stands for `export`.
// This keeps the corpus at about a minute on two cores.
/** A file that is read and is wrong: a finding (1); `init` refuses it as answers (2). */
const BROKEN = { validate: 1, render: 1, check: 1, 'export-md': 1, edit: 1, init: 2 } as const;
/** The same, for the cases that stress resources: `export --format html` too. */
const HEAVY = { ...BROKEN, 'export-html': 1 } as const;
/** No file to read: usage/I-O (2) everywhere. */
const NO_FILE = { validate: 2, render: 2, check: 2, 'export-md': 2, edit: 2, init: 2 } as const;
/** A valid philosophy: every command works (render --check: 1, nothing rendered yet = stale). */
const VALID = { validate: 0, render: 0, check: 1, 'export-md': 0, 'export-html': 0, edit: 0, init: 0 } as const;
/** The answers-file commands too, for the cases that stress reading (size, FIFO, bombs, UTF-8). */
const AND_EDIT_ANSWERS = { 'edit-answers': 2 } as const;
/** The file as `--config`: a config that cannot be used is exit 2, like a usage error. */
const AND_CONFIG = { config: 2 } as const;

export const CASES: Case[] = [
  // --- malformed YAML of many shapes -----------------------------------------------------------
  {
    id: 'unclosed-flow-sequence',
    title: 'a flow sequence that never closes',
    group: 'shape',
    make: (d) => write(d, 'unclosed-flow.yaml', 'version: 1\nlanguage: en\ncompany: [Acme, Robots\nvalues:\n  core: []\n'),
    expect: BROKEN,
    line: 3,
  },
  {
    id: 'unclosed-double-quote',
    title: 'a double quote that never closes',
    group: 'shape',
    make: (d) => write(d, 'unclosed-quote.yaml', 'version: 1\nlanguage: en\ncompany:\n  name: "Acme\n  mission: Robots.\n'),
    expect: BROKEN,
    line: 4,
  },
  {
    id: 'unclosed-single-quote',
    title: 'a single quote that never closes, at the end of the file',
    group: 'shape',
    make: (d) => write(d, 'unclosed-single.yaml', "version: 1\nlanguage: en\ncompany:\n  name: Acme\n  mission: 'Robots\n"),
    expect: BROKEN,
    line: 5,
  },
  {
    id: 'bad-indentation',
    title: 'a key indented less than its siblings',
    group: 'shape',
    make: (d) => write(d, 'bad-indent.yaml', 'version: 1\nlanguage: en\ncompany:\n    name: Acme\n  mission: Robots.\n'),
    expect: BROKEN,
    line: 5,
  },
  {
    id: 'colons-and-dashes',
    title: 'colons, dashes and brackets with no structure',
    group: 'shape',
    make: (d) => write(d, 'garbage-syntax.yaml', 'version: 1\n: : :\n- - ]\n}{ ][\n'),
    expect: BROKEN,
    line: 2,
  },
  {
    id: 'bad-escape',
    title: 'an unknown escape in a double-quoted string',
    group: 'shape',
    make: (d) => write(d, 'bad-escape.yaml', 'version: 1\nlanguage: en\ncompany:\n  name: "Acme \\q"\n'),
    expect: BROKEN,
    line: 4,
  },
  {
    id: 'tab-indentation',
    title: 'tabs for indentation',
    group: 'shape',
    make: (d) => write(d, 'tabs.yaml', 'version: 1\nlanguage: en\ncompany:\n\tname: Acme\n\tmission: Robots.\n'),
    expect: BROKEN,
    line: 4,
  },
  {
    id: 'merge-conflict',
    title: 'an unresolved merge conflict',
    group: 'shape',
    make: (d) => {
      const lines = exampleText().split('\n');
      lines.splice(6, 2, '<<<<<<< HEAD', '  name: Acme Robotics', '=======', '  name: Acme Robots Inc.', '>>>>>>> feature/rename', '  mission: Robots.');
      return write(d, 'conflict.yaml', lines.join('\n'));
    },
    expect: { ...BROKEN, ...AND_CONFIG },
    line: 7,
  },
  {
    id: 'duplicate-keys',
    title: 'the same key twice in one map',
    group: 'shape',
    make: (d) => write(d, 'duplicate.yaml', exampleText().replace('  name: Acme Robotics\n', '  name: Acme Robotics\n  name: Acme Robots\n')),
    expect: { ...BROKEN, ...AND_CONFIG },
    line: 8,
  },
  {
    id: 'several-documents',
    title: 'two YAML documents in one file',
    group: 'shape',
    make: (d) => write(d, 'two-docs.yaml', `${exampleText()}---\n${exampleText()}`),
    expect: BROKEN,
    line: exampleText().split('\n').length,
  },
  {
    id: 'alias-bomb',
    title: 'a billion laughs (9 levels of 9 aliases)',
    group: 'heavy',
    make: (d) => {
      let s = 'version: 1\nlanguage: en\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
      for (let i = 1; i <= 9; i++) s += `lol${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]\n`;
      return write(d, 'billion-laughs.yaml', s);
    },
    expect: { ...HEAVY, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
  },
  {
    id: 'undefined-alias',
    title: 'an alias to an anchor that does not exist',
    group: 'shape',
    make: (d) => write(d, 'bad-alias.yaml', 'version: 1\nlanguage: en\ncompany: *nowhere\n'),
    expect: BROKEN,
    line: 3,
  },
  {
    id: 'yaml-tags',
    title: 'language-specific tags (!!js/function, !!python/object/apply)',
    group: 'shape',
    make: (d) =>
      write(d, 'tags.yaml', 'version: 1\nlanguage: en\ncompany:\n  name: !!js/function "function () { process.exit(9) }"\n  mission: !!python/object/apply:os.system ["touch pwned"]\n'),
    expect: BROKEN,
    line: 4,
  },

  // --- resources: nesting, size, line length ----------------------------------------------------
  {
    id: 'flow-sequences-10000-deep',
    title: 'flow sequences nested 10 000 deep',
    group: 'heavy',
    make: (d) => write(d, 'deep-flow-seq.yaml', `version: 1\nlanguage: en\ncompany: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    expect: { ...HEAVY, ...AND_EDIT_ANSWERS },
  },
  {
    id: 'flow-maps-10000-deep',
    title: 'flow maps nested 10 000 deep ({value: {value: …}})',
    group: 'heavy',
    make: (d) => write(d, 'deep-flow-map.yaml', `version: 1\nlanguage: en\ncompany: ${'{value: '.repeat(10_000)}x${'}'.repeat(10_000)}\n`),
    expect: { ...HEAVY, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
  },
  {
    id: 'block-sequences-10000-deep',
    title: 'block sequences nested 10 000 deep (- - - … on one line)',
    group: 'heavy',
    make: (d) => write(d, 'deep-block-seq.yaml', `${'- '.repeat(10_000)}x\n`),
    expect: HEAVY,
  },
  {
    id: 'block-maps-1400-deep',
    title: 'block maps nested 1 400 deep by indentation (just under 1 MiB)',
    group: 'heavy',
    make: (d) => {
      const lines: string[] = [];
      for (let i = 0; i < 1_400; i++) lines.push(`${' '.repeat(i)}k:`);
      return write(d, 'deep-block-map.yaml', `${lines.join('\n')} x\n`);
    },
    expect: HEAVY,
  },
  {
    id: 'file-20MiB',
    title: 'a 20 MiB file (must not be read at all)',
    group: 'heavy',
    make: (d) => {
      const line = '  - a line of a very long list, over and over again\n';
      return write(d, 'huge.yaml', `version: 1\nlanguage: en\nlist:\n${line.repeat(Math.ceil((20 * MiB) / line.length))}`);
    },
    expect: { ...HEAVY, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
  },
  {
    id: 'file-1MiB-plus-one',
    title: 'a valid file one byte over the 1 MiB limit',
    group: 'heavy',
    make: (d) => {
      const base = exampleText();
      const pad = `# ${'x'.repeat(MiB - Buffer.byteLength(base) - 2)}\n`;
      return write(d, 'over-limit.yaml', base + pad);
    },
    expect: HEAVY,
  },
  {
    id: 'line-1MiB-text',
    title: 'a valid file whose mission is a single line of almost 1 MiB',
    group: 'valid',
    make: (d) => {
      const base = exampleText();
      const filler = 'Robots for everyone and everything '.repeat(Math.floor((MiB - Buffer.byteLength(base) - 100) / 35));
      return write(d, 'long-line.yaml', base.replace(/^  mission: .*$/m, `  mission: ${filler.trim()}`));
    },
    expect: VALID,
  },
  {
    id: 'line-1MiB-flow-nesting',
    title: 'a single line of almost 1 MiB: flow maps nested 200 000 deep',
    quick: ['validate'],
    group: 'heavy',
    make: (d) => {
      const n = 200_000;
      return write(d, 'long-flow-line.yaml', `company: ${'{a: '.repeat(n)}x${'}'.repeat(n)}\n`);
    },
    // Not `init`: its answers reader takes 1.9–2.5 s on this line (the yaml library runs out of
    // stack at the end), too close to the limit for a stable test; D2 is shown by the others.
    expect: { validate: 1, render: 1, check: 1, 'export-md': 1, 'export-html': 1, edit: 1 },
  },
  {
    id: 'keys-20000',
    group: 'heavy',
    title: '20 000 unknown keys',
    make: (d) => write(d, 'many-keys.yaml', Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n') + '\n'),
    expect: { ...HEAVY, ...AND_CONFIG },
  },
  {
    id: 'list-520000-block',
    group: 'heavy',
    title: 'a block list of 520 000 empty items (just under 1 MiB)',
    quick: ['validate'],
    make: (d) => write(d, 'long-list.yaml', `version: 1\nlanguage: en\ncompany:\n${'-\n'.repeat(520_000)}`),
    expect: HEAVY,
  },
  {
    id: 'list-500000-flow',
    group: 'heavy',
    title: 'a flow list of 500 000 items on one line (just under 1 MiB)',
    quick: ['validate', 'init'],
    make: (d) => write(d, 'long-flow-list.yaml', `version: 1\nlanguage: en\ncompany: [${'1,'.repeat(499_990)}1]\n`),
    expect: HEAVY,
  },
  {
    id: 'syntax-errors-100000',
    title: 'a mangled file of 100 000 broken lines',
    group: 'heavy',
    make: (d) => write(d, 'mangled.yaml', 'a: "x\n' + '}: ]\n'.repeat(100_000)),
    expect: HEAVY,
  },

  // --- bytes and encodings ------------------------------------------------------------------------
  {
    id: 'binary-garbage',
    title: '64 KiB of random bytes',
    group: 'shape',
    make: (d) => write(d, 'garbage.yaml', bytes(64 * 1024, 42)),
    expect: BROKEN,
  },
  {
    id: 'ascii-control-garbage',
    title: 'random ASCII control characters and text (valid UTF-8)',
    group: 'shape',
    make: (d) => write(d, 'controls.yaml', Buffer.from([...bytes(4096, 7)].map((b) => (b % 3 === 0 ? b % 32 : 0x20 + (b % 95))))),
    expect: BROKEN,
  },
  {
    id: 'invalid-utf8',
    title: 'invalid UTF-8 in a value',
    group: 'shape',
    make: (d) => write(d, 'latin1.yaml', Buffer.concat([Buffer.from('version: 1\nlanguage: en\ncompany:\n  name: M'), Buffer.from([0xfc]), Buffer.from('nchen\n')])),
    expect: { ...BROKEN, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
    line: 4,
  },
  {
    id: 'overlong-utf8',
    title: 'an overlong UTF-8 encoding of "/" (C0 AF)',
    group: 'shape',
    make: (d) => write(d, 'overlong.yaml', Buffer.concat([Buffer.from('version: 1\ncompany:\n  name: a'), Buffer.from([0xc0, 0xaf]), Buffer.from('b\n')])),
    expect: BROKEN,
    line: 3,
  },
  {
    id: 'utf16',
    title: 'the example saved as UTF-16 LE with its BOM',
    group: 'shape',
    make: (d) => write(d, 'utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exampleText(), 'utf16le')])),
    expect: BROKEN,
  },
  {
    id: 'utf8-bom',
    title: 'the example with a UTF-8 BOM',
    group: 'valid',
    make: (d) => write(d, 'bom.yaml', `\ufeff${exampleText()}`),
    expect: VALID,
  },
  {
    id: 'crlf',
    title: 'the example with CRLF line ends',
    group: 'valid',
    make: (d) => write(d, 'crlf.yaml', exampleText().replace(/\n/g, '\r\n')),
    expect: VALID,
  },
  {
    id: 'cr-only',
    title: 'old Mac line ends (CR only)',
    group: 'shape',
    make: (d) => write(d, 'cr.yaml', 'version: 1\rlanguage: en\rcompany:\r  name: Acme\r'),
    expect: BROKEN,
  },
  {
    id: 'empty',
    title: 'an empty file',
    group: 'shape',
    make: (d) => write(d, 'empty.yaml', ''),
    expect: BROKEN,
  },
  {
    id: 'whitespace-only',
    title: 'blank lines and spaces only',
    group: 'shape',
    make: (d) => write(d, 'blank.yaml', '\n   \n\n  \n'),
    expect: BROKEN,
  },
  {
    id: 'comments-only',
    title: 'a file of only comments',
    group: 'shape',
    make: (d) => write(d, 'comments.yaml', '# yaml-language-server: $schema=../schema/philosophy.schema.json\n# TODO: write the philosophy\n# version: 1\n'),
    expect: BROKEN,
  },

  // --- wrong shapes and types ---------------------------------------------------------------------
  {
    id: 'top-level-list',
    title: 'a list where the philosophy map is due',
    group: 'shape',
    make: (d) => write(d, 'list.yaml', '- version: 1\n- language: en\n'),
    expect: BROKEN,
  },
  {
    id: 'top-level-scalar',
    title: 'a single number where the philosophy map is due',
    group: 'shape',
    make: (d) => write(d, 'scalar.yaml', '42\n'),
    expect: BROKEN,
  },
  {
    id: 'wrong-types-every-level',
    title: 'wrong types at every level',
    group: 'shape',
    make: (d) =>
      write(
        d,
        'wrong-types.yaml',
        [
          'version: "one"',
          'language: [en]',
          'company: Acme',
          'needs:',
          '  channels: email',
          '  principles: {a: 1}',
          'values:',
          '  core:',
          '    - 7',
          '    - name: [Quality]',
          '      kpis: CSAT',
          '      behaviours: [[nested]]',
          'vision: true',
          'hiring:',
          '  scale: five',
          '  benchmark: {value: x}',
          'teams: {support: yes}',
          'feedback:',
          '  nextReview: 2027-03-01',
          '  methods: 3',
          '',
        ].join('\n'),
      ),
    expect: BROKEN,
    line: 1,
  },
  {
    id: 'prototype-keys',
    title: '__proto__, constructor and prototype keys at several levels',
    group: 'shape',
    make: (d) => {
      const text = exampleText()
        .replace('version: 1\n', 'version: 1\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n')
        .replace('  name: Acme Robotics\n', '  name: Acme Robotics\n  __proto__: { isAdmin: true }\n  prototype: x\n')
        .replace('    - name: Integrity\n', '    - name: Integrity\n      constructor: { name: Evil }\n');
      return write(d, 'proto.yaml', text);
    },
    expect: BROKEN,
    line: 3,
  },
  {
    id: 'numbers-for-text',
    title: 'numbers, booleans and null where text is due',
    group: 'shape',
    make: (d) => {
      const m = exampleModel();
      m.company.name = 12345;
      m.company.mission = 1e21;
      m.values.core[0].action = true;
      m.vision.statement = null;
      m.teams[0].activities = 0x1f;
      return write(d, 'numbers.yaml', yaml(m));
    },
    expect: BROKEN,
  },
  {
    id: 'text-for-numbers',
    title: 'text where numbers are due',
    group: 'shape',
    make: (d) => {
      const m = exampleModel();
      m.version = '1';
      m.hiring.scale = 'five';
      m.values.core[0].kpis[0].target.value = 'ninety';
      return write(d, 'texts.yaml', yaml(m));
    },
    expect: BROKEN,
    line: 1,
  },
  {
    id: 'date-german-form',
    title: 'a review date written 31.12.2027',
    group: 'shape',
    make: (d) => write(d, 'date-de.yaml', exampleText().replace(/nextReview: .*/, 'nextReview: 31.12.2027')),
    expect: BROKEN,
    line: 335,
  },
  {
    id: 'date-timestamp',
    title: 'a review date with a time and zone',
    group: 'shape',
    make: (d) => write(d, 'date-time.yaml', exampleText().replace(/nextReview: .*/, 'nextReview: 2027-03-01T10:00:00+01:00')),
    expect: BROKEN,
    line: 335,
  },
  {
    id: 'date-number',
    title: 'a review date as the number 20270301',
    group: 'shape',
    make: (d) => write(d, 'date-number.yaml', exampleText().replace(/nextReview: .*/, 'nextReview: 20270301')),
    expect: BROKEN,
    line: 335,
  },
  {
    id: 'unknown-fields',
    title: 'unknown fields and typos at several levels',
    group: 'shape',
    make: (d) => write(d, 'typos.yaml', exampleText().replace('company:\n', 'compnay:\n  name: x\ncompany:\n').replace('  mission:', '  misson: x\n  mission:')),
    expect: BROKEN,
    line: 6,
  },

  // --- long and hostile text ----------------------------------------------------------------------
  {
    id: 'string-100000',
    title: 'strings of 100 000 characters in text fields',
    group: 'valid',
    make: (d) => {
      // Five fields of 100 000 characters: half a MiB, within the 1 MiB limit.
      const long = (c: string) => `${c.repeat(99_990)} the end`;
      const m = exampleModel();
      m.company.mission = long('m');
      m.values.core[0].meaning = long('v');
      m.needs.principles[0] = long('p');
      m.teams[0].activities = long('t');
      m.hiring.benchmark[0].questions[0] = long('q');
      return write(d, 'long-strings.yaml', yaml(m));
    },
    expect: VALID,
  },
  {
    id: 'string-100000-in-findings',
    title: 'a key of 100 000 characters and a value of 100 000 where a number is due (messages must shorten them)',
    group: 'heavy',
    make: (d) => {
      const m = exampleModel();
      m[`k${'y'.repeat(100_000)}`] = 1;
      m.hiring.scale = 'z'.repeat(100_000);
      return write(d, 'long-findings.yaml', yaml(m));
    },
    expect: HEAVY,
  },
  {
    id: 'escapes-in-text',
    title: 'ANSI escapes, OSC title, C1 CSI and bidi overrides in every text field',
    group: 'valid',
    make: (d) => write(d, 'escapes.yaml', planted(ESCAPES)),
    // The text-controls rule makes them an error; every document is rendered without them.
    expect: { ...VALID, validate: 1, init: 1, edit: 1 },
  },
  {
    id: 'escapes-in-findings',
    title: 'ANSI escapes and bidi overrides in keys and values that findings quote',
    group: 'shape',
    make: (d) => {
      const m = exampleModel();
      m[`unknown${ESCAPES}`] = 1;
      m.values.core[1].name = `Integrity${ESCAPES}`;
      m.values.core[0].name = `Integrity${ESCAPES}`;
      m.hiring.scale = ESCAPES;
      m.feedback.nextReview = ESCAPES;
      return write(d, 'escape-findings.yaml', yaml(m));
    },
    expect: BROKEN,
  },
  {
    id: 'raw-control-bytes',
    title: 'raw ESC, BEL, backspace and C1 bytes in a plain scalar (not escaped in the YAML)',
    group: 'valid',
    make: (d) => write(d, 'raw-controls.yaml', exampleText().replace('  name: Acme Robotics', `  name: Acme \x1b[2J\x07\x08\u009b31m Robotics\u202e`)),
    // The yaml library reads them as text (YAML only asks processors to accept the printable
    // set); the text-controls rule makes them an error, and they never reach the terminal or a
    // document raw.
    expect: { ...VALID, validate: 1, init: 1, edit: 1 },
  },
  {
    id: 'handlebars-in-text',
    title: 'Handlebars syntax ({{, }}, {{{, partials, helpers) in text',
    group: 'valid',
    make: (d) => write(d, 'handlebars.yaml', planted('{{company.name}} {{{raw}}} {{> page}} {{#each x}}y{{/each}} }} {{lookup . "constructor"}}')),
    expect: VALID,
  },
  {
    id: 'html-in-text',
    title: 'HTML and <script> in text',
    group: 'valid',
    make: (d) => write(d, 'html.yaml', planted('<script>alert(1)</script><img src=x onerror=alert(2)> </td></tr><!-- & &amp; "\'')),
    expect: VALID,
  },
  {
    id: 'markdown-breakers',
    title: 'Markdown table breakers, headings and line breaks in text',
    group: 'valid',
    make: (d) => write(d, 'markdown.yaml', planted('a | b || c\n\n# Heading\n---\n| x | y |\n|---|---|\n* item `code` [link](http://x) ![i](y)')),
    expect: VALID,
  },
  {
    id: 'rtl-and-emoji',
    title: 'right-to-left text, combining marks and emoji',
    group: 'valid',
    make: (d) => write(d, 'rtl.yaml', planted('שלום עולם مرحبا 👩‍👩‍👧‍👦 🏳️‍🌈 e\u0301 Z̤͔ͧ̑̓')),
    expect: VALID,
  },

  // --- names that would make paths ----------------------------------------------------------------
  { group: 'name', id: 'company-traversal', title: 'company name ../../etc/passwd', make: (d) => write(d, 'traversal.yaml', withField('company.name', '../../etc/passwd')), expect: VALID, slug: 'etc-passwd' },
  { group: 'name', id: 'company-absolute', title: 'company name /abs', make: (d) => write(d, 'absolute.yaml', withField('company.name', '/abs')), expect: VALID, slug: 'abs' },
  { group: 'name', id: 'company-device', title: 'company name con (a device name on Windows)', make: (d) => write(d, 'device.yaml', withField('company.name', 'con')), expect: VALID },
  { group: 'name', id: 'company-slash', title: 'company name a/b', make: (d) => write(d, 'slash.yaml', withField('company.name', 'a/b')), expect: VALID, slug: 'a-b' },
  { group: 'name', id: 'company-dots', title: 'company name ..', make: (d) => write(d, 'dots.yaml', withField('company.name', '..')), expect: VALID },
  ...(
    [
      ['team-traversal', '../../etc/passwd'],
      ['team-absolute', '/abs'],
      ['team-device', 'con'],
      ['team-slash', 'a/b'],
    ] as const
  ).map(
    ([id, team]): Case => ({
      id,
      group: 'team',
      title: `a team named ${team}, exported as a team sheet`,
      make: (d) => {
        const m = exampleModel();
        m.teams.push({ team, activities: 'Read the philosophy.', metrics: ['CSAT'] });
        return write(d, `${id}.yaml`, yaml(m));
      },
      expect: { validate: 0, 'export-team': 0 },
      team,
    }),
  ),

  // --- no file where a file is due ------------------------------------------------------------------
  {
    id: 'directory',
    title: 'a folder named like a philosophy file',
    group: 'no-file',
    make: (d) => {
      mkdirSync(join(d, 'folder.yaml'));
      return 'folder.yaml';
    },
    expect: { ...NO_FILE, ...AND_CONFIG },
  },
  {
    id: 'symlink-loop',
    title: 'a symlink loop',
    group: 'no-file',
    make: (d) => {
      symlinkSync('loop-b.yaml', join(d, 'loop-a.yaml'));
      symlinkSync('loop-a.yaml', join(d, 'loop-b.yaml'));
      return 'loop-a.yaml';
    },
    expect: { ...NO_FILE, ...AND_CONFIG },
  },
  {
    id: 'dangling-symlink',
    title: 'a symlink to nothing (unreadable)',
    group: 'no-file',
    make: (d) => {
      symlinkSync('nowhere/gone.yaml', join(d, 'dangling.yaml'));
      return 'dangling.yaml';
    },
    expect: NO_FILE,
  },
  {
    id: 'no-permission',
    title: 'a file without read permission (chmod 000)',
    group: 'no-file',
    make: (d) => {
      const name = write(d, 'secret.yaml', exampleText());
      chmodSync(join(d, name), 0o000);
      return name;
    },
    expect: NO_FILE,
    ...(process.getuid?.() === 0 ? { skip: 'running as root: chmod 000 does not stop reading (the dangling symlink and the FIFO are the unreadable cases here)' } : {}),
  },
  {
    id: 'fifo',
    title: 'a FIFO (named pipe) that nobody writes to: reading it would block forever',
    group: 'no-file',
    make: (d) => {
      const name = 'pipe.yaml';
      const r = spawnSync('mkfifo', [join(d, name)]);
      if (r.status !== 0) throw new Error('mkfifo failed');
      return name;
    },
    expect: { ...NO_FILE, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
  },
  {
    id: 'missing',
    title: 'a file that does not exist',
    group: 'no-file',
    make: () => 'missing.yaml',
    expect: { ...NO_FILE, ...AND_EDIT_ANSWERS, ...AND_CONFIG },
  },
  {
    id: 'glob-no-match',
    title: 'a glob that matches nothing',
    group: 'no-file',
    make: (d) => {
      mkdirSync(join(d, 'nothing'));
      return 'nothing/**/*.yaml';
    },
    expect: { validate: 2, render: 2, check: 2 },
  },
  {
    id: 'control-chars-in-file-name',
    title: 'a broken file whose name holds ESC[2J and a bidi override',
    group: 'shape',
    make: (d) => write(d, 'evil\x1b[2J\u202eyaml.txt.yaml', 'version: 1\nlanguage: en\ncompany: [\n'),
    expect: { ...BROKEN, ...AND_CONFIG },
    shownAs: 'evil\\x1b[2J',
  },
];
