import { z } from 'zod';

// The user's settings: what electron-store persists (never a secret; secrets live in the OS
// keychain). Every field has a default so a missing or broken field is repaired, not fatal.

import { REGIONS, SIGN_IN_MODES } from './account-kinds';
import { isAccelerator, MAX_ACCELERATOR_LENGTH } from './accelerator';

export { REGIONS, SIGN_IN_MODES, type Region, type SignInMode } from './account-kinds';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const AccountSchema = z.object({
  /** Stable id used as the keychain account key (e.g. "feishu:cli_xxx:ou_xxx"). */
  id: z.string().min(1),
  region: z.enum(REGIONS),
  /** The open platform base URL; for feishu/lark it is derived, for custom it is the user's. */
  baseUrl: z.string().url(),
  mode: z.enum(SIGN_IN_MODES),
  appId: z.string().optional(),
  userIdType: z.enum(['open_id', 'union_id', 'user_id']).default('open_id'),
  /** The user whose tasks we query (from user_info, or typed in for tenant mode). */
  userId: z.string().min(1),
  userName: z.string().optional(),
  avatarUrl: z.string().optional(),
  /** Epoch ms; non-secret lifetimes so the UI can say "expires in 2 h". */
  accessTokenExpiresAt: z.number().optional(),
  refreshTokenExpiresAt: z.number().optional(),
  /** Set when refresh failed for good: the poller stops and the UI asks to sign in again. */
  needsSignIn: z.boolean().default(false),
  callbackPort: z.number().int().min(1024).max(65535).default(47321),
  /** OAuth through an organisation's token broker (managed configuration or `login --broker`): the
   *  grants go there and no App Secret is on this machine. Absent: the secret is in the keychain. */
  brokerUrl: z.string().url().optional(),
  /**
   * The scopes the last token grant named (OAuth `scope`, space separated there). Absent: not
   * known (a pasted token, an old account), and the app learns missing scopes from errors.
   */
  grantedScopes: z.array(z.string().max(200)).max(200).optional(),
});
export type Account = z.infer<typeof AccountSchema>;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  language: z.enum(['system', 'zh', 'en']).default('system'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  pollIntervalMinutes: z.number().int().min(1).max(60).default(5),
  /** Calls a month this app may spend; free tenants share 10,000 across all apps. */
  monthlyCallBudget: z.number().int().min(100).max(1_000_000).default(3000),
  /** Poll unread CC (topic 17) along with to-do, and notify for it. */
  watchCcUnread: z.boolean().default(false),
  notifications: z
    .object({
      todo: z.boolean().default(true),
      ccUnread: z.boolean().default(true),
      sound: z.boolean().default(true),
      quietHours: z
        .object({ enabled: z.boolean().default(false), start: clockTime.default('22:00'), end: clockTime.default('08:00') })
        .default({ enabled: false, start: '22:00', end: '08:00' }),
    })
    .default({ todo: true, ccUnread: true, sound: true, quietHours: { enabled: false, start: '22:00', end: '08:00' } }),
  /** Issue #11: decision-ready rows and approve / reject from the app (docs/feishu-app-setup.md). */
  approvals: z
    .object({
      /** Summaries, waiting time, the detail view; works only where its scopes are granted. */
      showDetails: z.boolean().default(true),
      /** Approve / reject from the app; off until the user turns it on (and grants the scope). */
      actFromApp: z.boolean().default(false),
      /** A to-do waiting longer than this is marked amber, then red. */
      amberAfterHours: z.number().int().min(1).max(720).default(24),
      redAfterHours: z.number().int().min(1).max(720).default(72),
    })
    .default({ showDetails: true, actFromApp: false, amberAfterHours: 24, redAfterHours: 72 }),
  launchAtLogin: z.boolean().default(false),
  /** An Electron accelerator that shows and hides the window from anywhere; null (off) by default. */
  globalShortcut: z.string().max(MAX_ACCELERATOR_LENGTH).refine(isAccelerator, 'expected a shortcut such as CommandOrControl+Shift+A').nullable().default(null),
  /**
   * Link hosts outside Feishu/Lark the user allowed once when a task linked there (URL.host: lower
   * case, punycode, a port if not 443). Main adds to it after asking; the window can only remove.
   */
  allowedLinkHosts: z.array(z.string().regex(/^[a-z0-9.\-[\]:]{1,260}$/, 'expected a host name')).max(200).default([]),
  account: AccountSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
