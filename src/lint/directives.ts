// `# philosophy-disable-next-line <rule-id>[, <rule-id>…] -- <reason>` comments: found by a scan
// of the text (comments are not part of the data), applied to the findings of the next line.
export interface Directive {
  /** 1-based line of the comment. */
  line: number;
  column: number;
  endColumn: number;
  rules: string[];
  reason: string;
}

const DIRECTIVE = /^([ \t]*)#\s*philosophy-disable-next-line\b(.*)$/;

export function scanDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  // Cheap pre-check: most files have none.
  if (!text.includes('philosophy-disable-next-line')) return directives;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = DIRECTIVE.exec(lines[i]!);
    if (!match) continue;
    const [head = '', reason = ''] = match[2]!.split(/\s--\s?|^--\s?/, 2).map((s) => s.trim());
    const rules = head
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    directives.push({
      line: i + 1,
      column: match[1]!.length + 1,
      endColumn: lines[i]!.length + 1,
      rules,
      reason: match[2]!.includes('--') ? reason : '',
    });
  }
  return directives;
}
