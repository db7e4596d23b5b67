import { createHash, randomBytes } from 'node:crypto';
import type { RandomBytesPort, Sha256Port } from '../../shared/auth/pkce';

// The Node side of the randomness and hashing shared/auth asks for.
export const nodeRandomBytes: RandomBytesPort = (length) => new Uint8Array(randomBytes(length));
export const nodeSha256: Sha256Port = (data) => new Uint8Array(createHash('sha256').update(data).digest());
