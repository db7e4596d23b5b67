import { z } from 'zod';
import { ABOUT_FOLDERS } from '../about/about-view';
import { TOPIC_CODES } from '../tasks/topic';
import { REGIONS } from '../settings/settings';
import { SettingsPatchSchema } from '../settings/settings-patch';
import { MAX_DECISION_COMMENT, MAX_SEEN_IDS_PER_CALL } from './limits';

// Run-time schemas for every invoke channel's request. Main parses each payload with these
// (the renderer is untrusted). Kept apart from contract.ts so the preload and the renderer do
// not bundle zod.

const topic = z.enum(TOPIC_CODES);
const linkKind = z.enum(['pc', 'mobile', 'helpdesk']);
const taskId = z.string().min(1).max(200);

export const invokeRequestSchemas = {
  'app:get-state': z.void(),
  'tasks:get-topic': z.object({ topic }),
  'tasks:refresh': z.object({ topic: topic.optional() }),
  'tasks:open': z.object({ topic, taskId, link: linkKind.default('pc') }),
  'tasks:copy-link': z.object({ topic, taskId, link: linkKind }),
  'tasks:copy-summary': z.object({ topic, taskId }),
  'tasks:mark-seen': z.object({ topic, taskIds: z.array(taskId).min(1).max(MAX_SEEN_IDS_PER_CALL) }),
  'tasks:get-detail': z.object({ topic, taskId }),
  // A reject needs a comment (the rule, and Feishu shows it to the requester).
  'tasks:decide': z.discriminatedUnion('action', [
    z.object({ action: z.literal('approve'), taskId, comment: z.string().max(MAX_DECISION_COMMENT).optional() }),
    z.object({ action: z.literal('reject'), taskId, comment: z.string().trim().min(1).max(MAX_DECISION_COMMENT) }),
  ]),
  'tasks:undo-decision': z.object({ taskId }),
  'tasks:dismiss-decision': z.object({ taskId }),
  'tasks:get-decisions': z.void(),
  'auth:grant-scopes': z.object({ feature: z.enum(['details', 'act']) }),
  'poller:pause': z.object({ until: z.number().int().positive().nullable() }),
  'poller:resume': z.void(),
  'settings:get': z.void(),
  'settings:shortcut-status': z.void(),
  // Only the keys the window sent: no defaults filled in (settings-patch.ts says why).
  'settings:update': SettingsPatchSchema,
  // The window may only take a link host back; only main's own dialog adds one.
  'links:open-approval-centre': z.void(),
  'links:forget-host': z.object({ host: z.string().min(1).max(300) }),
  'auth:sign-in': z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('oauth'),
      region: z.enum(REGIONS),
      baseUrl: z.string().url().optional(),
      appId: z.string().min(1).max(200),
      appSecret: z.string().min(1).max(500),
      callbackPort: z.number().int().min(1024).max(65535).optional(),
    }),
    z.object({
      mode: z.literal('user-token'),
      region: z.enum(REGIONS),
      baseUrl: z.string().url().optional(),
      token: z.string().min(1).max(4000),
    }),
    z.object({
      mode: z.literal('tenant'),
      region: z.enum(REGIONS),
      baseUrl: z.string().url().optional(),
      appId: z.string().min(1).max(200),
      appSecret: z.string().min(1).max(500),
      userId: z.string().min(1).max(200),
      userIdType: z.enum(['open_id', 'union_id', 'user_id']).default('open_id'),
    }),
    // The organisation's app and broker, from managed.json: main knows them, the window only asks.
    z.object({ mode: z.literal('managed') }),
  ]),
  'auth:get-managed': z.void(),
  'auth:cancel-sign-in': z.void(),
  'auth:sign-out': z.void(),
  'window:hide': z.void(),
  'about:get': z.void(),
  'about:open-folder': z.object({ folder: z.enum(ABOUT_FOLDERS) }),
  'diagnostics:copy': z.void(),
  'update:restart': z.void(),
} as const;

