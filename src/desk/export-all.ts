/**
 * An export read whole by an edge that streams it (the bot's file, the CLI's output): the desk's pages one after the
 * other. Apart from the desk's side of export (export.ts), as only the desk's door is needed here.
 */
import { MAX_EXPORT_PAGE, type Desk, type ExportPage, type ExportRequest, type Outcome } from '../desk.ts';

/** Every page of an export in turn, the first one first: a refusal of the request is the first page's outcome. */
export async function* exportAll(
  desk: Pick<Desk, 'export'>,
  request: Omit<ExportRequest, 'offset' | 'limit'>,
  pageSize = MAX_EXPORT_PAGE,
): AsyncGenerator<Outcome<ExportPage>> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await desk.export({ ...request, offset, limit: pageSize });
    yield page;
    if (!page.ok || offset + page.reports.length >= page.total || page.reports.length === 0) return;
  }
}
