/**
 * Is a POST really from Discord? Ed25519 over the timestamp header and the raw
 * body, checked with the application's public key (node:crypto), before the
 * body is parsed. A request more than five minutes from now either way, or one
 * this instance has already accepted, is refused: a captured request cannot be
 * replayed later, nor twice here.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Discord's headers: the signature (hex) and the Unix time in seconds it signed with the body. */
export interface Signed {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

const MAX_SKEW_SECONDS = 5 * 60;
/** Signatures accepted lately, for as long as their timestamp is within the window. */
const REMEMBERED = 100_000;

/** The raw 32-byte key Discord shows in hex, as a key object (JWK: no ASN.1 wrapping by hand). */
function publicKeyOf(hex: string): KeyObject {
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export function signatureChecker(publicKeyHex: string) {
  const key = publicKeyOf(publicKeyHex);
  const seen = new LRUCache<string, true>({ max: REMEMBERED, ttl: 2 * MAX_SKEW_SECONDS * 1000 });
  return ({ signature, timestamp, body }: Signed): Verdict => {
    if (!signature || !timestamp) return { ok: false, reason: 'unsigned' };
    if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
      return { ok: false, reason: 'malformed signature headers' };
    }
    if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS)
      return { ok: false, reason: 'stale timestamp' };
    const signed = Buffer.concat([Buffer.from(timestamp), body]);
    if (!verify(null, signed, key, Buffer.from(signature, 'hex'))) return { ok: false, reason: 'bad signature' };
    const id = signature.toLowerCase();
    if (seen.has(id)) return { ok: false, reason: 'replayed' };
    seen.set(id, true);
    return { ok: true };
  };
}
