// One ticket export as rows of the `tickets` view (tickets.ts): the SELECT that reads the file,
// parses each cell the KPIs need and names the first problem of each row that cannot be used.
// The engine (engine.ts) runs it, into a table or straight into the KPIs' aggregate.
import { ScorecardError } from './errors.js';
import { kpiQueries } from './kpi-sql.js';
import { findHeader, type CellKind, type Header, type SourceSpec } from './sources.js';
import { TICKET_FIELDS, TICKET_TYPES, type TicketField } from './tickets.js';

export interface TicketSelectOptions {
  /** Ticket KPIs the philosophy targets (all when absent). */
  kpis?: string[];
  businessHours: boolean;
  /** Zone of timestamps that carry an offset and whose header names none; default UTC. */
  timeZone?: string;
  /** The time the check runs, for dates in the future. */
  now: Date;
}

/** How DuckDB's sniffer reads a CSV (from a sample): each column's type, and the dialect as
 * read_csv options, so that the file is read once more without sniffing it again. */
export interface Sniffed {
  types: Map<string, string>;
  dialect: string;
}

/** Why a row is left out of the KPIs. */
export type SkipReason = 'date' | 'number' | 'negative' | 'range' | 'missing' | 'period';

/** One ticket export, ready to read. */
export interface TicketPlan {
  /** Its place among the inputs; the rows' `_file`. */
  index: number;
  spec: SourceSpec;
  /** Ticket fields this file provides. */
  fields: TicketField[];
  /** The SELECTs to try in turn, each giving `_file`, the view's fields and `_problem` (the
   * reason, column and cell of the row's first problem, joined by U+001F; NULL for a usable
   * row): the clean columns read typed, then (or only) every cell read as text. */
  selects: TicketSelect[];
  /** The first ids of the file as BIGINT (NULL where a cell is no integer), read with a small
   * buffer: where the duplicate check's bitmap of ids should lie (engine.ts). Only for a
   * helpdesk's integer ids. */
  idSample?: string;
}

export interface TicketSelect {
  sql: string;
  /** `id` is a BIGINT here (a helpdesk's ticket numbers, read typed), not the view's VARCHAR. */
  integerIds: boolean;
}

/** The buffer every CSV is read with: 4 MiB instead of DuckDB's default (16 times the 2 MB line
 * limit). Measured with @duckdb/node-api 1.5 on 1 000 000 Zendesk-shaped tickets (176 MiB),
 * medians of 9 runs of the scan alone: 1 014 ms with the default buffer, 628 ms with 4 MiB
 * (2 MiB: 609, 8 MiB: 671, 16 MiB: 709); the sniff of the same file took about 190 ms with the
 * default and 100 ms with 4 MiB. It stays above the line limit, which DuckDB requires. */
export const CSV_BUFFER = 4 * 1024 * 1024;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

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

/** How a column is read when DuckDB's sniffer found it clean: typed, no parsing in SQL. */
type ReadAs = 'DOUBLE' | 'TIMESTAMP' | 'BIGINT';

const NUMERIC_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'FLOAT', 'DOUBLE']);

/** The type a column is read as directly, when the sniffer found it clean in its sample: plain
 * numbers as DOUBLE, times without an offset as TIMESTAMP. Everything else stays text and is
 * parsed in SQL (decimal commas, HH:MM:SS, offsets, other date formats). */
function typedAs(kind: CellKind, sniffedType: string | undefined): ReadAs | undefined {
  if (!sniffedType) return undefined;
  if ((kind === 'number' || kind === 'seconds') && (NUMERIC_TYPES.has(sniffedType) || sniffedType.startsWith('DECIMAL'))) return 'DOUBLE';
  if (kind === 'timestamp' && sniffedType === 'TIMESTAMP') return 'TIMESTAMP';
  return undefined;
}

const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT']);

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
function problemWhens(raw: string, parsed: string, kind: CellKind): Array<[string, SkipReason]> {
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

/** The export's columns for each ticket field, and the SELECTs that read them; exit 2 when a
 * required column is missing. */
export function planTickets(
  file: { path: string; shown: string },
  reader: string,
  headers: Header[],
  spec: SourceSpec,
  index: number,
  options: TicketSelectOptions,
  sniffed: Sniffed | undefined,
): TicketPlan {
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
  const build = (typed: Map<string, ReadAs>) => {
    // Three layers: cells trimmed once (r*), parsed (p*), then the view's fields and the first
    // problem of the row, found by one CASE whose branches run only for rows still unexplained.
    const rawCols: string[] = [];
    const parsedCols: string[] = [];
    const whens: string[] = [];
    const rawName = new Map<string, string>();
    // Words are trimmed; numbers and times are not (the casts skip blanks, and trimming a
    // million cells costs a third of the parsing). Matching statuses and ratings exactly first
    // and trimming only the rest was measured slower (1 000 000 tickets: 1 892 against 1 710 ms,
    // medians of 15).
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
    const problem = (condition: string, reason: SkipReason, header: Header) =>
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
      if (field === 'id' && typed.has(idCol.header.raw)) {
        finals.push(`${idRaw} AS id`);
        fields.push(field);
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
    const source = typed.size && sniffed ? `read_csv(${lit(file.path)}, auto_detect = false, ${sniffed.dialect}, buffer_size = ${CSV_BUFFER}, columns = {${columns!.join(', ')}})` : reader;
    const sql = `SELECT ${index} AS _file, ${finals.join(',\n      ')},
        CASE ${whens.join('\n        ')} END AS _problem
      FROM (SELECT *, ${parsedCols.join(',\n      ')} FROM (SELECT ${rawCols.join(', ')} FROM ${source}))`;
    return { sql, fields };
  };

  // The columns the sniffer found clean in its sample are read typed: one fast scan. A bad cell
  // past the sample makes DuckDB stop; then the file is read again with every cell as text,
  // which finds and counts each bad cell.
  const typed = new Map<string, ReadAs>();
  for (const [field, { header, kind }] of found) {
    const as = field === 'id' || !needed.has(field) ? undefined : typedAs(kind, sniffed?.types.get(header.raw));
    if (as) typed.set(header.raw, as);
  }
  // A helpdesk's ticket ids are numbers: read as such, they are cheaper to read and to compare
  // (the duplicate check). Not for other exports, where "0012" and "12" may be two tickets.
  const idHeader = found.get('id')!.header;
  if (spec.kind !== 'tickets' && INTEGER_TYPES.has(sniffed?.types.get(idHeader.raw) ?? '')) typed.set(idHeader.raw, 'BIGINT');
  for (const [field, header] of derivedFrom) {
    const as = needed.has(field) ? typedAs('timestamp', sniffed?.types.get(header.raw)) : undefined;
    if (as) typed.set(header.raw, as);
  }
  const asText = build(new Map());
  const integerIds = typed.has(idHeader.raw);
  return {
    index,
    spec,
    fields: asText.fields,
    selects: [...(typed.size ? [{ sql: build(typed).sql, integerIds }] : []), { sql: asText.sql, integerIds: false }],
    ...(integerIds && sniffed ? { idSample: idSampleSql(file.path, sniffed, idHeader) } : {}),
  };
}

/** Ids read from the start of the file. A 256 KiB buffer: DuckDB's default buffer made even a
 * LIMIT 1 take about 150 ms on a 176 MiB export, this one about 20 ms. */
const ID_SAMPLE_ROWS = 2048;

function idSampleSql(path: string, sniffed: Sniffed, idHeader: Header): string {
  const columns = [...sniffed.types.keys()].map((name) => `${lit(name)}: 'VARCHAR'`);
  return `SELECT try_cast(${q(idHeader.raw)} AS BIGINT) AS id FROM read_csv(${lit(path)}, auto_detect = false, ${sniffed.dialect}, columns = {${columns.join(', ')}}, buffer_size = 262144) LIMIT ${ID_SAMPLE_ROWS}`;
}
