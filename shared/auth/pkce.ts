// PKCE (RFC 7636, S256) and the OAuth `state`, with randomness and SHA-256 injected so this stays
// pure: Node passes node:crypto, a test passes a known vector.

export type RandomBytesPort = (length: number) => Uint8Array;
export type Sha256Port = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface PkcePair {
  /** Kept by the app until the code exchange; never leaves it except in that request. */
  verifier: string;
  /** BASE64URL(SHA256(ASCII(verifier))), sent in the authorize URL. */
  challenge: string;
  method: 'S256';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 §5), as PKCE and most OAuth values use. */
export function base64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0x7f;
  return bytes;
}

/** The S256 challenge for a verifier (the sandbox uses this to check PKCE too). */
export async function pkceChallenge(verifier: string, sha256: Sha256Port): Promise<string> {
  return base64Url(await sha256(asciiBytes(verifier)));
}

/** 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows, with 256 bits. */
export async function createPkcePair(deps: { randomBytes: RandomBytesPort; sha256: Sha256Port }): Promise<PkcePair> {
  const verifier = base64Url(deps.randomBytes(32));
  return { verifier, challenge: await pkceChallenge(verifier, deps.sha256), method: 'S256' };
}

/** An unguessable `state` that ties the callback to the sign-in this app started. */
export function createOAuthState(randomBytes: RandomBytesPort): string {
  return base64Url(randomBytes(24));
}
