import type { UserTokenState } from './user-token-state';

/**
 * The saved tokens as re-read (`latest`) when another process rotated them after we loaded
 * `held`, or null when nobody did. Expiry times are kept only while still in the future: times
 * saved beside the old tokens (the app and the CLI keep separate account records) say nothing
 * about the new ones, which are then used until the API refuses them.
 */
export function rotatedElsewhere(held: UserTokenState, latest: UserTokenState, now: number): UserTokenState | null {
  if (!latest.accessToken || !latest.refreshToken) return null;
  if (latest.refreshToken === held.refreshToken) return null;
  const future = (at: number | null) => (at !== null && at > now ? at : null);
  return { ...latest, accessExpiresAt: future(latest.accessExpiresAt), refreshExpiresAt: future(latest.refreshExpiresAt) };
}
