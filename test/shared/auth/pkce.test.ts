import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Url, createOAuthState, createPkcePair, pkceChallenge } from '../../../shared/auth/pkce';

const sha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

// RFC 7636 Appendix B: the 32 octets, the verifier they encode to, and its S256 challenge.
const RFC_OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83,
  132, 141, 121,
];

describe('PKCE', () => {
  it('reproduces the RFC 7636 Appendix B vector', async () => {
    const pair = await createPkcePair({ randomBytes: () => new Uint8Array(RFC_OCTETS), sha256 });
    expect(pair.verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(pair.challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    expect(pair.method).toBe('S256');
  });

  it('asks for 32 random bytes, giving a 43-character verifier of unreserved characters', async () => {
    const asked: number[] = [];
    const pair = await createPkcePair({
      randomBytes: (n) => {
        asked.push(n);
        return new Uint8Array(n).fill(255);
      },
      sha256,
    });
    expect(asked).toEqual([32]);
    expect(pair.verifier).toMatch(/^[A-Za-z0-9\-_]{43}$/);
  });

  it('accepts an async SHA-256 (WebCrypto style)', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', async (d) => sha256(d))).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('encodes base64url without padding for every remainder length', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 37 + 250) & 255);
      expect(base64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });

  it('makes a state from fresh randomness each time', () => {
    let seed = 0;
    const random = (n: number) => new Uint8Array(n).fill(++seed);
    const a = createOAuthState(random);
    const b = createOAuthState(random);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9\-_]{32}$/);
  });
});
