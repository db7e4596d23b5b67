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

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
