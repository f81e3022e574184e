// Where templates are found: a team's folder (per language, then shared) before the built-in
// ones, so any built-in template or partial can be replaced by a file of the same name.
// No Handlebars here: the render command fingerprints templates without loading it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../model/constants.js';
import { PACKAGE_ROOT } from '../version.js';

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('templates/', PACKAGE_ROOT));

export interface TemplateLookup {
  language: Language;
  /** A team's template folder. */
  templatesDir?: string;
}

/** The folders searched, most specific first. */
export function templateRoots(lookup: TemplateLookup): string[] {
  const own = lookup.templatesDir ? [join(lookup.templatesDir, lookup.language), lookup.templatesDir] : [];
  return [...own, join(BUILTIN_TEMPLATES, lookup.language), BUILTIN_TEMPLATES];
}

export function findTemplate(name: string, lookup: TemplateLookup): string | undefined {
  return templateRoots(lookup)
    .map((dir) => join(dir, name))
    .find((path) => existsSync(path));
}

/** Partial name → file, the most specific folder winning. */
export function findPartials(lookup: TemplateLookup): Map<string, string> {
  const partials = new Map<string, string>();
  for (const dir of [...templateRoots(lookup)].reverse()) {
    const folder = join(dir, 'partials');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.hbs')).sort()) {
      // `page.html.hbs` is the partial `page`: dots in partial names read as paths to Handlebars.
      partials.set(file.slice(0, file.indexOf('.')), join(folder, file));
    }
  }
  return partials;
}

/** A digest of everything a template's output depends on besides the data: the texts of the
 * template, of every partial it could use and of the message catalogs its words come from
 * (built-in and the team's). Never their paths: two clones of a repository in different folders
 * must render byte-identical files. */
export function templateFingerprint(name: string, lookup: TemplateLookup): string {
  const hash = createHash('sha256');
  const main = findTemplate(name, lookup);
  hash.update(name).update('\0').update(main ? readFileSync(main) : '');
  for (const [partial, path] of findPartials(lookup)) hash.update('\0').update(partial).update('\0').update(readFileSync(path));
  for (const dir of templateRoots(lookup)) {
    const catalog = join(dir, 'messages.yaml');
    hash.update('\0messages\0').update(existsSync(catalog) ? readFileSync(catalog) : '');
  }
  return hash.digest('hex');
}
