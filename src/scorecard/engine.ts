// Reads the exports with DuckDB (embedded, optional, loaded only here), maps each onto the
// `tickets` view, counts the rows it has to leave out, and runs the KPI formulas in one scan.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { businessMinutesSql, dayMinutes, type Schedule } from './business-time.js';
import type { ChannelPromise } from './channels.js';
import { ScorecardError } from './errors.js';
import { combinedStatement, kpiQueries, type KpiQuery } from './kpi-sql.js';
import { periodSql, type PeriodKind } from './periods.js';
import {
  detectSource,
  findHeader,
  parseHeader,
  specOf,
  type CellKind,
  type Header,
  type SourceKind,
  type SourceSpec,
  type TicketSource,
} from './sources.js';
import { TICKET_FIELDS, TICKET_TYPES, type TicketField } from './tickets.js';

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
  reason: 'date' | 'number' | 'negative' | 'range' | 'missing' | 'period';
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
  const sources: SourceReport[] = [];
  const ticketTables: string[] = [];
  const aggregated: Record<string, KpiValue[]> = {};
  const fieldsSeen = new Set<TicketField>();

  for (const [index, file] of files.entries()) {
    checkBytes(file);
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
    const kind = options.forcedSource ?? detectSource(headers, options.columnMap);
    if (!kind) {
      throw new ScorecardError('input.unknownSource', { file: file.shown, headers: headers.map((h) => h.raw).slice(0, 12).join(', ') });
    }
    if (kind === 'aggregated') {
      sources.push(await readAggregated(db, file, reader, headers, options, aggregated));
      continue;
    }
    const spec = specOf(kind as TicketSource, options.columnMap);
    const table = `s${index}`;
    const report = await stageTickets(db, file, reader, headers, spec, table, index, options, sniffed);
    report.fields.forEach((f) => fieldsSeen.add(f));
    sources.push(report);
    ticketTables.push(table);
  }

  const computable = Object.entries(queries)
    .filter(([, query]) => query.needs.every((f) => fieldsSeen.has(f)))
    .map(([id]) => id);
  const computed = options.kpis ? computable.filter((id) => options.kpis!.includes(id)) : computable;
  const ticketKpis: Record<string, KpiValue[]> = {};
  const periods = new Set<string>();
  for (const list of Object.values(aggregated)) list.forEach((v) => periods.add(v.period));
  let slaBasis: SlaBasis[] = [];

  if (ticketTables.length) {
    slaBasis = await buildTicketsView(db, ticketTables, sources, options, fieldsSeen);
    const perFile = await rows(db, 'SELECT _file AS file, CAST(count(*) AS INTEGER) AS n FROM tickets GROUP BY _file');
    const counted = new Map(perFile.map((r) => [Number(r['file']), Number(r['n'])]));
    for (const [i, table] of ticketTables.entries()) {
      const index = Number(table.slice(1));
      const report = sources.find((s) => s.file === files[index]!.shown)!;
      report.used = counted.get(index) ?? 0;
      if (report.used === 0 && ticketTables.length - i > 0) {
        const n = report.rows;
        if (n === 0) throw new ScorecardError('input.empty', { file: report.file });
        throw new ScorecardError('input.noRowsInPeriod', { file: report.file, since: options.since ?? '…', until: options.until ?? '…' });
      }
    }
    if (computed.length) {
      options.progress?.({ step: 'compute', fraction: 0 });
      const result = await tracked(db, options, { step: 'compute' }, () => rows(db, combinedStatement(computed, queries)));
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
    } else {
      const result = await rows(db, 'SELECT DISTINCT period FROM tickets ORDER BY period');
      result.forEach((r) => periods.add(String(r['period'])));
    }
  }
  return { sources, ticketKpis, computable, aggregated, periods: [...periods].sort(), queries, slaBasis };
}

/** The fields the wanted KPIs' formulas read, with id and created_at; every field when no KPI
 * is named. A cell of another column is neither parsed nor a reason to leave a row out. */
function neededFields(kpis: string[] | undefined, businessHours: boolean): Set<TicketField> {
  if (!kpis) return new Set(TICKET_FIELDS);
  const needed = new Set<TicketField>(['id', 'created_at']);
  const queries = kpiQueries({ businessHours });
  for (const id of kpis) {
    const query = queries[id];
    if (!query) continue;
    query.needs.forEach((f) => needed.add(f));
    for (const field of TICKET_FIELDS) if (new RegExp(`\\b${field}\\b`).test(`${query.actual} ${query.n}`)) needed.add(field);
  }
  // A promise kept is measured in calendar or business time, from either first-reply column.
  if (kpis.includes('SLA')) (['first_reply_min', 'first_reply_bh_min', 'channel'] as const).forEach((f) => needed.add(f));
  // Solved also counts a ticket with a solved time and no status.
  if (needed.has('solved')) needed.add('solved_at');
  return needed;
}

/** Empty, binary or not UTF-8: said plainly before DuckDB guesses. */
function checkBytes(file: InputFile): void {
  let size: number;
  try {
    size = statSync(file.path).size;
  } catch {
    throw new ScorecardError('input.unreadable', { file: file.shown });
  }
  if (size === 0) throw new ScorecardError('input.empty', { file: file.shown });
  if (extname(file.path).toLowerCase() === '.parquet') return;
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
}

/** How DuckDB's sniffer reads a CSV (from a sample): each column's type, and the dialect as
 * read_csv options, so that the file is read once more without sniffing it again. Undefined for
 * other files, for a file without a header row, or when the sniffer gives up. */
interface Sniffed {
  types: Map<string, string>;
  dialect: string;
}

async function sniff(db: Connection, file: InputFile): Promise<Sniffed | undefined> {
  if (!isCsv(file)) return undefined;
  try {
    const [r] = await rows(db, `SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, HasHeader, Columns FROM sniff_csv(${lit(file.path)})`);
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

const NUMERIC_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'FLOAT', 'DOUBLE']);

/** The type a column is read as directly, when the sniffer found it clean in its sample: plain
 * numbers as DOUBLE, times without an offset as TIMESTAMP. Everything else stays text and is
 * parsed in SQL (decimal commas, HH:MM:SS, offsets, other date formats). */
function typedAs(kind: CellKind, sniffedType: string | undefined): 'DOUBLE' | 'TIMESTAMP' | undefined {
  if (!sniffedType) return undefined;
  if ((kind === 'number' || kind === 'seconds') && (NUMERIC_TYPES.has(sniffedType) || sniffedType.startsWith('DECIMAL'))) return 'DOUBLE';
  if (kind === 'timestamp' && sniffedType === 'TIMESTAMP') return 'TIMESTAMP';
  return undefined;
}

function readerSql(file: InputFile): string {
  const ext = extname(file.path).toLowerCase();
  if (ext === '.parquet') return `read_parquet(${lit(file.path)})`;
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return `read_json_auto(${lit(file.path)})`;
  return `read_csv(${lit(file.path)}, all_varchar = true, header = true)`;
}

function readError(file: InputFile, error: unknown): ScorecardError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unicode|utf-?8|encod/i.test(message)) return new ScorecardError('input.encoding', { file: file.shown, encoding: 'not UTF-8' });
  const line = /line:?\s*(\d+)/i.exec(message)?.[1];
  return new ScorecardError('input.notCsv', { file: file.shown, ...(line ? { line } : {}), detail: message.split('\n')[0]!.slice(0, 160) });
}

const TIMESTAMP_FORMATS = [
  '%d.%m.%Y %H:%M:%S',
  '%d.%m.%Y %H:%M',
  '%d.%m.%Y',
  '%m/%d/%Y %H:%M:%S',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y',
  '%d-%m-%Y %H:%M:%S',
  '%d-%m-%Y %H:%M',
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d %H:%M',
];

/** SQL reading one cell (VARCHAR, trimmed, NULL when empty) as the kind of value it holds. */
export function parseSql(t: string, kind: CellKind, timeZone: string): string {
  // A decimal comma only where the plain cast fails: no new string for every cell.
  const number = `coalesce(try_cast(${t} AS DOUBLE), try_cast(replace(${t}, ',', '.') AS DOUBLE))`;
  switch (kind) {
    case 'text':
      return t;
    case 'timestamp':
      // The common case first and cheap: a wall-clock time without an offset (at most
      // "YYYY-MM-DD HH:MM:SS"); COALESCE evaluates the rest only for the rows left over.
      return `coalesce(CASE WHEN length(${t}) <= 19 THEN try_cast(${t} AS TIMESTAMP) END, CASE
        WHEN regexp_full_match(${t}, '\\d{10}') THEN timezone(${lit(timeZone)}, to_timestamp(CAST(${t} AS BIGINT)))
        WHEN regexp_matches(${t}, '(Z|[+-]\\d\\d:?\\d\\d)$') THEN timezone(${lit(timeZone)}, try_cast(${t} AS TIMESTAMPTZ))
        ELSE coalesce(try_cast(${t} AS TIMESTAMP), try_strptime(${t}, [${TIMESTAMP_FORMATS.map(lit).join(', ')}])) END)`;
    case 'number':
      return number;
    case 'seconds':
      return `(${number} / 60.0)`;
    case 'hours':
      return `CASE WHEN contains(${t}, ':') THEN try_cast(split_part(${t}, ':', 1) AS DOUBLE) * 60 + try_cast(split_part(${t}, ':', 2) AS DOUBLE) + coalesce(try_cast(nullif(split_part(${t}, ':', 3), '') AS DOUBLE), 0) / 60.0 ELSE ${number} * 60 END`;
    case 'status':
      return `lower(${t}) IN ('solved', 'closed', 'resolved', 'gelöst', 'geschlossen')`;
    case 'rating':
      // Zendesk's own words first, exactly as it writes them.
      return `CASE ${t} WHEN 'Good' THEN TRUE WHEN 'Bad' THEN FALSE WHEN 'Offered' THEN NULL WHEN 'Not Offered' THEN NULL ELSE coalesce(${number} >= 4, CASE lower(${t})
        WHEN 'good' THEN TRUE WHEN 'positive' THEN TRUE WHEN 'happy' THEN TRUE WHEN 'satisfied' THEN TRUE WHEN 'awesome' THEN TRUE
        WHEN 'extremely satisfied' THEN TRUE WHEN 'gut' THEN TRUE WHEN 'zufrieden' THEN TRUE
        WHEN 'bad' THEN FALSE WHEN 'negative' THEN FALSE WHEN 'unhappy' THEN FALSE WHEN 'not good' THEN FALSE WHEN 'dissatisfied' THEN FALSE
        WHEN 'neutral' THEN FALSE WHEN 'not satisfied' THEN FALSE WHEN 'schlecht' THEN FALSE WHEN 'unzufrieden' THEN FALSE END) END`;
  }
}

/** The WHEN branches that find a cell's problem: [condition, reason]. */
function problemWhens(raw: string, parsed: string, kind: CellKind): Array<[string, SkippedRow['reason']]> {
  // A cell of blanks counts as empty; trim() runs only for the few cells that did not parse.
  const unparsed = `${raw} IS NOT NULL AND ${parsed} IS NULL AND trim(${raw}) <> ''`;
  if (kind === 'timestamp') return [[unparsed, 'date']];
  if (kind === 'number' || kind === 'seconds' || kind === 'hours') {
    return [
      [unparsed, 'number'],
      [`${parsed} < 0`, 'negative'],
    ];
  }
  if (kind === 'rating') return [[`${raw} NOT IN ('Good', 'Bad', 'Offered', 'Not Offered') AND try_cast(replace(${raw}, ',', '.') AS DOUBLE) NOT BETWEEN 1 AND 5`, 'number']];
  return [];
}

async function stageTickets(
  db: Connection,
  file: InputFile,
  reader: string,
  headers: Header[],
  spec: SourceSpec,
  table: string,
  index: number,
  options: EngineOptions,
  sniffed: Sniffed | undefined,
): Promise<SourceReport> {
  const found = new Map<TicketField, { header: Header; kind: CellKind }>();
  for (const field of TICKET_FIELDS) {
    const column = spec.columns[field];
    const header = column && findHeader(headers, column.headers);
    if (column && header) found.set(field, { header, kind: column.kind });
  }
  const missing = spec.required.filter((f) => !found.has(f));
  if (missing.length) {
    throw new ScorecardError('input.missingColumns', {
      file: file.shown,
      source: spec.label,
      columns: missing.map((f) => spec.columns[f]?.headers[0] ?? f).map((h) => `“${h}”`).join(', '),
    });
  }
  // Timestamps that durations are derived from (Freshdesk), read like any other column.
  const derivedFrom = new Map<TicketField, Header>();
  for (const [field, derived] of Object.entries(spec.derived ?? {}) as Array<[TicketField, NonNullable<SourceSpec['derived']>[TicketField]]>) {
    const header = findHeader(headers, derived!.to);
    if (header) derivedFrom.set(field, header);
  }

  const zone = (h: Header) => h.timeZone ?? options.timeZone ?? 'UTC';
  const needed = neededFields(options.kpis, options.businessHours);
  // `typed`: columns DuckDB reads as DOUBLE or TIMESTAMP itself (see typedAs); the rest is text.
  const build = (typed: Map<string, 'DOUBLE' | 'TIMESTAMP'>) => {
    // Three layers: cells trimmed once (r*), parsed (p*), then the view's fields and the first
    // problem of the row, found by one CASE whose branches run only for rows still unexplained.
    const rawCols: string[] = [];
    const parsedCols: string[] = [];
    const whens: string[] = [];
    const rawName = new Map<string, string>();
    // Words are trimmed; numbers and times are not (the casts skip blanks, and trimming a
    // million cells costs a third of the parsing).
    const rawOf = (header: Header, kind: CellKind = 'text') => {
      let name = rawName.get(header.raw);
      if (!name) {
        name = `r${rawName.size}`;
        rawName.set(header.raw, name);
        const cell = `CAST(${q(header.raw)} AS VARCHAR)`;
        if (typed.has(header.raw)) rawCols.push(`${q(header.raw)} AS ${name}`);
        else rawCols.push(`nullif(${kind === 'text' || kind === 'status' || kind === 'rating' ? `trim(${cell})` : cell}, '') AS ${name}`);
      }
      return name;
    };
    const problem = (condition: string, reason: SkippedRow['reason'], header: Header) =>
      whens.push(`WHEN ${condition} THEN '${reason}' || chr(31) || ${lit(header.raw)} || chr(31) || coalesce(CAST(${rawOf(header)} AS VARCHAR), '')`);
    const parsedName = new Map<string, string>();
    const later: Array<() => void> = [];
    const parsedOf = (header: Header, kind: CellKind) => {
      const key = `${header.raw}\u0000${kind}`;
      let name = parsedName.get(key);
      if (!name) {
        const p = `p${parsedName.size}`;
        name = p;
        parsedName.set(key, p);
        const raw = rawOf(header, kind);
        // A typed cell is a number or a time already, or NULL when empty.
        const isTyped = typed.has(header.raw);
        parsedCols.push(`${isTyped ? (kind === 'seconds' ? `(${raw} / 60.0)` : raw) : parseSql(raw, kind, zone(header))} AS ${p}`);
        const checks = problemWhens(raw, p, kind).filter(([, reason]) => !isTyped || reason === 'negative');
        later.push(() => checks.forEach(([condition, reason]) => problem(condition, reason, header)));
      }
      return name;
    };

    const idCol = found.get('id')!;
    const createdCol = found.get('created_at')!;
    const idRaw = rawOf(idCol.header);
    const created = parsedOf(createdCol.header, 'timestamp');
    // Its own checks below say more than "does not parse".
    later.shift();
    const now = options.now.toISOString().slice(0, 19).replace('T', ' ');
    problem(`${idRaw} IS NULL`, 'missing', idCol.header);
    problem(`${created} IS NULL`, 'date', createdCol.header);
    problem(`${created} > TIMESTAMP ${lit(now)} + INTERVAL 1 DAY OR ${created} < TIMESTAMP '1990-01-01'`, 'range', createdCol.header);
    const finals: string[] = [];
    const fields: TicketField[] = [];
    const orderChecks: Array<[string, Header]> = [];
    for (const field of TICKET_FIELDS) {
      const col = found.get(field);
      if (!needed.has(field)) {
        // Not read for this philosophy; still named as provided, for "no data" and --emit-sql.
        if (col || derivedFrom.has(field) || (field === 'solved' && found.has('solved_at'))) fields.push(field);
        finals.push(`CAST(NULL AS ${TICKET_TYPES[field]}) AS ${field}`);
        continue;
      }
      let expr = col ? (field === 'id' ? idRaw : parsedOf(col.header, col.kind)) : undefined;
      const derived = spec.derived?.[field];
      const to = derivedFrom.get(field);
      if (derived && to) {
        const end = parsedOf(to, 'timestamp');
        const diff = `(epoch(${end}) - epoch(${created})) / 60.0`;
        expr = expr ? (derived.prefer === 'column' ? `coalesce(${expr}, ${diff})` : `coalesce(${diff}, ${expr})`) : diff;
        orderChecks.push([end, to]);
      }
      if (field === 'solved') {
        const solvedAt = found.get('solved_at');
        const fallback = solvedAt ? `${parsedOf(solvedAt.header, 'timestamp')} IS NOT NULL` : undefined;
        expr = expr && fallback ? `coalesce(${expr}, ${fallback})` : (expr ?? fallback);
      }
      if (expr) fields.push(field);
      finals.push(`CAST(${expr ?? 'NULL'} AS ${TICKET_TYPES[field]}) AS ${field}`);
    }
    const solvedAt = needed.has('solved_at') ? found.get('solved_at') : undefined;
    if (solvedAt) orderChecks.push([parsedOf(solvedAt.header, 'timestamp'), solvedAt.header]);
    later.forEach((add) => add());
    const seen = new Set<string>();
    for (const [end, header] of orderChecks) {
      if (seen.has(end)) continue;
      seen.add(end);
      problem(`${end} < ${created}`, 'negative', header);
    }

    // The sniffed dialect and every column named with its type: DuckDB detects nothing again.
    const columns = sniffed && [...sniffed.types.keys()].map((name) => `${lit(name)}: '${typed.get(name) ?? 'VARCHAR'}'`);
    const source = typed.size && sniffed ? `read_csv(${lit(file.path)}, auto_detect = false, ${sniffed.dialect}, columns = {${columns!.join(', ')}})` : reader;
    const sql = `CREATE TABLE ${table} AS
      SELECT ${index} AS _file, ${finals.join(',\n      ')},
        CASE ${whens.join('\n        ')} END AS _problem
      FROM (SELECT *, ${parsedCols.join(',\n      ')} FROM (SELECT ${rawCols.join(', ')} FROM ${source}))`;
    return { sql, fields };
  };

  // Fast: the columns the sniffer found clean read typed, one scan. A bad cell past its sample
  // makes DuckDB stop; then the file is read again with every cell as text, which finds and
  // counts each bad cell.
  const typed = new Map<string, 'DOUBLE' | 'TIMESTAMP'>();
  for (const [field, { header, kind }] of found) {
    const as = field === 'id' || !needed.has(field) ? undefined : typedAs(kind, sniffed?.types.get(header.raw));
    if (as) typed.set(header.raw, as);
  }
  for (const [field, header] of derivedFrom) {
    const as = needed.has(field) ? typedAs('timestamp', sniffed?.types.get(header.raw)) : undefined;
    if (as) typed.set(header.raw, as);
  }
  let fields: TicketField[] = [];
  let done = false;
  if (typed.size) {
    const fast = build(typed);
    try {
      await tracked(db, options, { step: 'read', file }, () => db.run(fast.sql));
      fields = fast.fields;
      done = true;
    } catch {
      // Read again as text below.
    }
  }
  if (!done) {
    const slow = build(new Map());
    fields = slow.fields;
    try {
      await tracked(db, options, { step: typed.size ? 'reread' : 'read', file }, () => db.run(slow.sql));
    } catch (error) {
      throw readError(file, error);
    }
  }

  const [counts] = await rows(db, `SELECT CAST(count(*) AS INTEGER) AS total, CAST(count(_problem) AS INTEGER) AS skipped FROM ${table}`);
  const total = Number(counts!['total']);
  if (total === 0) throw new ScorecardError('input.empty', { file: file.shown });
  // Hashes first (numbers group fast); the ids themselves only when two hashes are equal.
  const [hashed] = await rows(db, `SELECT CAST(count(*) - count(DISTINCT hash(id)) AS INTEGER) AS n FROM ${table} WHERE _problem IS NULL`);
  const dupes = Number(hashed!['n']) > 0
    ? await rows(db, `SELECT id, CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE _problem IS NULL GROUP BY id HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 5`)
    : [];
  if (dupes.length) {
    const [all] = await rows(db, `SELECT CAST(count(*) AS INTEGER) AS n FROM (SELECT id FROM ${table} WHERE _problem IS NULL GROUP BY id HAVING count(*) > 1)`);
    throw new ScorecardError('input.duplicateIds', { file: file.shown, count: Number(all!['n']), ids: dupes.map((d) => String(d['id'])).join(', ') });
  }
  const first = await rows(db, `SELECT CAST(rowid + 2 AS INTEGER) AS row, _problem FROM ${table} WHERE _problem IS NOT NULL ORDER BY rowid LIMIT 5`);
  return {
    file: file.shown,
    source: spec.kind,
    rows: total,
    used: total - Number(counts!['skipped']),
    skipped: Number(counts!['skipped']),
    firstSkipped: first.map((r) => {
      const [reason, column, value] = String(r['_problem']).split('\u001f');
      return { row: Number(r['row']), reason: reason as SkippedRow['reason'], column: column ?? '', value: value ?? '' };
    }),
    fields,
    duplicatesAcrossFiles: 0,
  };
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
  const where: string[] = [];
  if (options.since) where.push(`t.created_at >= DATE ${lit(options.since)}`);
  if (options.until) where.push(`t.created_at < DATE ${lit(options.until)} + INTERVAL 1 DAY`);
  await db.run(`CREATE VIEW tickets AS
    SELECT t.* REPLACE (m.channel AS channel), ${periodSql(options.period, 't.created_at')} AS period, m.promise_min,
      ${within} AS reply_within_promise
    FROM ${all} t LEFT JOIN channel_map m ON m.raw = t.channel
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`);
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
