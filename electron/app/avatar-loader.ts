// Fetches the account's avatar in main and hands the window a `data:` URL, so the window's CSP
// can refuse every network image. Only an image (by declared type and by its first bytes), only
// up to a size limit, and only from allowed hosts: each redirect is checked like the first URL.

export const AVATAR_MAX_BYTES = 256 * 1024;
const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 10_000;

/** Declared type → the bytes such a file starts with. No SVG: it is a document, not a picture. */
const IMAGE_SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  'image/png': (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46,
  'image/webp': (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50,
};

export type AvatarFetch = (url: string, init: { redirect: 'manual'; signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

export interface AvatarLoaderDeps {
  fetch: AvatarFetch;
  /** The host policy (shared/links/avatar-hosts.ts), applied to the URL and every redirect. */
  allowed(url: string): URL | null;
  maxBytes?: number;
  timeoutMs?: number;
}

export class AvatarRefused extends Error {}

/** A `data:image/…;base64,` URL of the avatar; throws AvatarRefused saying why not. */
export async function loadAvatar(url: string, deps: AvatarLoaderDeps): Promise<string> {
  const maxBytes = deps.maxBytes ?? AVATAR_MAX_BYTES;
  const signal = AbortSignal.timeout(deps.timeoutMs ?? TIMEOUT_MS);
  let target = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const allowed = deps.allowed(target);
    if (!allowed) throw new AvatarRefused('the avatar is not on an allowed host');
    const response = await deps.fetch(allowed.href, { redirect: 'manual', signal, headers: { accept: Object.keys(IMAGE_SIGNATURES).join(', ') } });
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) throw new AvatarRefused('a redirect without a location');
      target = new URL(location, allowed.href).href;
      continue;
    }
    if (response.status !== 200) throw new AvatarRefused(`the avatar host answered ${response.status}`);
    return toDataUrl(response, maxBytes);
  }
  throw new AvatarRefused('too many redirects');
}

async function toDataUrl(response: Response, maxBytes: number): Promise<string> {
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const looksLike = IMAGE_SIGNATURES[type];
  if (!looksLike) {
    await response.body?.cancel();
    throw new AvatarRefused(`not an image (${type || 'no content type'})`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new AvatarRefused('the avatar is too large');
  }
  const bytes = await readAtMost(response, maxBytes);
  if (!looksLike(bytes)) throw new AvatarRefused(`the file is not the ${type} it claims to be`);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/** The body, refusing it as soon as it passes `maxBytes` (a missing or false length cannot help). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new AvatarRefused('the avatar is too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
