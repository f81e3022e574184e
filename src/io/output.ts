// Where text goes: a stream a command writes to, and whether it may carry colours.

/** What a command may touch of the outside world; tests pass their own. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Colours for people at a terminal; never in files or pipes; NO_COLOR and FORCE_COLOR honoured. */
export function wantsColor(out: Output, env: Record<string, string | undefined>): boolean {
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return out.isTTY === true && env['TERM'] !== 'dumb';
}
