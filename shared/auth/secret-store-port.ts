// Where secrets live: the OS keychain in the app and CLI, memory in an opt-in "this session
// only" mode, a fake in unit tests. Nothing else in the code base touches keytar.

// 'token-times' is not secret (when the access and refresh tokens expire), but it must change
// together with them, and the keychain is the one store the app and the CLI share.
export const SECRET_KINDS = ['app-secret', 'access-token', 'refresh-token', 'tenant-token', 'token-times'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export interface SecretStorePort {
  get(account: string, kind: SecretKind): Promise<string | null>;
  set(account: string, kind: SecretKind, value: string): Promise<void>;
  delete(account: string, kind: SecretKind): Promise<void>;
  /** Delete every secret of an account (sign-out). */
  deleteAll(account: string): Promise<void>;
  /** Which backend, for status lines ("Secret Service (libsecret)", "memory (this session only)"). */
  describe(): { backend: string };
}
