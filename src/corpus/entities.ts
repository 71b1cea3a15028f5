import { decodeHTML } from 'entities';

/** Decodes HTML entities until none are left: the War Diary escapes some text twice or three times (`&amp;amp;apos;`). */
export function decodeEntities(text: string): string {
  let current = text;
  for (let i = 0; i < 5 && current.includes('&'); i++) {
    const next = decodeHTML(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
