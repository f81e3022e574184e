// Every file the tool writes goes through here: a temporary file in the target folder, then a
// rename, so a crash, a full disk or a kill leaves either the old file or the new one, never
// half of one. Existing files are replaced only when the caller says so.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} exists`);
    this.name = 'FileExistsError';
  }
}

export interface WriteOptions {
  /** Replace an existing file (default: refuse with FileExistsError). */
  overwrite?: boolean;
}

let counter = 0;

export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  if (!options.overwrite && existsSync(path)) throw new FileExistsError(path);
  // pid + counter is unique among live writers; 'wx' below refuses a leftover of a dead one.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.overwrite) renameSync(tmp, path);
    else {
      // link() fails if the name exists, even if it appeared after the check above; rename
      // would replace it.
      try {
        linkSync(tmp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw error;
      }
      unlinkSync(tmp);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temporary file was never created */
    }
    throw error;
  }
}
