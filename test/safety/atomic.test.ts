// Issue 6, data safety: every write goes to a temporary file in the target folder and is renamed
// into place. Two ways to break a write in the middle, each followed by the proof that the old file
// is intact:
//   1. the write fails: a read-only folder (chmod 555, skipped as root, who writes anyway), a file
//      size limit (`ulimit -f`, which stops root too: the write fails with EFBIG like on a full
//      disk), a target whose parent is a file. Exit 2 naming the file, no temporary file left.
//   2. the process dies between writing the temporary file and the rename: a module loaded with
//      `node --import` replaces fs.renameSync and fs.linkSync with a SIGKILL when the rename targets
//      the file under test. The old file must be byte-identical; the temporary file stays (nothing
//      can remove it after SIGKILL) and must be a hidden `.<name>.<pid>.<n>.tmp` beside the target.
//   3. the process dies in the middle of writing: the same module writes half the bytes meant for
//      the temporary file of the target and then sends itself SIGKILL. The half is in the
//      temporary file; the target still holds the old text, never a part of the new one.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, STACK_TRACE, run, tempDir } from '../e2e/run.js';

const EXAMPLE = join(ROOT, 'philosophies/acme-robotics.yaml');
const ENV = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', LANG: 'C', PHILOSOPHY_TODAY: '2026-11-22' };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) {
    try {
      chmodSync(d, 0o755);
    } catch {
      /* gone */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function sandbox(): string {
  const dir = tempDir('philosophy-atomic-');
  dirs.push(dir);
  return dir;
}

/** Every file below `dir` whose name ends in .tmp (relative paths). */
function tmpFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
}

/** A folder holding the example, its Markdown rendered, and then the example changed: the next
 * `render` must replace a.md. */
function staleRendering(): { dir: string; md: string; old: string } {
  const dir = sandbox();
  copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
  expect(run(['render', 'a.yaml'], { cwd: dir }).status).toBe(0);
  writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Robots anyone can run', 'Robots everyone can run'));
  const md = join(dir, 'a.md');
  return { dir, md, old: readFileSync(md, 'utf8') };
}

/** Runs the CLI under `ulimit -f` (KiB): writes beyond the limit fail with EFBIG, for root too. */
function runLimited(kib: number, args: string[], cwd: string) {
  const r = spawnSync('bash', ['-c', `ulimit -f ${kib}; exec "$0" "$@"`, process.execPath, BIN, ...args], { cwd, env: ENV, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

const HOOK = `
import fs from 'node:fs';
import { basename } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
// KILL_IN_WRITE_OF=NAME: SIGKILL after writing half of the first write to the temporary file
// of NAME (.NAME.<pid>.<n>.tmp).
const writing = process.env.KILL_IN_WRITE_OF;
const temporary = new Set();
const open = fs.openSync;
fs.openSync = function (path, ...rest) {
  const fd = open.call(this, path, ...rest);
  const name = basename(String(path));
  if (writing && name.startsWith('.' + writing + '.') && name.endsWith('.tmp')) temporary.add(fd);
  return fd;
};
const write = fs.writeSync;
fs.writeSync = function (fd, buffer, offset = 0, length, ...rest) {
  if (temporary.has(fd) && typeof buffer !== 'string') {
    const whole = length ?? buffer.length - offset;
    write.call(this, fd, buffer, offset, Math.floor(whole / 2));
    fs.fsyncSync(fd);
    process.kill(process.pid, 'SIGKILL');
  }
  return write.call(this, fd, buffer, offset, length, ...rest);
};
// KILL_ON_RENAME_TO: SIGKILL at the rename (or link) that puts a file whose path ends in it in
// place; KILL_ON_RENAME_NUMBER=n waits for the n-th such rename.
const target = process.env.KILL_ON_RENAME_TO;
let left = Number(process.env.KILL_ON_RENAME_NUMBER || '1');
for (const name of ['renameSync', 'linkSync']) {
  const original = fs[name];
  fs[name] = function (from, to, ...rest) {
    if (target && String(to).endsWith(target) && --left === 0) process.kill(process.pid, 'SIGKILL');
    return original.call(this, from, to, ...rest);
  };
}
syncBuiltinESMExports();
`;

/** Runs the CLI with the kill hook, at the rename to `target` or (`{ inWriteOf: NAME }`) in the
 * middle of writing the temporary file of NAME. */
function runKilled(target: string | { inWriteOf: string }, args: string[], cwd: string, number = 1) {
  const hook = join(cwd, '..', `kill-hook-${process.pid}.mjs`);
  writeFileSync(hook, HOOK);
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
    cwd,
    env: typeof target === 'string' ? { ...ENV, KILL_ON_RENAME_TO: target, KILL_ON_RENAME_NUMBER: String(number) } : { ...ENV, KILL_IN_WRITE_OF: target.inWriteOf },
    encoding: 'utf8',
    timeout: 300_000,
  });
  rmSync(hook, { force: true });
  return { status: r.status, signal: r.signal, out: r.stdout + r.stderr };
}

const canBlockWrites = (() => {
  const probe = sandbox();
  chmodSync(probe, 0o555);
  try {
    writeFileSync(join(probe, 'probe'), 'x');
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o755);
  }
})();

describe('a write that fails leaves the old file intact and no temporary file', () => {
  it.skipIf(!canBlockWrites)('render into a read-only folder (chmod 555): exit 2, names the file, a.md intact', () => {
    const { dir, md, old } = staleRendering();
    chmodSync(dir, 0o555);
    const r = run(['render', 'a.yaml'], { cwd: dir });
    chmodSync(dir, 0o755);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a.md');
    expect(readFileSync(md, 'utf8')).toBe(old);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('render with the file size limit below the document (a full disk): exit 2, names the file, a.md intact', () => {
    const { dir, md, old } = staleRendering();
    const r = runLimited(4, ['render', 'a.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/cannot write a\.md/);
    expect(r.out).not.toMatch(STACK_TRACE);
    expect(readFileSync(md, 'utf8')).toBe(old);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('export with the file size limit below the handout: exit 2, the old handout intact', () => {
    const dir = sandbox();
    copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
    expect(run(['export', 'a.yaml', 'handout'], { cwd: dir }).status).toBe(0);
    const handout = join(dir, 'a-welcome-sheet.md');
    const old = readFileSync(handout, 'utf8');
    writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Robots anyone can run', 'Robots everyone can run'));
    const r = runLimited(2, ['export', 'a.yaml', 'handout'], dir);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/cannot write a-welcome-sheet\.md/);
    expect(readFileSync(handout, 'utf8')).toBe(old);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('validate --output --force with the file size limit below the report: exit 2, the old report intact', () => {
    const dir = sandbox();
    // Many findings make a long report.
    writeFileSync(join(dir, 'a.yaml'), Array.from({ length: 300 }, (_, i) => `unknown${i}: 1`).join('\n') + '\n');
    writeFileSync(join(dir, 'report.json'), '{"old": true}\n');
    const r = runLimited(4, ['validate', 'a.yaml', '--format', 'json', '--output', 'report.json', '--force'], dir);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(/cannot write report\.json/);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('{"old": true}\n');
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('init whose --out is below a file (not a folder): exit 2 naming it; an answers-file run leaves no draft', () => {
    const dir = sandbox();
    writeFileSync(join(dir, 'blocker'), 'a file, not a folder\n');
    copyFileSync(EXAMPLE, join(dir, 'answers.yaml'));
    const r = run(['init', '--answers', 'answers.yaml', '--yes', '--out', 'blocker/acme.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('blocker/acme.yaml');
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('a file, not a folder\n');
    // The answers file is the record of an unattended run; it never writes (or replaces) a draft.
    expect(existsSync(join(dir, '.philosophy-draft.yaml'))).toBe(false);
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('export whose --out folder is below a file: exit 2 naming it, nothing written', () => {
    const dir = sandbox();
    copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'blocker'), 'x\n');
    const r = run(['export', 'a.yaml', 'handout', '--out', 'blocker/docs/'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('blocker');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'blocker']);
  });
});

describe('SIGKILL in the middle of writing', () => {
  it('render: half of the new text is in the temporary file, a.md still holds the old text', () => {
    const { dir, md, old } = staleRendering();
    const r = runKilled({ inWriteOf: 'a.md' }, ['render', 'a.yaml'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(md, 'utf8')).toBe(old);
    const [leftover, ...more] = tmpFiles(dir);
    expect(more).toEqual([]);
    expect(leftover).toMatch(/^\.a\.md\.\d+\.\d+\.tmp$/);
    const half = readFileSync(join(dir, leftover!), 'utf8');
    // The next render writes the whole new text; the killed one had written its first half.
    expect(run(['render', 'a.yaml'], { cwd: dir }).status).toBe(0);
    const whole = readFileSync(md, 'utf8');
    expect(whole).toContain('Robots everyone can run');
    expect(half.length).toBeGreaterThan(0);
    expect(half.length).toBeLessThan(whole.length);
    expect(whole.startsWith(half)).toBe(true);
  });
});

describe('SIGKILL between writing the temporary file and the rename', () => {
  /** The leftovers: hidden `.<name>.<pid>.<n>.tmp` beside the target, and nothing else. */
  function leftovers(dir: string, name: string): string[] {
    const tmp = tmpFiles(dir);
    for (const f of tmp) expect(f, 'a leftover is hidden and named after its target').toMatch(new RegExp(`(^|/)\\.${name.replace(/\./g, '\\.')}\\.\\d+\\.\\d+\\.tmp$`));
    return tmp;
  }

  it('render: a.md intact; the next render replaces it', () => {
    const { dir, md, old } = staleRendering();
    const r = runKilled('/a.md', ['render', 'a.yaml'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(md, 'utf8')).toBe(old);
    // The temporary file survives a SIGKILL (nothing can remove it); it is hidden.
    expect(leftovers(dir, 'a.md')).toHaveLength(1);
    expect(run(['render', 'a.yaml'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('Robots everyone can run');
  });

  it('export: the old handout intact', () => {
    const dir = sandbox();
    copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
    expect(run(['export', 'a.yaml', 'handout', '--format', 'html'], { cwd: dir }).status).toBe(0);
    const old = readFileSync(join(dir, 'a-welcome-sheet.html'), 'utf8');
    writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE, 'utf8').replace('Robots anyone can run', 'Robots everyone can run'));
    const r = runKilled('/a-welcome-sheet.html', ['export', 'a.yaml', 'handout', '--format', 'html'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'a-welcome-sheet.html'), 'utf8')).toBe(old);
    expect(leftovers(dir, 'a-welcome-sheet.html')).toHaveLength(1);
  });

  it('init --force over an existing philosophy: the old file intact', () => {
    const dir = sandbox();
    mkdirSync(join(dir, 'philosophies'));
    const target = join(dir, 'philosophies', 'acme-robotics.yaml');
    writeFileSync(target, '# the philosophy as it was\n');
    copyFileSync(EXAMPLE, join(dir, 'answers.yaml'));
    const r = runKilled('/philosophies/acme-robotics.yaml', ['init', '--answers', 'answers.yaml', '--yes', '--force'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(target, 'utf8')).toBe('# the philosophy as it was\n');
    expect(leftovers(dir, 'acme-robotics.yaml')).toHaveLength(1);
  });

  it('init writing a new philosophy (link, not rename): no file, or the whole file', () => {
    const dir = sandbox();
    copyFileSync(EXAMPLE, join(dir, 'answers.yaml'));
    const r = runKilled('/philosophies/acme-robotics.yaml', ['init', '--answers', 'answers.yaml', '--yes'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(join(dir, 'philosophies', 'acme-robotics.yaml'))).toBe(false);
    expect(leftovers(dir, 'acme-robotics.yaml')).toHaveLength(1);
  });

  it('validate --output --force: the old report intact', () => {
    const dir = sandbox();
    copyFileSync(EXAMPLE, join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'report.xml'), '<old/>\n');
    const r = runKilled('/report.xml', ['validate', 'a.yaml', '--format', 'junit', '--output', 'report.xml', '--force'], dir);
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'report.xml'), 'utf8')).toBe('<old/>\n');
    expect(leftovers(dir, 'report.xml')).toHaveLength(1);
  });

});
