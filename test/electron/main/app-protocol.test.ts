import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppRequestHandler, registerAppScheme, resolveAppPath } from '../../../electron/main/app-protocol';

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('lets the window load images only from itself and data: URLs, never the network', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it("sets base-uri and form-action to 'none'", () => {
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it("is the same policy as renderer/index.html's meta tag", async () => {
    const html = await readFile(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });
});

describe('resolveAppPath', () => {
  const root = '/opt/app/out/renderer';
  it('maps app://renderer/ paths into the renderer dir, / to index.html', () => {
    expect(resolveAppPath(root, 'app://renderer/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://renderer/assets/index-abc.js?v=1#x')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://renderer/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
  });

  it('keeps dot segments the URL parser resolves inside the renderer dir', () => {
    expect(resolveAppPath(root, 'app://renderer/../../etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolveAppPath(root, 'app://renderer/%2e%2e/%2e%2e/etc/passwd')).toBe(`${root}/etc/passwd`);
  });

  it.each([
    'app://renderer/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://renderer/..%2frenderer-secrets/x',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'https://renderer/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('app protocol handler', () => {
  let dir = '';
  let outside = '';
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'app-protocol-'));
    dir = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><p>hi</p>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(outside, 'do not serve');
  });
  afterAll(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });
  const handler = () => createAppRequestHandler({ rendererDir: dir, readFile: (path) => readFile(path) });

  it('serves built files with their content type and the CSP', async () => {
    const html = await handler()(new Request('app://renderer/index.html'));
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await html.text()).toContain('<p>hi</p>');
    const js = await handler()(new Request('app://renderer/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for traversal, missing files and other hosts', async () => {
    for (const url of ['app://renderer/..%2fsecret.txt', 'app://renderer/missing.js', 'app://elsewhere/index.html']) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('registers app as a standard, secure, fetch-capable scheme', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});
