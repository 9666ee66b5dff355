import type { IncomingMessage } from 'node:http';
import { MAX_IMPORT_CALL_BYTES } from '../../shared/ipc/contract';
import type { Refusal } from './request-guard';

/** Size limits of a call's JSON body: imports carry files as base64, everything else is small. */
export const MAX_IMPORT_BODY_BYTES = MAX_IMPORT_CALL_BYTES;
export const MAX_CALL_BODY_BYTES = 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; refusal: Refusal };

/**
 * Reads a request body as JSON, refusing anything not declared as JSON and anything over
 * `limit` bytes (by Content-Length at once, or while reading when the length is not declared).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<JsonBody> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, refusal: { status: 415, message: 'Calls take a JSON body (Content-Type: application/json).' } };
  }
  const tooLarge: JsonBody = {
    ok: false,
    refusal: { status: 413, message: `The request is larger than ${Math.round(limit / 1024 / 1024)} MiB.` },
  };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, refusal: { status: 400, message: 'The request body is not valid JSON.' } };
  }
}
