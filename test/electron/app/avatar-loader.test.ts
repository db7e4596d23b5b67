import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AVATAR_MAX_BYTES, loadAvatar } from '../../../electron/app/avatar-loader';
import { createAvatarRelay } from '../../../electron/app/avatar-relay';
import type { AppState } from '../../../shared/ipc/view-types';
import { avatarUrlAllowed } from '../../../shared/links/avatar-hosts';
import { createRecordingPorts } from '../../fakes/app-ports';

// A real HTTP server on a free loopback port stands in for the avatar host. The real host policy
// demands https on Feishu/Lark hosts (tested below on its own); here the policy allows exactly
// this server, so what is tested is what happens to the bytes and the redirects.

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(50, 1)]);

function serve(routes: Record<string, (respond: (status: number, headers: Record<string, string | number>, body?: Buffer | string) => void) => void>) {
  return createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (!route) return void response.writeHead(404).end();
    route((status, headers, body) => response.writeHead(status, headers).end(body));
  });
}

let server: Server;
let other: Server;
let base = '';
let otherBase = '';
const listen = (s: Server) => new Promise<string>((resolve) => s.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));

beforeAll(async () => {
  other = serve({ '/a.png': (r) => r(200, { 'content-type': 'image/png' }, PNG) });
  otherBase = await listen(other);
  server = serve({
    '/a.png': (r) => r(200, { 'content-type': 'image/png', 'content-length': PNG.length }, PNG),
    '/a.jpg': (r) => r(200, { 'content-type': 'image/jpeg; charset=binary' }, JPEG),
    '/page': (r) => r(200, { 'content-type': 'text/html' }, '<script>alert(1)</script>'),
    '/svg': (r) => r(200, { 'content-type': 'image/svg+xml' }, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    '/liar.png': (r) => r(200, { 'content-type': 'image/png' }, '<html>not a png</html>'),
    '/big.png': (r) => r(200, { 'content-type': 'image/png', 'content-length': AVATAR_MAX_BYTES + 1 }, Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES)])),
    // Says nothing about its length (chunked) and then sends too much.
    '/big-chunked.png': (r) => r(200, { 'content-type': 'image/png' }, Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES)])),
    '/here': (r) => r(302, { location: '/a.png' }),
    '/away': (r) => r(302, { location: `${otherBase}/a.png` }),
    '/loop': (r) => r(302, { location: '/loop' }),
    '/gone': (r) => r(404, {}),
  });
  base = await listen(server);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

const onlyThisServer = (url: string) => {
  try {
    const parsed = new URL(url);
    return parsed.origin === base ? parsed : null;
  } catch {
    return null;
  }
};
const load = (path: string) => loadAvatar(`${base}${path}`, { fetch: (url, init) => fetch(url, init), allowed: onlyThisServer });

describe('loadAvatar', () => {
  it('turns an image into a data: URL', async () => {
    expect(await load('/a.png')).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(await load('/a.jpg')).toBe(`data:image/jpeg;base64,${JPEG.toString('base64')}`);
  });

  it('follows a redirect that stays on an allowed host', async () => {
    expect(await load('/here')).toMatch(/^data:image\/png;base64,/);
  });

  it.each([
    ['an HTML page', '/page', /not an image \(text\/html\)/],
    ['SVG', '/svg', /not an image \(image\/svg\+xml\)/],
    ['a file that only claims to be PNG', '/liar.png', /not the image\/png it claims/],
    ['a file over the size limit', '/big.png', /too large/],
    ['a file over the size limit that does not say its length', '/big-chunked.png', /too large/],
    ['a redirect to another host', '/away', /not on an allowed host/],
    ['a redirect loop', '/loop', /too many redirects/],
    ['an error status', '/gone', /answered 404/],
  ])('refuses %s', async (_name, path, message) => {
    await expect(load(path)).rejects.toThrow(message);
  });

  it('asks nothing of a host the policy does not allow', async () => {
    const fetchSpy = vi.fn((url: string, init: RequestInit) => fetch(url, init));
    await expect(loadAvatar(`${otherBase}/a.png`, { fetch: fetchSpy, allowed: onlyThisServer })).rejects.toThrow(/not on an allowed host/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('avatarUrlAllowed', () => {
  it.each([
    'https://s1-imfile.feishucdn.com/static-resource/v1/v3_00kv~?image_size=72x72',
    'https://s16-imfile.larksuitecdn.com/static-resource/v1/x',
    'https://www.feishu.cn/avatar.png',
    'https://open.larksuite.com/a.png',
  ])('allows %s', (url) => {
    expect(avatarUrlAllowed(url, null)).not.toBeNull();
  });

  it.each([
    'http://s1-imfile.feishucdn.com/a.png',
    'https://example.com/a.png',
    'https://feishucdn.com.evil.com/a.png',
    'https://u:p@s1-imfile.feishucdn.com/a.png',
    'https://s1.feishu-pre.cn/a.png',
    'data:image/png;base64,AAAA',
    'not a url',
  ])('refuses %s', (url) => {
    expect(avatarUrlAllowed(url, null)).toBeNull();
  });

  it("allows the signed-in account's own host (a private deployment)", () => {
    expect(avatarUrlAllowed('https://open.xfchat.iflytek.com/a.png', 'open.xfchat.iflytek.com')).not.toBeNull();
    expect(avatarUrlAllowed('https://cdn.xfchat.iflytek.com/a.png', 'open.xfchat.iflytek.com')).toBeNull();
  });
});

describe('createAvatarRelay', () => {
  const state = (avatarUrl?: string): AppState =>
    ({
      demo: false,
      account: { id: 'a', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', userIdType: 'open_id', userId: 'ou_1', needsSignIn: false, callbackPort: 47321, avatarUrl },
      poller: { kind: 'idle' },
      counts: {},
      quota: { callsThisMonth: 0, monthlyBudget: 3000 },
      keychain: { available: true },
    }) as AppState;

  it('never hands the window the web address; sends the state again with the data: URL once loaded', async () => {
    const recorder = createRecordingPorts();
    const web = 'https://s1-imfile.feishucdn.com/static-resource/v1/x';
    const served: string[] = [];
    const relay = createAvatarRelay({
      fetch: async (url) => (served.push(url), new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } })),
      renderer: recorder.ports.renderer,
      log: recorder.ports.log,
    });
    expect(relay.view(state(web)).account).not.toHaveProperty('avatarUrl');
    relay.renderer.send('app:state-changed', state(web));
    await vi.waitFor(() => expect(recorder.sent.filter((event) => event.channel === 'app:state-changed')).toHaveLength(2));
    const payloads = recorder.sent.map((event) => JSON.stringify(event.payload));
    expect(payloads.join('')).not.toContain(web);
    expect((recorder.sent.at(-1)?.payload as AppState).account?.avatarUrl).toMatch(/^data:image\/png;base64,/);
    expect(relay.view(state(web)).account?.avatarUrl).toMatch(/^data:image\/png;base64,/);
    expect(served).toEqual([web]);
  });

  it('shows no avatar, and logs why, when the avatar is refused', async () => {
    const recorder = createRecordingPorts();
    const fetchSpy = vi.fn();
    const relay = createAvatarRelay({ fetch: fetchSpy, renderer: recorder.ports.renderer, log: recorder.ports.log });
    expect(relay.view(state('https://example.com/tracker.png')).account).not.toHaveProperty('avatarUrl');
    await vi.waitFor(() => expect(recorder.logs).toEqual([{ level: 'warn', message: 'account avatar not shown: the avatar is not on an allowed host' }]));
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
