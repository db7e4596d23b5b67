import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny real HTTP server for the tasks client's tests: each test decides what every request
// gets. Binds 127.0.0.1 on a random port.

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is. */
  body: string | object;
  /** Send without Content-Length (chunked), so only the real size tells. */
  chunked?: boolean;
}

export type ReplyFor = (request: SeenRequest, index: number) => Reply;

export interface PageServer {
  url: string;
  requests: SeenRequest[];
  reply: { current: ReplyFor };
  close(): Promise<void>;
}

export async function startPageServer(replyFor: ReplyFor): Promise<PageServer> {
  const requests: SeenRequest[] = [];
  const reply = { current: replyFor };
  const server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const seen = { path: url.pathname, query: url.searchParams, authorization: req.headers.authorization };
    requests.push(seen);
    const answer = reply.current(seen, requests.length - 1);
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const headers: Record<string, string | number> = { 'content-type': 'application/json', ...answer.headers };
    if (!answer.chunked) headers['content-length'] = Buffer.byteLength(text);
    res.writeHead(answer.status ?? 200, headers);
    if (answer.chunked) {
      for (let i = 0; i < text.length; i += 65_536) res.write(text.slice(i, i + 65_536));
      res.end();
    } else {
      res.end(text);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A raw task as the documented API sends it. */
export function rawTask(index: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    topic: '1',
    user_id: 'ou_me',
    title: `报销 expense #${index}`,
    urls: { pc: `https://example.feishu.cn/approval/${index}`, mobile: `lark://applink/approval/${index}`, helpdesk: '' },
    status: '1',
    process_status: '1',
    definition_code: 'DEF',
    initiators: ['ou_a'],
    initiator_names: ['张三'],
    task_id: `task-${index}`,
    process_id: `proc-${index}`,
    process_code: 'code',
    definition_group_id: 'g',
    definition_group_name: 'Finance',
    definition_id: 'd',
    definition_name: 'Expense',
    ...overrides,
  };
}

/**
 * Serves `tasks` in pages of the requested page_size; page_token is the next offset. Page 1
 * carries count, capped at 999 as Feishu does.
 */
export function pagedReplies(tasks: readonly unknown[]): ReplyFor {
  return (request) => {
    const size = Number(request.query.get('page_size') ?? '100');
    const offset = Number(request.query.get('page_token') ?? '0');
    const slice = tasks.slice(offset, offset + size);
    const hasMore = offset + size < tasks.length;
    const data: Record<string, unknown> = { tasks: slice, has_more: hasMore };
    if (hasMore) data.page_token = String(offset + size);
    if (offset === 0) data.count = { total: Math.min(tasks.length, 999), has_more: tasks.length >= 1000 };
    return { body: { code: 0, msg: 'success', data } };
  };
}
