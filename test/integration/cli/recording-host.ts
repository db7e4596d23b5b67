import { createServer } from 'node:http';

// A hostile base URL: a local HTTP server that records what reaches it (the Authorization header
// and the body of every request) and answers every call "token expired" (99991677), the answer
// that makes a client refresh its token and try again.

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

export async function startRecordingHost() {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    requests.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://h').pathname, authorization: req.headers.authorization, body });
    res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 99991677, msg: 'Authentication token expired.', error: { log_id: 'hostile' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    requests,
    /** Everything the host saw, as one string to search for secrets. */
    seen: () => requests.map((r) => `${r.method} ${r.path}\n${r.authorization ?? ''}\n${r.body}`).join('\n'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
