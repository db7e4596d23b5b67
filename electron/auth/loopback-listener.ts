import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthError } from '../../shared/auth/auth-error';
import { loopbackRedirectUri } from '../../shared/auth/authorize-url';
import { callbackPage } from './callback-page';
import type { CallbackOutcome } from './callback-page';

// Receives the browser's redirect on http://127.0.0.1:PORT/callback. It accepts exactly one
// callback carrying the state this sign-in made, answers with a "you can close this tab" page,
// and stops listening. A callback with another state is ignored (it was not our sign-in).

export interface LoopbackListenerOptions {
  /** The registered port (default 47321); 0 picks a free one (tests). */
  port: number;
  state: string;
  /** Give up after this long (default 5 minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface LoopbackListener {
  redirectUri: string;
  /** The authorization code; rejects with an AuthError (access-denied, timeout, cancelled, rejected). */
  code: Promise<string>;
  close(): Promise<void>;
}

export async function startLoopbackListener(options: LoopbackListenerOptions): Promise<LoopbackListener> {
  let settle: { resolve: (code: string) => void; reject: (error: AuthError) => void } | null = null;
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined); // the caller may stop listening before it awaits the code

  const server = createServer((req, res) => handle(req, res));
  await listen(server, options.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  const finish = (outcome: { code: string } | AuthError) => {
    const s = settle;
    settle = null;
    if (outcome instanceof AuthError) s?.reject(outcome);
    else s?.resolve(outcome.code);
    void close();
  };

  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const timer = setTimeout(() => {
    finish(new AuthError('timeout', `Sign-in was not completed within ${Math.round(timeoutMs / 1000)} seconds. Start it again when you are ready.`));
  }, timeoutMs);
  const onAbort = () => finish(new AuthError('cancelled', 'Sign-in was cancelled.'));
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  function answer(res: ServerResponse, status: number, outcome: CallbackOutcome) {
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
    res.end(callbackPage(outcome));
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/callback') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end('Not found');
      return;
    }
    if (settle === null || url.searchParams.get('state') !== options.state) return answer(res, 400, 'wrong-state');
    const error = url.searchParams.get('error');
    const received = url.searchParams.get('code');
    if (error === 'access_denied') {
      answer(res, 200, 'denied');
      return finish(new AuthError('access-denied', 'You declined access in the browser, so the app is not signed in.'));
    }
    if (error || !received) {
      answer(res, 400, 'failed');
      const detail = (error ?? 'no code').replace(/[^\w.-]/g, '').slice(0, 60);
      return finish(new AuthError('rejected', `The sign-in page returned an error (${detail}).`));
    }
    answer(res, 200, 'signed-in');
    finish({ code: received });
  }

  return { redirectUri: loopbackRedirectUri(port), code, close };
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new AuthError(
            'port-in-use',
            `Port ${port} on 127.0.0.1 is already in use, so the app cannot receive the sign-in. Close the program using it, or choose another callback port in settings and register http://127.0.0.1:<port>/callback in your app's security settings.`,
          ),
        );
      } else reject(new AuthError('rejected', `Could not listen on 127.0.0.1:${port} for the sign-in (${error.code ?? error.message}).`));
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });
}
