import { closeSync, openSync, readSync } from 'node:fs';

/** The first bytes of a file as text (where a generated file's stamp is), or undefined when it
 * cannot be read. Reading whole outputs only to look at their first line would cost more than
 * the look saves. */
export function readHead(path: string, bytes = 400): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const length = readSync(fd, buffer, 0, bytes, 0);
    return buffer.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
