/**
 * Text as the desk keeps it: valid UTF-8, no control characters, NFC, and no
 * invisible characters that would split a word ("Ira\u200Bnian") or join two.
 * Stored text is cleaned once, at import, so highlight offsets into it stay
 * valid; queries are cleaned the same way, so both meet on equal terms.
 */
import { isUtf8 } from 'node:buffer';

/** Zero-width space, non-joiner and joiner, word joiner, BOM, Mongolian vowel separator, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u180E\u00AD]/g;

/** NFC without invisible characters: "Tehra\u0301n" is "Tehrán", "Ira\u200Bnian" is "Iranian". */
export function cleanText(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  return /^[\x00-\x7f]*$/.test(visible) ? visible : visible.normalize('NFC');
}

/** Control characters but tab and the line ends (LF, and CR, which CSV fields and CRLF files carry). */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
/** The same, where CR may only end a line (before LF). */
const CONTROL_IN_LINES = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|\r(?!\n)/;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first control character in text, named, with its line (1 for the first); undefined when there is none.
 * `lineEnds`: CR is allowed only before LF, as in a file's line ends.
 */
export function controlCharacter(text: string, lineEnds = false): { line: number; name: string } | undefined {
  const found = (lineEnds ? CONTROL_IN_LINES : CONTROL).exec(text);
  if (!found) return undefined;
  return { line: text.slice(0, found.index).split('\n').length, name: codePoint(found[0]) };
}

/** Printable ASCII, tab and line ends: text with nothing to clean or refuse, the War Diary's usual case. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

/** Every string in the value is plain (see PLAIN). */
function isPlain(value: unknown): boolean {
  if (typeof value === 'string') return PLAIN.test(value);
  if (!value || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isPlain);
  for (const key of Object.keys(value)) if (!isPlain((value as Record<string, unknown>)[key])) return false;
  return true;
}

type Cleaned<T> = { value: T } | { control: { path: string; name: string } };

/**
 * Every string in a value (a report, its citation, its details) cleaned, or
 * the first control character found, by its path ("quotes.0"). Objects are
 * copied only where a string changed.
 */
export function cleanStrings<T>(value: T): Cleaned<T> {
  // Most reports hold plain text only: checked without naming each path or listing each object's entries.
  return isPlain(value) ? { value } : cleaned(value, '');
}

function cleaned<T>(value: T, path: string): Cleaned<T> {
  if (typeof value === 'string') {
    if (PLAIN.test(value)) return { value };
    const found = controlCharacter(value);
    return found ? { control: { path, name: found.name } } : { value: cleanText(value) as T };
  }
  if (!value || typeof value !== 'object') return { value };
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const result = cleaned(item, path ? `${path}.${key}` : key);
    if ('control' in result) return result;
    if (result.value === item) continue;
    copy ??= (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
    copy[key] = result.value;
  }
  return { value: (copy ?? value) as T };
}

export const NOT_UTF8 = 'not UTF-8 text (save the file as UTF-8)';

/** Bytes as UTF-8 text, or the line (1 for the first) of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Buffer): { text: string } | { badLine: number } {
  if (isUtf8(bytes)) return { text: bytes.toString('utf8') };
  // A UTF-8 sequence never holds a newline byte: the lines can be checked one by one.
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const end = bytes.indexOf(10, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end))) return { badLine: line };
    if (end < 0) break;
    start = end + 1;
  }
  return { badLine: line };
}

/**
 * Text read byte for byte (as latin1, so that no byte is lost in decoding)
 * read again as UTF-8; undefined when its bytes are not UTF-8.
 */
export function utf8FromBytes(latin1: string): string | undefined {
  if (/^[\x00-\x7f]*$/.test(latin1)) return latin1;
  const bytes = Buffer.from(latin1, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : undefined;
}
