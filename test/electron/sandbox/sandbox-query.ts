import type { Sandbox } from '../../../electron/sandbox/server';

// One GET of the tasks query against a running sandbox, as a client sees it.

export interface QueryAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    code: number;
    msg: string;
    error?: { log_id?: string };
    data?: { tasks: Record<string, unknown>[]; has_more: boolean; page_token?: string; count?: { total: number; has_more: boolean } };
  };
}

export async function queryTasks(sandbox: Sandbox, params: Record<string, string>, token: string | null = sandbox.demoToken): Promise<QueryAnswer> {
  const response = await fetch(`${sandbox.url}/open-apis/approval/v4/tasks/query?${new URLSearchParams(params)}`, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  let body: QueryAnswer['body'];
  try {
    body = JSON.parse(text) as QueryAnswer['body'];
  } catch {
    body = { code: Number.NaN, msg: 'not json' };
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Follows page_token to the end; returns the pages. */
export async function allPages(sandbox: Sandbox, params: Record<string, string>, limit = 500): Promise<QueryAnswer[]> {
  const pages: QueryAnswer[] = [];
  let pageToken: string | undefined;
  do {
    const page = await queryTasks(sandbox, pageToken ? { ...params, page_token: pageToken } : params);
    if (page.body.code !== 0) throw new Error(`page ${pages.length + 1} failed: ${page.text}`);
    pages.push(page);
    pageToken = page.body.data?.has_more ? page.body.data.page_token : undefined;
  } while (pageToken && pages.length < limit);
  return pages;
}

/** A /__sandbox/* knob, with this run's secret as a test (or a developer) would send it. */
export function control(sandbox: Pick<Sandbox, 'url' | 'controlSecret'>, path: string, init: { method?: 'GET' | 'POST'; body?: string } = {}): Promise<Response> {
  return fetch(`${sandbox.url}/__sandbox/${path}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), body: init.body, headers: { 'x-sandbox-control': sandbox.controlSecret ?? '' } });
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function postControl(sandbox: Pick<Sandbox, 'url' | 'controlSecret'>, path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await control(sandbox, path, { body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
