/** A page saying what went wrong with a request and where to go instead: unknown report, bad input, busy desk. */
import { esc, page } from './html.ts';

export type PageStatus = 400 | 404 | 503;

const HEADINGS: Record<PageStatus, string> = {
  400: 'That request cannot be read',
  404: 'Not found',
  503: 'Busy',
};

/** `message` is plain text; `root` is the relative way back to the search page. */
export function renderErrorPage(status: PageStatus, message: string, root = './'): string {
  const body = `<header><h1>${HEADINGS[status]}</h1></header>
<main>
<p>${esc(message)}</p>
<p><a href="${esc(root)}search">Search the reports</a></p>
</main>`;
  return page(HEADINGS[status], body);
}
