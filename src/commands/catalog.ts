// `philosophy catalog values|kpis|teams`: the built-in knowledge in the user's language, as a
// table for people or as JSON for scripts.
import { KPIS, TEAMS, VALUES } from '../catalog/index.js';
import type { Bilingual, BilingualList } from '../core/bilingual.js';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { oneLine } from '../core/text.js';
import type { Language } from '../model/constants.js';
import type { CommandContext } from './context.js';
import { list, table } from './table.js';

export const CATALOG_KINDS = ['values', 'kpis', 'teams'] as const;

/** Terminal width below which the catalog is a list rather than a table. */
export const LIST_BELOW = 120;

export interface CatalogOptions {
  json?: boolean;
}

/** Every Bilingual (and BilingualList) inside `data` replaced by its text in `language`. */
export function localizeDeep(data: unknown, language: Language): unknown {
  if (Array.isArray(data)) return data.map((d) => localizeDeep(d, language));
  if (typeof data !== 'object' || data === null) return data;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && 'en' in record && 'de' in record) return (record as unknown as Bilingual | BilingualList)[language];
  return Object.fromEntries(keys.map((k) => [k, localizeDeep(record[k], language)]));
}

export function catalog(kind: string, options: CatalogOptions, ctx: CommandContext): number {
  const { language: lang } = ctx;
  if (!(CATALOG_KINDS as readonly string[]).includes(kind)) throw new CliError(t(lang, 'error.badCatalog', { value: oneLine(kind, 40) }));
  const data = kind === 'values' ? VALUES : kind === 'kpis' ? KPIS : TEAMS;
  if (options.json) {
    ctx.stdout.write(JSON.stringify(localizeDeep(data, lang), null, 2) + '\n');
    return 0;
  }
  const width = ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns : 120;
  // Below 120 columns a table squeezes its last column into a strip: one record after another.
  const layout = width < LIST_BELOW ? list : table;
  const h = (key: Parameters<typeof t>[1]) => t(lang, key);
  let out: string;
  if (kind === 'values') {
    out = layout(
      [h('catalog.col.name'), h('catalog.col.kpis'), h('catalog.col.action')],
      VALUES.map((v) => [v.name[lang], v.kpis.join(', '), `${v.action[lang]}\n${v.meaning[lang]}`]),
      width,
    );
  } else if (kind === 'kpis') {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.unit'), h('catalog.col.scale'), h('catalog.col.direction'), h('catalog.col.definition')],
      KPIS.map((k) => [
        k.id,
        k.unit,
        k.scale[lang],
        t(lang, k.direction === 'higher' ? 'catalog.higher' : 'catalog.lower'),
        `${k.name[lang]}: ${k.definition[lang]}\n${h('catalog.col.formula')}: ${k.formula[lang]}\n${h('catalog.col.benchmark')}: ${k.benchmark.text[lang]} (${k.benchmark.source})`,
      ]),
      width,
    );
  } else {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.name'), h('catalog.col.metrics'), h('catalog.col.activities')],
      TEAMS.map((team) => [team.id, team.name[lang], team.metrics.join(', '), team.activities[lang]]),
      width,
    );
  }
  ctx.stdout.write(out);
  return 0;
}
