import { decodeHTMLStrict } from 'entities';

/**
 * Decodes HTML entities until none are left: the War Diary escapes some text twice or three times (`&amp;amp;apos;`).
 * Only complete entities, ending in ";", are read: the file's escaping always writes them so, and HTML's legacy
 * forms without ";" would turn the report's own words into symbols ("CPT X &LT Y", "see &para 3").
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < 5 && current.includes('&'); i++) {
    const next = decodeHTMLStrict(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
