/**
 * File uploads as Discord takes them: `multipart/form-data` with one
 * `payload_json` part (the message) and `files[n]` parts (n from 0 to 9, each
 * with a filename), nothing else. A file past the attachment limit is 413
 * (40005); a part Discord does not know, a second payload, a file without a
 * name or an `attachments` entry naming no uploaded file is 50035. The fake
 * also checks what the bot claims to send: a .png is a PNG, a .csv parses as
 * CSV with one column count, and an embed's `attachment://` image names a file sent with it.
 */
import type { APIAttachment, APIMessage } from 'discord.js';
import { parse } from 'csv-parse/sync';
import { isObject, type Json } from './checks.ts';
import { ApiError, invalidFormBody, invalidJson, type Violation } from './errors.ts';
import { snowflake } from './ids.ts';

export interface Upload {
  index: number;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Discord's upload limit for a server without boosts, per file (10 MiB since 2024). */
export const DEFAULT_ATTACHMENT_LIMIT = 10 * 1024 * 1024;
const MAX_FILES = 10;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FILE_PART = /^files\[(\d+)\]$/;

const tooLarge = () => new ApiError(413, { code: 40005, message: 'Request entity too large' });
const formError = (path: (string | number)[], message: string): Violation => ({
  path,
  code: 'BASE_TYPE_INVALID',
  message,
});

/** The message and files of a multipart body, or Discord's refusal. */
export async function readMultipart(
  raw: Buffer,
  contentType: string,
  limit: number,
): Promise<{ payload: Json; files: Upload[] }> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw invalidFormBody([formError([], 'The multipart body could not be parsed.')]);
  }
  let payload: Json | undefined;
  const files: Upload[] = [];
  for (const [name, value] of form.entries()) {
    if (name === 'payload_json' && typeof value === 'string' && payload === undefined) {
      payload = parsePayload(value);
      continue;
    }
    const at = FILE_PART.exec(name);
    if (!at || typeof value === 'string' || Number(at[1]) >= MAX_FILES) {
      throw invalidFormBody([formError([name], `Unexpected form field "${name}".`)]);
    }
    if (!value.name) throw invalidFormBody([formError([name], 'A file needs a filename.')]);
    if (value.size > limit) throw tooLarge();
    const data = Buffer.from(await value.arrayBuffer());
    files.push({ index: Number(at[1]), filename: value.name, contentType: value.type, data });
  }
  if (new Set(files.map((f) => f.index)).size !== files.length) {
    throw invalidFormBody([formError(['files'], 'Each files[n] may be sent once.')]);
  }
  const violations = files.flatMap(contentViolations);
  if (violations.length) throw invalidFormBody(violations);
  return { payload: payload ?? {}, files };
}

function parsePayload(text: string): Json {
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value)) return value;
  } catch {
    // Discord answers malformed JSON the same way, wherever it comes from.
  }
  throw invalidJson();
}

/** What the file claims to be, checked: a PNG's signature and header chunk, a CSV's rows. */
function contentViolations(file: Upload): Violation[] {
  const path = [`files[${file.index}]`];
  const name = file.filename.toLowerCase();
  if (name.endsWith('.png')) {
    const ok = file.data.subarray(0, 8).equals(PNG) && file.data.subarray(12, 16).toString('latin1') === 'IHDR';
    return ok ? [] : [formError(path, `${file.filename} is not a PNG.`)];
  }
  if (name.endsWith('.csv')) {
    try {
      parse(file.data, { relax_column_count: false, bom: true });
      return file.data.length ? [] : [formError(path, `${file.filename} is empty.`)];
    } catch (error) {
      return [formError(path, `${file.filename} is not CSV: ${(error as Error).message}`)];
    }
  }
  return [];
}

/**
 * The message's attachments after a send or edit: those `attachments` keeps
 * (by id: an uploaded file's index, or an attachment the message has) and
 * every file uploaded; without `attachments` and files, the message keeps its own.
 */
export function attachmentsOf(payload: Json, files: Upload[], current: APIMessage | undefined, channelId: string) {
  const had = current?.attachments ?? [];
  if (payload.attachments === undefined && !files.length) return had;
  const listed = Array.isArray(payload.attachments) ? (payload.attachments as unknown[]) : [];
  const violations: Violation[] = [];
  const kept: APIAttachment[] = [];
  listed.forEach((entry, i) => {
    const id = isObject(entry) ? String(entry.id ?? '') : '';
    const existing = had.find((a) => a.id === id);
    if (existing) kept.push(existing);
    else if (!files.some((f) => String(f.index) === id)) {
      violations.push(formError(['attachments', i, 'id'], `No file files[${id}] was uploaded.`));
    }
  });
  if (violations.length) throw invalidFormBody(violations);
  const uploaded = files.map((f): APIAttachment => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${encodeURIComponent(f.filename)}`;
    return { id, filename: f.filename, size: f.data.length, url, proxy_url: url, content_type: f.contentType };
  });
  return [...kept, ...uploaded];
}

/** An embed's `attachment://name` image or thumbnail must name one of the message's files. */
export function attachmentRefViolations(payload: Json, attachments: readonly APIAttachment[]): Violation[] {
  const embeds = Array.isArray(payload.embeds) ? (payload.embeds as unknown[]) : [];
  return embeds.flatMap((embed, i) =>
    (['image', 'thumbnail'] as const).flatMap((media) => {
      const url = isObject(embed) && isObject(embed[media]) ? embed[media].url : undefined;
      if (typeof url !== 'string' || !url.startsWith('attachment://')) return [];
      const name = url.slice('attachment://'.length);
      return attachments.some((a) => a.filename === name)
        ? []
        : [formError(['embeds', i, media, 'url'], `${url} names no file of the message.`)];
    }),
  );
}

/** The message with its attachments after this send or edit; refused when an embed names a file it lacks. */
export function withAttachments(message: APIMessage, payload: Json, files: Upload[], current?: APIMessage): APIMessage {
  const attachments = attachmentsOf(payload, files, current, message.channel_id);
  const violations = attachmentRefViolations(payload, attachments);
  if (violations.length) throw invalidFormBody(violations);
  return { ...message, attachments };
}
