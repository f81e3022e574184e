// `philosophy catalog values|kpis|teams|channels|figures|profiles [--profile P]`: the built-in
// knowledge in the user's language, fitted to a kind of business, as a table for people or as
// JSON for scripts.
import { CHANNELS, PROFILES, figuresByStep, findChannel, findProfile, kpisFor, sourceIn, teamsFor, unitIn, valuesFor } from '../catalog/index.js';
import type { Bilingual, BilingualList } from '../core/bilingual.js';
import { CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { oneLine } from '../core/text.js';
import { PROFILES as PROFILE_IDS, type Language, type Profile } from '../model/constants.js';
import type { CommandContext } from './context.js';
import { list, table } from './table.js';

export const CATALOG_KINDS = ['values', 'kpis', 'teams', 'channels', 'figures', 'profiles'] as const;

/** Terminal width below which the catalog is a list rather than a table. */
export const LIST_BELOW = 120;

export interface CatalogOptions {
  json?: boolean;
  profile?: string;
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

function channelRows(profile: Profile | undefined) {
  const def = profile === undefined ? undefined : findProfile(profile);
  if (def === undefined) return CHANNELS.map((c) => ({ id: c.id, name: c.name, hours: undefined as Bilingual | undefined }));
  return def.channels.map((c) => ({ id: c.id, name: findChannel(c.id)?.name ?? { en: c.id, de: c.id }, hours: c.hours as Bilingual | undefined }));
}

export function catalog(kind: string, options: CatalogOptions, ctx: CommandContext): number {
  const { language: lang } = ctx;
  if (!(CATALOG_KINDS as readonly string[]).includes(kind)) throw new CliError(t(lang, 'error.badCatalog', { value: oneLine(kind, 40) }));
  if (options.profile !== undefined && !(PROFILE_IDS as readonly string[]).includes(options.profile)) {
    throw new CliError(t(lang, 'error.badProfile', { value: oneLine(options.profile, 40), profiles: PROFILE_IDS.join(', ') }));
  }
  const profile = options.profile as Profile | undefined;
  const data =
    kind === 'values' ? valuesFor(profile)
    : kind === 'kpis' ? kpisFor(profile)
    : kind === 'teams' ? teamsFor(profile)
    : kind === 'channels' ? channelRows(profile)
    : kind === 'figures' ? figuresByStep()
    : PROFILES.map((p) => ({ id: p.id, name: p.name, kpis: p.kpis, teams: p.teams }));
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
      valuesFor(profile).map((v) => [v.name[lang], v.kpis.join(', '), `${v.action[lang]}\n${v.meaning[lang]}\n${v.tools[lang].join('; ')}`]),
      width,
    );
  } else if (kind === 'kpis') {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.unit'), h('catalog.col.scale'), h('catalog.col.direction'), h('catalog.col.definition')],
      kpisFor(profile).map((k) => [
        k.id,
        unitIn(k.unit, lang),
        k.scale[lang],
        t(lang, k.direction === 'higher' ? 'catalog.higher' : 'catalog.lower'),
        `${k.name[lang]}: ${k.definition[lang]}\n${h('catalog.col.formula')}: ${k.formula[lang]}${k.ticketFormula ? `\n${h('catalog.col.ticketFormula')}: ${k.ticketFormula[lang]}` : ''}\n${h('catalog.col.benchmark')}: ${k.benchmark.text[lang]} (${sourceIn(k.benchmark.source, lang)})`,
      ]),
      width,
    );
  } else if (kind === 'teams') {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.name'), h('catalog.col.metrics'), h('catalog.col.activities')],
      teamsFor(profile).map((team) => [team.id, team.name[lang], team.metrics.join(', '), team.activities[lang]]),
      width,
    );
  } else if (kind === 'channels') {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.name'), h('catalog.col.hours')],
      channelRows(profile).map((c) => [c.id, c.name[lang], c.hours?.[lang] ?? '']),
      width,
    );
  } else if (kind === 'figures') {
    out = layout(
      [h('catalog.col.step'), h('catalog.col.figure'), h('catalog.col.source')],
      figuresByStep().map((f) => [String(f.step), f.text[lang], f.source[lang]]),
      width,
    );
  } else {
    out = layout(
      [h('catalog.col.id'), h('catalog.col.name'), h('catalog.col.kpis')],
      PROFILES.map((p) => [p.id, p.name[lang], p.kpis.join(', ')]),
      width,
    );
  }
  ctx.stdout.write(out);
  return 0;
}
