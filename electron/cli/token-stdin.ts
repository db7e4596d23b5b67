import type { CliIo } from '../auth/cli-auth-context';
import { UsageError } from './exit-codes';

// `--token-stdin`: the token comes through a pipe, never argv, so it shows in no process list
// and no shell history. A bad token is refused without echoing it.
export async function readTokenFromStdin(io: CliIo): Promise<string> {
  if (io.stdinIsTty) io.stderr('Paste the user access token, then press Enter and Ctrl-D:');
  const token = (await io.readStdin()).trim();
  if (!token) {
    throw new UsageError('--token-stdin: no token on stdin. Example: printf %s "$TOKEN" | npm run cli -- tasks --token-stdin --user-id ou_xxx');
  }
  if (/\s/.test(token) || token.length > 4000) {
    throw new UsageError('--token-stdin: that does not look like an access token (one line, no spaces).');
  }
  return token;
}
