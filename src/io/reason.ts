// Why a file operation failed, in words a person understands.
import type { Language } from '../core/bilingual.js';
import { oneLine } from '../core/text.js';

const REASONS: Record<string, Record<Language, string>> = {
  ENOENT: { en: 'no such file', de: 'Datei existiert nicht' },
  EACCES: { en: 'permission denied', de: 'keine Berechtigung' },
  EISDIR: { en: 'it is a folder', de: 'das ist ein Ordner' },
  ELOOP: { en: 'too many symbolic links (a loop?)', de: 'zu viele symbolische Links (eine Schleife?)' },
  ENOTDIR: { en: 'a part of the path is not a folder', de: 'ein Teil des Pfads ist kein Ordner' },
  EMFILE: { en: 'too many open files', de: 'zu viele offene Dateien' },
  ENOSPC: { en: 'no space left on the device', de: 'kein Platz mehr auf dem Datenträger' },
  EROFS: { en: 'read-only file system', de: 'schreibgeschütztes Dateisystem' },
  EPERM: { en: 'operation not permitted', de: 'Vorgang nicht erlaubt' },
};

/** A short reason for a failed file operation, in the user's language. */
export function reasonOf(error: unknown, language: Language = 'en'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code ? REASONS[code] : undefined;
  return known ? known[language] : oneLine(error instanceof Error ? error.message : String(error), 120);
}
