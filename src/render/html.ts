/**
 * What every HTML page shares: escaping, the page around the content, its
 * small stylesheet, and the links between pages. Pages need no script and
 * forbid any: every piece of corpus text and user input is escaped, and the
 * page's own policy refuses scripts should anything slip through.
 */
import escapeHtml from 'escape-html';
import type { SearchFilters } from '../desk.ts';
import type { Span } from '../search/excerpt.ts';
import { markSpans } from './highlight.ts';

/** Text, escaped for an element or a double-quoted attribute. */
export const esc = (text: string): string => escapeHtml(text);

/**
 * Text set inside other text (a query in a sentence, a title in a list):
 * isolated, so right-to-left text or a stray direction override in it cannot
 * reorder the words around it.
 */
export const inline = (text: string): string => `<bdi>${esc(text)}</bdi>`;

/** Text with the given spans in `<mark>`; spans that do not fit the text are ignored. */
export const marked = (text: string, spans: Span[] = []): string =>
  markSpans(text, spans, (s) => `<mark>${esc(s)}</mark>`, esc);

/**
 * Links are relative, so the pages work wherever they are served from: a
 * report is at `reports/<id>`, the search at `search`, beside each other.
 */
export type From = 'search' | 'report';

export function reportHref(id: string, from: From, query?: string): string {
  const q = query?.trim() ? `?q=${encodeURIComponent(query.trim())}` : '';
  return `${from === 'search' ? 'reports/' : './'}${encodeURIComponent(id)}${q}`;
}

export function searchHref(from: From, params: SearchFilters & { q?: string; page?: number; sort?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && String(value).trim() !== '') query.set(key, String(value).trim());
  }
  const qs = query.toString();
  return `${from === 'search' ? 'search' : '../search'}${qs ? `?${qs}` : ''}`;
}

/** All colours pass WCAG AA against their background (text ≥ 4.5:1). */
const STYLE = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem 1rem 3rem; background: #ffffff; color: #1f2328;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
a { color: #0b5cad; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .2rem; }
mark { background: #ffe28a; color: #1f2328; padding: 0 .1em; border-radius: 2px; }
.meta, .cite, .note { color: #57606a; }
.text { white-space: pre-line; }
blockquote { margin: .4rem 0; padding-left: 1rem; border-left: 3px solid #d0d7de; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; margin: .75rem 0; }
caption { caption-side: bottom; text-align: left; padding-top: .3rem; }
th, td { border: 1px solid #d0d7de; padding: .2rem .6rem; text-align: right; }
th[scope="row"] { text-align: left; }
ol.results > li { margin-bottom: 1.25rem; }
form { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .5rem 1rem; margin: 1rem 0; }
label { display: grid; font-size: .9rem; font-weight: 600; }
input, select { box-sizing: border-box; width: 100%; min-width: 0; font: inherit; padding: .25rem .4rem;
  border: 1px solid #6e7781; border-radius: 4px; color: #1f2328; background: #ffffff; }
button { font: inherit; padding: .3rem 1rem; border: 0; border-radius: 4px; background: #0b5cad; color: #ffffff;
  align-self: end; }
nav.pages { display: flex; gap: 1.5rem; margin-top: 1.5rem; }
`;

/** A policy refusing scripts, frames and every request but the page's own links and forms. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

/** The whole page: `title` is plain text, `body` is HTML already escaped; `canonical`: its address where served. */
export function page(title: string, body: string, canonical?: string): string {
  const link = canonical ? `\n<link rel="canonical" href="${esc(canonical)}">` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="referrer" content="no-referrer">${link}
<title>${esc(title)} · Report Desk</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
