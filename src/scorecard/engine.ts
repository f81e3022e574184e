// Reads the exports with DuckDB (embedded, optional, loaded only here), maps each onto the
// `tickets` view (ticket-select.ts), counts the rows it has to leave out, and runs the KPI
// formulas. Two ways:
// - one export and no SLA: one scan of the file straight into the KPIs' aggregate, no table
//   (scoreInOnePass; the common monthly case, and the one `npm run bench` measures);
// - several exports, or SLA (whose channel map needs the export's channels first): each export
//   is stored in a table, and the view joins them (stageTickets, buildTicketsView).
// Both give the same results (test/scorecard runs its reading tests on both).
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { oneLine } from '../core/text.js';
import { businessMinutesSql, dayMinutes, type Schedule } from './business-time.js';
import type { ChannelPromise } from './channels.js';
import { ScorecardError } from './errors.js';
import { combinedStatement, kpiColumns, kpiQueries, type KpiQuery } from './kpi-sql.js';
import { periodSql, type PeriodKind } from './periods.js';
import { detectSource, parseHeader, specOf, type Header, type SourceKind, type TicketSource } from './sources.js';
import { CSV_BUFFER, planTickets, type SkipReason, type Sniffed, type TicketPlan, type TicketSelect } from './ticket-select.js';
import type { TicketField } from './tickets.js';

type Connection = import('@duckdb/node-api').DuckDBConnection;

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As the reader should see it. */
  shown: string;
}

export interface EngineOptions {
  period: PeriodKind;
  /** First and last day (YYYY-MM-DD), both included. */
  since?: string;
  until?: string;
  forcedSource?: SourceKind;
  columnMap?: Record<string, string>;
  /** Zone of timestamps that carry an offset and whose header names none; default UTC. */
  timeZone?: string;
  businessHours: boolean;
  /** Maps a raw channel (Via, Source, Channel) to the philosophy's channel and its promise. */
  channelOf: (raw: string) => ChannelPromise | undefined;
  /** Called before and during each long step, for the progress line (see Progress). */
  progress?: (event: Progress) => void;
  /** The time the check runs, for dates in the future. */
  now: Date;
  /** Ticket KPIs the philosophy targets: only their columns are read and only they are computed
   * (all when absent). */
  kpis?: string[];
  /** Exports from this size on check integer ids for duplicates in a bitmap (BITMAP_FROM_BYTES
   * unless given; the tests give 0 and Infinity to check both ways). */
  idBitmapFromBytes?: number;
}

/** Where the work is: reading a file (again, as text, after a bad cell), or computing. The
 * fraction is DuckDB's own query progress (0..1), polled while a statement runs. */
export interface Progress {
  step: 'read' | 'reread' | 'compute';
  file?: InputFile;
  fraction: number;
}

export interface SkippedRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  reason: SkipReason;
  column: string;
  value: string;
}

export interface SourceReport {
  file: string;
  source: SourceKind;
  rows: number;
  used: number;
  skipped: number;
  firstSkipped: SkippedRow[];
  /** Ticket fields this file provides. */
  fields: TicketField[];
  /** Rows found in another export already (counted once). */
  duplicatesAcrossFiles: number;
}

export interface KpiValue {
  period: string;
  actual: number | null;
  n: number | null;
}

export interface EngineResult {
  sources: SourceReport[];
  /** Ticket KPIs: values per period. */
  ticketKpis: Record<string, KpiValue[]>;
  /** Which ticket KPIs some input can compute. */
  computable: string[];
  /** Rows of the aggregated files, by KPI id. */
  aggregated: Record<string, KpiValue[]>;
  /** Every period with a ticket or an aggregated row, ascending. */
  periods: string[];
  queries: Record<string, KpiQuery>;
  /** How each channel's promise in business time was measured (for SLA). */
  slaBasis: SlaBasis[];
}

/** How a promise in business time is measured: in the channel's hours (`hours`), with the
 * export's business-hours column and an 8-hour day (`export`), or in calendar time (`calendar`). */
export interface SlaBasis {
  channel: string;
  promise: string;
  basis: 'hours' | 'export' | 'calendar';
  /** Minutes of one business day as counted. */
  dayMinutes: number;
  schedule?: Schedule;
}

/** The business day when the channel's hours say nothing: a common office day. */
export const DEFAULT_DAY_MINUTES = 480;

/** `@duckdb/node-api` through require(): the program is one CommonJS bundle (see launch.ts). */
export function loadDuckDb(): typeof import('@duckdb/node-api') {
  try {
    return createRequire(import.meta.url)('@duckdb/node-api') as typeof import('@duckdb/node-api');
  } catch {
    throw new ScorecardError('engine.missing');
  }
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function runEngine(files: InputFile[], options: EngineOptions): Promise<EngineResult> {
  const { DuckDBInstance } = loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(Math.max(1, availableParallelism())),
    memory_limit: '640MB',
    preserve_insertion_order: 'true',
  });
  const db = await instance.connect();
  if (options.progress) {
    // DuckDB tracks a statement's progress only with its progress bar on; it prints nothing here.
    for (const setting of ['enable_progress_bar = true', 'enable_progress_bar_print = false', 'progress_bar_time = 0']) await db.run(`SET ${setting}`);
  }
  try {
    return await run(db, files, options);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Bytes this process has read so far (Linux: /proc/self/io), or undefined elsewhere. */
function bytesRead(): number | undefined {
  try {
    const m = /^rchar:\s*(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work`, reporting its progress every 200 ms: for a file, the bytes the process has read
 * since the start (DuckDB's own query progress stays at -1 for the staging statement, measured
 * with @duckdb/node-api 1.5); else DuckDB's progress of the running statement, where it has one. */
async function tracked<T>(db: Connection, options: EngineOptions, event: Omit<Progress, 'fraction'>, work: () => Promise<T>): Promise<T> {
  const report = options.progress;
  if (!report) return work();
  const size = event.file ? statSync(event.file.path).size : 0;
  const start = size ? bytesRead() : undefined;
  const timer = setInterval(() => {
    const now = start === undefined ? undefined : bytesRead();
    if (now !== undefined && start !== undefined) {
      report({ ...event, fraction: Math.min(0.99, (now - start) / size) });
      return;
    }
    const { percentage } = db.progress;
    if (percentage >= 0) report({ ...event, fraction: Math.min(0.99, percentage / 100) });
  }, 200);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function rows(db: Connection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

async function run(db: Connection, files: InputFile[], options: EngineOptions): Promise<EngineResult> {
  const queries = kpiQueries({ businessHours: options.businessHours });
  const sources: Array<SourceReport | undefined> = [];
  const tickets: TicketInput[] = [];
  const aggregated: Record<string, KpiValue[]> = {};
  const fieldsSeen = new Set<TicketField>();

  for (const [index, file] of files.entries()) {
    const { size, rowsEstimate } = checkBytes(file);
    options.progress?.({ step: 'read', file, fraction: 0 });
    const reader = readerSql(file);
    let headers: Header[];
    // A CSV is described twice at most: with DuckDB's own type detection (its sample tells
    // which columns read as plain numbers and ISO times), else with every column as text.
    let sniffed: Sniffed | undefined;
    try {
      sniffed = await sniff(db, file);
      headers = sniffed
        ? [...sniffed.types.keys()].map(parseHeader)
        : (await rows(db, `DESCRIBE SELECT * FROM ${reader}`)).map((r) => parseHeader(String(r['column_name'])));
    } catch (error) {
      throw readError(file, error);
    }
    // One column whose name holds a delimiter: the sniffer found no dialect that splits the rows
    // alike (as a rule, a quote that never closes), and no source or column map can help.
    if (isCsv(file) && headers.length === 1 && /[,;\t]/.test(headers[0]!.raw)) {
      throw new ScorecardError('input.oneColumn', { file: file.shown, header: oneLine(headers[0]!.raw, 60) });
    }
    const kind = options.forcedSource ?? detectSource(headers, options.columnMap);
    if (!kind) {
      throw new ScorecardError('input.unknownSource', { file: file.shown, headers: headers.map((h) => h.raw).slice(0, 12).join(', ') });
    }
    if (kind === 'aggregated') {
      sources.push(await readAggregated(db, file, reader, headers, options, aggregated));
      continue;
    }
    const spec = specOf(kind as TicketSource, options.columnMap);
    const input: TicketInput = { file, size, rowsEstimate, ...planTickets(file, reader, headers, spec, index, options, sniffed) };
    input.fields.forEach((f) => fieldsSeen.add(f));
    tickets.push(input);
    // Its report comes when it is read, in this place.
    sources.push(undefined);
  }

  const computable = Object.entries(queries)
    .filter(([, query]) => query.needs.every((f) => fieldsSeen.has(f)))
    .map(([id]) => id);
  const computed = options.kpis ? computable.filter((id) => options.kpis!.includes(id)) : computable;
  const ticketKpis: Record<string, KpiValue[]> = {};
  const periods = new Set<string>();
  for (const list of Object.values(aggregated)) list.forEach((v) => periods.add(v.period));
  let slaBasis: SlaBasis[] = [];

  const collect = (result: Record<string, unknown>[]) => {
    for (const id of computed) ticketKpis[id] = [];
    for (const row of result) {
      const period = String(row['period']);
      periods.add(period);
      for (const id of computed) {
        const actual = row[`${id}_actual`];
        const n = row[`${id}_n`];
        ticketKpis[id]!.push({ period, actual: actual === null || actual === undefined ? null : Number(actual), n: n === null || n === undefined ? 0 : Number(n) });
      }
    }
  };
  // One export and no channel map to build (SLA): one scan, no table.
  if (tickets.length === 1 && !computed.includes('SLA')) {
    const single = await scoreInOnePass(db, tickets[0]!, computed, queries, options);
    sources[tickets[0]!.index] = single.report;
    if (single.report.used === 0) {
      throw new ScorecardError('input.noRowsInPeriod', { file: single.report.file, since: options.since ?? '…', until: options.until ?? '…' });
    }
    collect(single.result);
  } else if (tickets.length) {
    const tables: string[] = [];
    for (const input of tickets) {
      const table = `s${input.index}`;
      sources[input.index] = await stageTickets(db, input, table, options);
      tables.push(table);
    }
    const reports = sources.filter((s): s is SourceReport => s !== undefined);
    slaBasis = await buildTicketsView(db, tables, reports, options, fieldsSeen);
    const perFile = await rows(db, 'SELECT _file AS file, CAST(count(*) AS INTEGER) AS n FROM tickets GROUP BY _file');
    const counted = new Map(perFile.map((r) => [Number(r['file']), Number(r['n'])]));
    for (const input of tickets) {
      const report = sources[input.index]!;
      report.used = counted.get(input.index) ?? 0;
      if (report.used === 0) {
        if (report.rows === 0) throw new ScorecardError('input.empty', { file: report.file });
        throw new ScorecardError('input.noRowsInPeriod', { file: report.file, since: options.since ?? '…', until: options.until ?? '…' });
      }
    }
    if (computed.length) {
      options.progress?.({ step: 'compute', fraction: 0 });
      collect(await tracked(db, options, { step: 'compute' }, () => rows(db, combinedStatement(computed, queries))));
    } else {
      const result = await rows(db, 'SELECT DISTINCT period FROM tickets ORDER BY period');
      result.forEach((r) => periods.add(String(r['period'])));
    }
  }
  const reports = sources.filter((s): s is SourceReport => s !== undefined);
  return { sources: reports, ticketKpis, computable, aggregated, periods: [...periods].sort(), queries, slaBasis };
}

/** Empty, binary or not UTF-8: said plainly before DuckDB guesses. Returns the file's size and
 * about how many rows it has, from the lines in its first MiB (a Parquet file: not known). */
function checkBytes(file: InputFile): { size: number; rowsEstimate: number | undefined } {
  let size: number;
  try {
    size = statSync(file.path).size;
  } catch {
    throw new ScorecardError('input.unreadable', { file: file.shown });
  }
  if (size === 0) throw new ScorecardError('input.empty', { file: file.shown });
  if (extname(file.path).toLowerCase() === '.parquet') return { size, rowsEstimate: undefined };
  const head = Buffer.alloc(Math.min(size, 1 << 20));
  const fd = openSync(file.path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ScorecardError('input.encoding', { file: file.shown, encoding: 'UTF-16' });
  }
  if (head.includes(0)) throw new ScorecardError('input.notCsv', { file: file.shown });
  // Cut at the last line end, so that a character split by the 1 MiB cut is not taken for a bad one.
  const end = head.length < size ? head.lastIndexOf(0x0a) + 1 : head.length;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end > 0 ? end : head.length));
  } catch {
    throw new ScorecardError('input.encoding', { file: file.shown, encoding: 'not UTF-8' });
  }
  let lines = 0;
  for (let at = head.indexOf(0x0a); at !== -1; at = head.indexOf(0x0a, at + 1)) lines++;
  return { size, rowsEstimate: Math.ceil((size / head.length) * Math.max(1, lines)) };
}

async function sniff(db: Connection, file: InputFile): Promise<Sniffed | undefined> {
  if (!isCsv(file)) return undefined;
  try {
    // With the 4 MiB buffer of every read (CSV_BUFFER) the sniffer's sample of 20 480 rows still
    // fits, as a rule; a column typed from too small a sample only means the text read.
    const [r] = await rows(
      db,
      `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, HasHeader, Columns FROM sniff_csv(${lit(file.path)}, buffer_size = ${CSV_BUFFER})`,
    );
    if (!r || r['HasHeader'] !== true) return undefined;
    const option = (key: string) => (String(r[key]) === '(empty)' ? '' : String(r[key]));
    const columns = r['Columns'] as Array<{ name: string; type: string }>;
    return {
      types: new Map(columns.map((c) => [c.name, c.type])),
      dialect: `delim = ${lit(option('Delimiter'))}, quote = ${lit(option('Quote'))}, escape = ${lit(option('Escape'))}, new_line = ${lit(option('NewLineDelimiter'))}, comment = ${lit(option('Comment'))}, skip = ${Number(r['SkipRows'])}, header = true`,
    };
  } catch {
    return undefined;
  }
}

function isCsv(file: InputFile): boolean {
  return !['.parquet', '.jsonl', '.ndjson', '.json'].includes(extname(file.path).toLowerCase());
}

function readerSql(file: InputFile): string {
  const ext = extname(file.path).toLowerCase();
  if (ext === '.parquet') return `read_parquet(${lit(file.path)})`;
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return `read_json_auto(${lit(file.path)})`;
  return `read_csv(${lit(file.path)}, all_varchar = true, header = true, buffer_size = ${CSV_BUFFER})`;
}

function readError(file: InputFile, error: unknown): ScorecardError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unicode|utf-?8|encod/i.test(message)) return new ScorecardError('input.encoding', { file: file.shown, encoding: 'not UTF-8' });
  const line = /line:?\s*(\d+)/i.exec(message)?.[1];
  return new ScorecardError('input.notCsv', { file: file.shown, ...(line ? { line } : {}), detail: message.split('\n')[0]!.slice(0, 160) });
}

/** A ticket export and how to read it. */
interface TicketInput extends TicketPlan {
  file: InputFile;
  /** Its size in bytes, and about how many rows it has (undefined: not known). */
  size: number;
  rowsEstimate: number | undefined;
}

/** Runs `statement` over the plan's rows: typed first, then as text when a typed cell fails. */
async function readRows<T>(
  db: Connection,
  input: TicketInput,
  options: EngineOptions,
  statement: (select: TicketSelect) => string,
  work: (sql: string) => Promise<T>,
): Promise<{ result: T; select: TicketSelect }> {
  for (const [i, select] of input.selects.entries()) {
    const last = i === input.selects.length - 1;
    try {
      const result = await tracked(db, options, { step: i === 0 ? 'read' : 'reread', file: input.file }, () => work(statement(select)));
      return { result, select };
    } catch (error) {
      if (last) throw readError(input.file, error);
      // A bad cell past the sniffer's sample: read again as text.
    }
  }
  throw new Error('a ticket input without a SELECT');
}

function skippedRow(r: Record<string, unknown>): SkippedRow {
  const [reason, column, value] = String(r['_problem']).split('\u001f');
  return { row: Number(r['row']), reason: reason as SkipReason, column: column ?? '', value: value ?? '' };
}

/** Reads the export into a table of its own, for the `tickets` view over several exports and
 * the channel map of SLA. */
async function stageTickets(db: Connection, plan: TicketInput, table: string, options: EngineOptions): Promise<SourceReport> {
  // The view's id is text; a helpdesk's numbers become text here, for joining several exports.
  const { select } = await readRows(
    db,
    plan,
    options,
    (select) => `CREATE TABLE ${table} AS ${select.integerIds ? `SELECT * REPLACE (CAST(id AS VARCHAR) AS id) FROM (${select.sql})` : select.sql}`,
    (sql) => db.run(sql),
  );

  const [counts] = await rows(db, `SELECT CAST(count(*) AS INTEGER) AS total, CAST(count(_problem) AS INTEGER) AS skipped FROM ${table}`);
  const total = Number(counts!['total']);
  if (total === 0) throw new ScorecardError('input.empty', { file: plan.file.shown });
  // Hashes first (numbers group fast); the ids themselves only when two hashes are equal.
  const [hashed] = await rows(db, `SELECT CAST(count(*) - count(DISTINCT hash(id)) AS INTEGER) AS n FROM ${table} WHERE _problem IS NULL`);
  if (Number(hashed!['n']) > 0) await refuseDuplicates(db, plan, select);
  const skipped = Number(counts!['skipped']);
  return {
    file: plan.file.shown,
    source: plan.spec.kind,
    rows: total,
    used: total - skipped,
    skipped,
    firstSkipped: skipped ? await firstSkipped(db, select) : [],
    fields: plan.fields,
    duplicatesAcrossFiles: 0,
  };
}

// A table's rowid does not keep the file's order when DuckDB reads a large file with several
// threads (measured with 50 000 rows and 2 threads); row_number() over the streamed rows does.
// So the rows are numbered in a scan of their own, only for a file that needs it.

/** The first five rows left out, by their row in the file (the header is row 1). */
async function firstSkipped(db: Connection, select: TicketSelect): Promise<SkippedRow[]> {
  const first = await rows(db, `SELECT CAST(n + 1 AS INTEGER) AS row, _problem FROM (SELECT row_number() OVER () AS n, _problem FROM (${select.sql})) WHERE _problem IS NOT NULL LIMIT 5`);
  return first.map(skippedRow);
}

/** Exit 2 when an id is there twice, with the count and the first such ids in the file's order;
 * nothing when only two hashes were equal. */
async function refuseDuplicates(db: Connection, plan: TicketInput, select: TicketSelect): Promise<void> {
  const twice = `SELECT id, min(n) AS first FROM (SELECT row_number() OVER () AS n, id, _problem FROM (${select.sql})) WHERE _problem IS NULL GROUP BY id HAVING count(*) > 1`;
  const dupes = await rows(db, `SELECT id, (SELECT CAST(count(*) AS INTEGER) FROM (${twice})) AS total FROM (${twice}) ORDER BY first LIMIT 5`);
  if (!dupes.length) return;
  throw new ScorecardError('input.duplicateIds', { file: plan.file.shown, count: Number(dupes[0]!['total']), ids: dupes.map((d) => String(d['id'])).join(', ') });
}

/** The bitmap from this export size on: about 450 000 Zendesk-shaped tickets. */
const BITMAP_FROM_BYTES = 80 * 1024 * 1024;
/** A bitmap of ids has 2^12 to 2^24 bits (512 bytes to 2 MiB per period). */
const BITMAP_BITS = { min: 2 ** 12, max: 2 ** 24 };

/** Where the duplicate check's bitmap lies: a window of about twice the export's rows in bits,
 * starting a little below the first ids (or ending a little above them, when the ids fall, as in
 * an export listed newest first). Ids outside it are gathered instead, so any window gives the
 * same count; a close one only makes the check cheaper. Measured on 1 000 000 Zendesk-shaped
 * tickets, the scan alone, medians of 9: 669 ms with this window (2^22 bits), 825 ms with 2^24
 * bits from 0 (the earlier bitmap), 901 ms with every id gathered; 598 ms without the check. */
export function idWindow(sample: bigint[], rows: number): { lo: bigint; hi: bigint } | undefined {
  if (!sample.length) return undefined;
  let bits = BITMAP_BITS.min;
  while (bits < 2 * rows && bits < BITMAP_BITS.max) bits *= 2;
  const size = BigInt(bits);
  const slack = size / 8n;
  const falling = sample[sample.length - 1]! < sample[0]!;
  if (falling) {
    const hi = sample.reduce((a, b) => (b > a ? b : a)) + slack;
    return { lo: hi - size + 1n, hi };
  }
  const lo = sample.reduce((a, b) => (b < a ? b : a)) - slack;
  return { lo, hi: lo + size - 1n };
}

// The groups of the one-pass aggregate that are no period: rows left out, rows outside --since/--until.
const LEFT_OUT = '!left out';
const OUTSIDE = '!outside';

/** One export, no channel map: everything in one scan of the file, without a table. The rows
 * are grouped by period, with two groups more for the rows left out and the rows outside the
 * dates; the ids' hashes are gathered for the duplicate check. A file with rows left out or
 * with two equal hashes is read once more (firstSkipped, refuseDuplicates). */
async function scoreInOnePass(
  db: Connection,
  input: TicketInput,
  computed: string[],
  queries: Record<string, KpiQuery>,
  options: EngineOptions,
): Promise<{ report: SourceReport; result: Record<string, unknown>[] }> {
  const within = periodFilter(options, 'created_at');
  const group = `CASE WHEN _problem IS NOT NULL THEN ${lit(LEFT_OUT)} ${within ? `WHEN NOT (${within}) THEN ${lit(OUTSIDE)} ` : ''}ELSE ${periodSql(options.period, 'created_at')} END`;
  // The duplicate check: ids are gathered (integers as they are, text as hashes) and counted
  // distinct. In a large export, integer ids (a helpdesk's ticket numbers) within a window
  // (idWindow) instead set one bit each in a bitmap per period, and the bitmaps' union counts
  // the distinct ones. For 1 000 000 tickets that is about 0.23 s less than gathering the ids;
  // for 10 000 and 200 000 tickets either way took the same, hence the size.
  const large = input.size >= (options.idBitmapFromBytes ?? BITMAP_FROM_BYTES);
  const window = large && input.idSample ? await sampleWindow(db, input) : undefined;
  const bitmap = (select: TicketSelect) => select.integerIds && window !== undefined;
  const inBitmap = window ? `id BETWEEN ${window.lo} AND ${window.hi}` : 'FALSE';
  const usable = '_problem IS NULL';
  const idColumns = (select: TicketSelect) =>
    bitmap(select)
      ? `bitstring_agg(id, ${window!.lo}, ${window!.hi}) FILTER (WHERE ${usable} AND ${inBitmap}) AS _bits,
      count(*) FILTER (WHERE ${usable} AND ${inBitmap}) AS _in_bits,
      list(id) FILTER (WHERE ${usable} AND NOT (${inBitmap})) AS _ids`
      : `list(${select.integerIds ? 'id' : 'hash(id)'}) FILTER (WHERE ${usable}) AS _ids`;
  const listed = '(SELECT count(*) - count(DISTINCT h) FROM (SELECT unnest(_ids) AS h FROM g))';
  const dups = (select: TicketSelect) => (bitmap(select) ? `coalesce((SELECT sum(_in_bits) - bit_count(bit_or(_bits)) FROM g), 0) + ${listed}` : listed);
  const statement = (select: TicketSelect) => `WITH g AS (
    SELECT period, CAST(count(*) AS BIGINT) AS _rows${kpiColumns(computed, queries).map((c) => `, ${c}`).join('')},
      ${idColumns(select)}
    FROM (SELECT *, ${group} AS period FROM (${select.sql})) GROUP BY period)
  SELECT g.* EXCLUDE (_ids${bitmap(select) ? ', _bits, _in_bits' : ''}), CAST(${dups(select)} AS BIGINT) AS _dups
  FROM g ORDER BY period`;
  const { result: groups, select } = await readRows(db, input, options, statement, (sql) => rows(db, sql));
  if (groups.some((g) => Number(g['_dups']) > 0)) await refuseDuplicates(db, input, select);
  const count = (key: string) => groups.filter((g) => g['period'] === key).reduce((n, g) => n + Number(g['_rows']), 0);
  const total = groups.reduce((n, g) => n + Number(g['_rows']), 0);
  const skipped = count(LEFT_OUT);
  if (total === 0) throw new ScorecardError('input.empty', { file: input.file.shown });
  const result = groups.filter((g) => g['period'] !== LEFT_OUT && g['period'] !== OUTSIDE);
  return {
    report: {
      file: input.file.shown,
      source: input.spec.kind,
      rows: total,
      used: result.reduce((n, g) => n + Number(g['_rows']), 0),
      skipped,
      firstSkipped: skipped ? await firstSkipped(db, select) : [],
      fields: input.fields,
      duplicatesAcrossFiles: 0,
    },
    result,
  };
}

/** The bitmap's window from the file's first ids; undefined (gather them all) when they cannot
 * be read, which the scan itself then reports. */
async function sampleWindow(db: Connection, input: TicketInput): Promise<{ lo: bigint; hi: bigint } | undefined> {
  try {
    const sample = (await rows(db, input.idSample!)).map((r) => r['id']).filter((id): id is bigint => typeof id === 'bigint');
    return idWindow(sample, input.rowsEstimate ?? 0);
  } catch {
    return undefined;
  }
}

/** The --since/--until condition on a timestamp column, or undefined. */
function periodFilter(options: EngineOptions, column: string): string | undefined {
  const where: string[] = [];
  if (options.since) where.push(`${column} >= DATE ${lit(options.since)}`);
  if (options.until) where.push(`${column} < DATE ${lit(options.until)} + INTERVAL 1 DAY`);
  return where.length ? where.join(' AND ') : undefined;
}

async function buildTicketsView(
  db: Connection,
  tables: string[],
  sources: SourceReport[],
  options: EngineOptions,
  fields: Set<TicketField>,
): Promise<SlaBasis[]> {
  const union = tables.map((t) => `SELECT * EXCLUDE (_problem) FROM ${t} WHERE _problem IS NULL`).join('\nUNION ALL\n');
  // Several exports of one helpdesk may overlap: a ticket counts once, from the first file.
  let all = `(${union})`;
  if (tables.length > 1) {
    all = `(SELECT * FROM ${all} QUALIFY row_number() OVER (PARTITION BY id ORDER BY _file) = 1)`;
    const [dup] = await rows(db, `SELECT CAST(count(*) - count(DISTINCT id) AS INTEGER) AS n FROM (${union})`);
    const n = Number(dup!['n']);
    if (n > 0) sources[sources.length - 1]!.duplicatesAcrossFiles = n;
  }
  const raws = await rows(db, `SELECT DISTINCT channel FROM ${all} WHERE channel IS NOT NULL`);
  await db.run('CREATE TABLE channel_map (raw VARCHAR, channel VARCHAR, promise_min DOUBLE, basis VARCHAR)');
  const mapped = raws
    .map((r) => String(r['channel']))
    .map((raw) => ({ raw, to: options.channelOf(raw) }))
    .filter((m): m is { raw: string; to: ChannelPromise } => m.to !== undefined);
  // A promise in business time: in the channel's hours where they can be read, else with the
  // export's business-hours column, else in calendar time; one basis per channel.
  const bases = new Map<string, SlaBasis>();
  for (const { to } of mapped) {
    if (!to.business || bases.has(to.channel)) continue;
    const { schedule } = to.business;
    const basis: SlaBasis['basis'] = schedule ? 'hours' : fields.has('first_reply_bh_min') ? 'export' : 'calendar';
    const day = basis === 'hours' ? dayMinutes(schedule!) : basis === 'export' ? DEFAULT_DAY_MINUTES : 1440;
    bases.set(to.channel, { channel: to.channel, promise: to.promiseText ?? '', basis, dayMinutes: day, ...(schedule ? { schedule } : {}) });
  }
  const promiseOf = (to: ChannelPromise): number | null => {
    const basis = bases.get(to.channel);
    if (!to.business || !basis) return to.promiseMin;
    // Business hours are hours in any basis but calendar time, where they stay hours too.
    if (to.business.hours !== undefined) return to.business.hours * 60;
    return to.business.days! * basis.dayMinutes;
  };
  if (mapped.length) {
    await db.run(
      `INSERT INTO channel_map VALUES ${mapped
        .map((m) => `(${lit(m.raw)}, ${lit(m.to.channel)}, ${promiseOf(m.to) ?? 'NULL'}, ${lit(bases.get(m.to.channel)?.basis ?? 'calendar')})`)
        .join(', ')}`,
    );
  }
  const firstReply = options.businessHours ? 't.first_reply_bh_min' : 't.first_reply_min';
  const replyAt = `(t.created_at + to_microseconds(CAST(t.first_reply_min * 60000000 AS BIGINT)))`;
  const inHours = [...bases.values()]
    .filter((b) => b.basis === 'hours')
    .map((b) => `WHEN ${lit(b.channel)} THEN ${businessMinutesSql(b.schedule!, 't.created_at', replyAt)}`);
  const within = `CASE m.basis
      WHEN 'export' THEN t.first_reply_bh_min <= m.promise_min
      ${inHours.length ? `WHEN 'hours' THEN (CASE m.channel ${inHours.join(' ')} END) <= m.promise_min` : ''}
      ELSE ${firstReply} <= m.promise_min END`;
  const dates = periodFilter(options, 't.created_at');
  await db.run(`CREATE VIEW tickets AS
    SELECT t.* REPLACE (m.channel AS channel), ${periodSql(options.period, 't.created_at')} AS period, m.promise_min,
      ${within} AS reply_within_promise
    FROM ${all} t LEFT JOIN channel_map m ON m.raw = t.channel
    ${dates ? `WHERE ${dates}` : ''}`);
  return [...bases.values()];
}

async function readAggregated(
  db: Connection,
  file: InputFile,
  reader: string,
  headers: Header[],
  options: EngineOptions,
  into: Record<string, KpiValue[]>,
): Promise<SourceReport> {
  const col = (name: string) => headers.find((h) => h.name === name);
  const missing = ['period', 'kpi', 'value'].filter((n) => !col(n));
  if (missing.length) throw new ScorecardError('input.missingColumns', { file: file.shown, source: 'aggregated', columns: missing.map((m) => `“${m}”`).join(', ') });
  const nCol = col('n');
  const pattern = { month: '^\\d{4}-(0[1-9]|1[0-2])$', week: '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$', quarter: '^\\d{4}-Q[1-4]$' }[options.period];
  const table = `agg_${Math.random().toString(36).slice(2, 8)}`;
  try {
    await db.run(`CREATE TABLE ${table} AS SELECT
      trim(CAST(${q(col('period')!.raw)} AS VARCHAR)) AS period,
      upper(trim(CAST(${q(col('kpi')!.raw)} AS VARCHAR))) AS kpi,
      CAST(${q(col('value')!.raw)} AS VARCHAR) AS raw_value,
      try_cast(replace(trim(CAST(${q(col('value')!.raw)} AS VARCHAR)), ',', '.') AS DOUBLE) AS value,
      ${nCol ? `CAST(${q(nCol.raw)} AS VARCHAR)` : 'NULL'} AS raw_n,
      ${nCol ? `try_cast(trim(CAST(${q(nCol.raw)} AS VARCHAR)) AS INTEGER)` : 'NULL'} AS n
      FROM ${reader}`);
  } catch (error) {
    throw readError(file, error);
  }
  const all = await rows(db, `SELECT CAST(rowid + 2 AS INTEGER) AS row, * FROM ${table} ORDER BY rowid`);
  if (all.length === 0) throw new ScorecardError('input.empty', { file: file.shown });
  const skipped: SkippedRow[] = [];
  let count = 0;
  let used = 0;
  const inRange = (period: string) => {
    const [start, end] = periodBounds(period, options.period);
    return (!options.since || end >= options.since) && (!options.until || start <= options.until);
  };
  for (const r of all) {
    const period = String(r['period'] ?? '');
    const skip = (reason: SkippedRow['reason'], column: string, value: string) => {
      count++;
      if (skipped.length < 5) skipped.push({ row: Number(r['row']), reason, column, value });
    };
    if (!new RegExp(pattern).test(period)) {
      skip('period', col('period')!.raw, period);
      continue;
    }
    if (r['value'] === null) {
      skip('number', col('value')!.raw, String(r['raw_value'] ?? ''));
      continue;
    }
    if (nCol && r['raw_n'] !== null && String(r['raw_n']).trim() !== '' && (r['n'] === null || Number(r['n']) < 0)) {
      skip('number', nCol.raw, String(r['raw_n']));
      continue;
    }
    if (!inRange(period)) continue;
    used++;
    const kpi = String(r['kpi']);
    (into[kpi] ??= []).push({ period, actual: Number(r['value']), n: r['n'] === null ? null : Number(r['n']) });
  }
  if (used === 0 && count === 0) throw new ScorecardError('input.noRowsInPeriod', { file: file.shown, since: options.since ?? '…', until: options.until ?? '…' });
  return { file: file.shown, source: 'aggregated', rows: all.length, used, skipped: count, firstSkipped: skipped, fields: [], duplicatesAcrossFiles: 0 };
}

/** First and last day of a period key, as YYYY-MM-DD. */
export function periodBounds(key: string, kind: PeriodKind): [string, string] {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (kind === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return [iso(new Date(Date.UTC(y, m - 1, 1))), iso(new Date(Date.UTC(y, m, 0)))];
  }
  if (kind === 'quarter') {
    const y = Number(key.slice(0, 4));
    const qn = Number(key.slice(6));
    return [iso(new Date(Date.UTC(y, (qn - 1) * 3, 1))), iso(new Date(Date.UTC(y, qn * 3, 0)))];
  }
  const y = Number(key.slice(0, 4));
  const w = Number(key.slice(6));
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  return [iso(monday), iso(new Date(monday.getTime() + 6 * 86400000))];
}
