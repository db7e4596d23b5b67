import { createHash } from 'node:crypto';

// Per-account state files (what was announced) are named by this key: stable for one user on
// one server, so switching accounts never mixes ledgers, and the name does not say who it is.
export function stateOwnerKey(baseUrl: string, userId: string): string {
  return createHash('sha256').update(`${baseUrl}\n${userId}`).digest('hex').slice(0, 16);
}
