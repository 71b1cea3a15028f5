import type { Confidence } from '../search/answer.ts';
import type { Span } from '../search/excerpt.ts';

/**
 * Rebuilds `text` with each span wrapped (bold, colour…) and the rest passed
 * through `plain` (escaping). A span that is empty, reversed, out of order or
 * outside the text is skipped: the text comes out whole, each character once.
 */
export function markSpans(
  text: string,
  spans: Span[],
  wrap: (s: string) => string,
  plain: (s: string) => string = (s) => s,
): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (!(start >= at && start < end && end <= text.length)) continue;
    out += plain(text.slice(at, start)) + wrap(text.slice(start, end));
    at = end;
  }
  return out + plain(text.slice(at));
}

/** How each renderer words the answerer's confidence. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = { answer: 'Answer', likely: 'Likely answer' };

/** What every renderer says when no sentence answers surely enough, before the closest passages. */
export const NO_ANSWER = 'No sentence answers this exactly — the closest passages:';
