// Reads the exports with DuckDB (embedded, optional, loaded only here), maps each onto the
// `tickets` view, counts the rows it has to leave out, and runs the KPI formulas in one scan.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
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
  /** Maps a raw channel (Via, Source, Channel) to a promise in minutes and the channel's name. */
  channelOf: (raw: string) => { channel: string; promiseMin: number | null } | undefined;
  /** Called before each long step, for the progress line. */
  progress?: (step: 'read' | 'compute', file?: InputFile) => void;
  /** The time the check runs, for dates in the future. */
  now: Date;
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
}

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
  try {
    return await run(db, files, options);
  } finally {
    db.closeSync();
    instance.closeSync();
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
    options.progress?.('read', file);
    const reader = readerSql(file);
    let headers: Header[];
    try {
      headers = (await rows(db, `DESCRIBE SELECT * FROM ${reader}`)).map((r) => parseHeader(String(r['column_name'])));
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
    const report = await stageTickets(db, file, reader, headers, spec, table, index, options);
    report.fields.forEach((f) => fieldsSeen.add(f));
    sources.push(report);
    ticketTables.push(table);
  }

  const computable = Object.entries(queries)
    .filter(([, query]) => query.needs.every((f) => fieldsSeen.has(f)))
    .map(([id]) => id);
  const ticketKpis: Record<string, KpiValue[]> = {};
  const periods = new Set<string>();
  for (const list of Object.values(aggregated)) list.forEach((v) => periods.add(v.period));

  if (ticketTables.length) {
    await buildTicketsView(db, ticketTables, sources, options);
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
    if (computable.length) {
      options.progress?.('compute');
      const result = await rows(db, combinedStatement(computable, queries));
      for (const id of computable) ticketKpis[id] = [];
      for (const row of result) {
        const period = String(row['period']);
        periods.add(period);
        for (const id of computable) {
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
  return { sources, ticketKpis, computable, aggregated, periods: [...periods].sort(), queries };
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
      rawCols.push(`nullif(${kind === 'text' || kind === 'status' || kind === 'rating' ? `trim(${cell})` : cell}, '') AS ${name}`);
    }
    return name;
  };
  const problem = (condition: string, reason: SkippedRow['reason'], header: Header) =>
    whens.push(`WHEN ${condition} THEN '${reason}' || chr(31) || ${lit(header.raw)} || chr(31) || coalesce(${rawOf(header)}, '')`);
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
      parsedCols.push(`${parseSql(raw, kind, zone(header))} AS ${p}`);
      later.push(() => problemWhens(raw, p, kind).forEach(([condition, reason]) => problem(condition, reason, header)));
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
  const solvedAt = found.get('solved_at');
  if (solvedAt) orderChecks.push([parsedOf(solvedAt.header, 'timestamp'), solvedAt.header]);
  later.forEach((add) => add());
  const seen = new Set<string>();
  for (const [end, header] of orderChecks) {
    if (seen.has(end)) continue;
    seen.add(end);
    problem(`${end} < ${created}`, 'negative', header);
  }

  const sql = `CREATE TABLE ${table} AS
    SELECT ${index} AS _file, ${finals.join(',\n      ')},
      CASE ${whens.join('\n        ')} END AS _problem
    FROM (SELECT *, ${parsedCols.join(',\n      ')} FROM (SELECT ${rawCols.join(', ')} FROM ${reader}))`;
  try {
    await db.run(sql);
  } catch (error) {
    throw readError(file, error);
  }

  const [counts] = await rows(db, `SELECT CAST(count(*) AS INTEGER) AS total, CAST(count(_problem) AS INTEGER) AS skipped FROM ${table}`);
  const total = Number(counts!['total']);
  if (total === 0) throw new ScorecardError('input.empty', { file: file.shown });
  const dupes = await rows(db, `SELECT id, CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE _problem IS NULL GROUP BY id HAVING count(*) > 1 ORDER BY min(rowid) LIMIT 5`);
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

async function buildTicketsView(db: Connection, tables: string[], sources: SourceReport[], options: EngineOptions): Promise<void> {
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
  await db.run('CREATE TABLE channel_map (raw VARCHAR, channel VARCHAR, promise_min DOUBLE)');
  const mapped = raws
    .map((r) => String(r['channel']))
    .map((raw) => ({ raw, to: options.channelOf(raw) }))
    .filter((m) => m.to);
  if (mapped.length) {
    await db.run(
      `INSERT INTO channel_map VALUES ${mapped.map((m) => `(${lit(m.raw)}, ${lit(m.to!.channel)}, ${m.to!.promiseMin ?? 'NULL'})`).join(', ')}`,
    );
  }
  const where: string[] = [];
  if (options.since) where.push(`t.created_at >= DATE ${lit(options.since)}`);
  if (options.until) where.push(`t.created_at < DATE ${lit(options.until)} + INTERVAL 1 DAY`);
  await db.run(`CREATE VIEW tickets AS
    SELECT t.* REPLACE (m.channel AS channel), ${periodSql(options.period, 't.created_at')} AS period, m.promise_min
    FROM ${all} t LEFT JOIN channel_map m ON m.raw = t.channel
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`);
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
