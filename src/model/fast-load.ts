// The fast path for the common case, a well-formed file: js-yaml turns text into data about
// ten times faster than building a document with source positions. It only ever answers
// "here is the data" or "not sure"; every finding is still reported from the positioned
// document of the `yaml` library (load.ts), so a file that is not clean pays for that parse
// and a clean one does not.
import jsYaml from 'js-yaml';

// Anchors, aliases and tags are rare in a philosophy and are where parsers differ or where
// resource limits matter: leave them to the full loader, which enforces the alias limit.
const ANCHOR_ALIAS_OR_TAG = /(?:^|[\s[{,])[&*!][^\s,\]}]/;
const DIRECTIVE = /^%/m;

function needsFullLoader(text: string): boolean {
  // indexOf first: the regular expressions are needed only for the few files with these characters.
  if (text.includes('__proto__')) return true;
  if (text.includes('%') && DIRECTIVE.test(text)) return true;
  return (text.includes('&') || text.includes('*') || text.includes('!')) && ANCHOR_ALIAS_OR_TAG.test(text);
}

/** The file's data, or undefined when the full loader must decide. */
export function fastLoad(text: string): unknown {
  if (needsFullLoader(text)) return undefined;
  try {
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return data === null || typeof data !== 'object' ? undefined : data;
  } catch {
    // Syntax errors, duplicate keys, several documents, stack exhaustion: all reported with
    // positions by the full loader.
    return undefined;
  }
}
