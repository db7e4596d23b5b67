import { createServer } from 'node:http';

// A stand-in open platform whose answers a test writes: `reply` maps "METHOD /path" to the JSON
// to send (any status). For server text that should never reach a terminal as it is.

export type ScriptedReply = { status: number; body: unknown };

export async function startScriptedHost() {
  const replies = new Map<string, ScriptedReply>();
  const server = createServer(async (req, res) => {
    for await (const chunk of req) void chunk;
    const reply = replies.get(`${req.method} ${new URL(req.url ?? '/', 'http://h').pathname}`) ?? { status: 404, body: { code: 404, msg: 'not scripted' } };
    res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    reply: (route: string, answer: ScriptedReply) => void replies.set(route, answer),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
