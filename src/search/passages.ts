/**
 * Reports become passages: each quoted paragraph, each paraphrase and each
 * commentary paragraph, split at sentence boundaries so no passage is much
 * longer than an excerpt can show. The index matches whole reports; passages
 * are what a result quotes and what the answerer reads, sentence by sentence.
 */
import type { Report } from '../corpus/model.ts';
import { sentences } from './text.ts';

export type PassageRole = 'quote' | 'paraphrase' | 'commentary';

export interface Passage {
  /** Position among its report's passages. */
  id: number;
  reportId: string;
  role: PassageRole;
  text: string;
}

export const MAX_PASSAGE = 600;

/** Packs whole sentences into chunks of at most `max` characters; a longer sentence is cut at spaces. */
export function splitText(text: string, max = MAX_PASSAGE): string[] {
  // Most paragraphs fit whole: no need to find their sentences.
  if (text.length <= max) return text.trim() ? [text.trim()] : [];
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) chunks.push(current.trim());
    current = '';
  };
  for (const { text: sentence } of sentences(text)) {
    if (current && current.length + 1 + sentence.length > max) flush();
    if (sentence.length <= max) {
      current = current ? `${current} ${sentence}` : sentence;
      continue;
    }
    flush();
    let rest = sentence;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max);
      const at = cut > max / 2 ? cut : max;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    current = rest;
  }
  flush();
  return chunks;
}

export function toPassages(report: Report): Passage[] {
  const passages: Passage[] = [];
  const add = (role: PassageRole, paragraphs: string[]) => {
    for (const paragraph of paragraphs) {
      for (const text of splitText(paragraph)) passages.push({ id: passages.length, reportId: report.id, role, text });
    }
  };
  add(report.kind === 'commentary' ? 'commentary' : 'quote', report.quotes);
  add('paraphrase', report.paraphrase);
  return passages;
}
