// A real terminal for end-to-end tests: a detached tmux session on a private server, driven with
// `send-keys` and read with `capture-pane`. Nothing of the user's own tmux is touched (own socket
// and config in a temp folder, removed by kill()), and the pane stays after its command ends, so
// the last screen can be read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The environment for tmux itself: never inside the caller's tmux. */
function tmuxEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['TMUX'];
  delete env['TMUX_PANE'];
  return env;
}

export const hasTmux = spawnSync('tmux', ['-V'], { stdio: 'ignore', env: tmuxEnv() }).status === 0;

/** A key for `send-keys` (Enter, Space, Down, C-c...), or text typed literally. */
export type Key = string | { text: string };

export interface SessionOptions {
  cwd: string;
  /** The shell command to run in the pane (run by sh). */
  command: string;
  width?: number;
  height?: number;
}

export class TmuxSession {
  private readonly home: string;
  private readonly socket: string;
  private readonly config: string;
  readonly name = 'e2e';

  constructor(options: SessionOptions) {
    this.home = mkdtempSync(join(tmpdir(), 'philosophy-tmux-'));
    this.socket = join(this.home, 'socket');
    // The pane is kept when its command exits (the last screen stays readable), and the
    // history is long enough to hold the whole run.
    this.config = join(this.home, 'tmux.conf');
    writeFileSync(this.config, 'set -g history-limit 100000\nset -g remain-on-exit on\nset -g status off\n');
    this.tmux(['new-session', '-d', '-s', this.name, '-x', String(options.width ?? 120), '-y', String(options.height ?? 50), '-c', options.cwd, options.command]);
  }

  private tmux(args: string[]): string {
    const r = spawnSync('tmux', ['-S', this.socket, '-f', this.config, ...args], { encoding: 'utf8', env: tmuxEnv(), timeout: 10_000 });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message || ''}`);
    return r.stdout;
  }

  /** Sends keys in order: names as keys, `{ text }` literally. */
  send(...keys: Key[]): void {
    for (const key of keys) {
      if (typeof key === 'string') this.tmux(['send-keys', '-t', this.name, key]);
      else this.tmux(['send-keys', '-t', this.name, '-l', key.text]);
    }
  }

  /** The pane's whole history and screen, wrapped lines joined, trailing blank lines dropped. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.name]).replace(/\s+$/, '');
  }

  /** Polls the screen until `ready` says yes; fails after `timeoutMs` with `what` and the last
   * lines of the screen. */
  async waitFor(what: string, ready: (screen: string) => boolean, timeoutMs = 180_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    let screen = '';
    for (;;) {
      screen = this.screen();
      if (ready(screen)) return screen;
      if (Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 60));
    }
    throw new Error(`waited ${timeoutMs} ms for ${what}; the terminal shows (last 40 lines):\n${tail(screen, 40)}`);
  }

  /** Ends the private server and everything running in it. Safe to call twice. */
  kill(): void {
    spawnSync('tmux', ['-S', this.socket, '-f', this.config, 'kill-server'], { stdio: 'ignore', env: tmuxEnv(), timeout: 10_000 });
    rmSync(this.home, { recursive: true, force: true });
  }
}

export function tail(screen: string, lines: number): string {
  return screen.split('\n').slice(-lines).join('\n');
}

/** Quotes a word for sh. */
export function shQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
