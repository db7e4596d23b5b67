import { z } from 'zod';
import { normalizeBaseUrl } from '../feishu/base-url';
import { REGIONS } from '../settings/settings';

// An administrator's configuration (managed.json): which app everyone signs in with and which
// broker exchanges the grants. It never holds a secret; a file that tries to is refused, as is
// any key this version does not know (a typo must not silently fall back to a default).

const hostName = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i, 'expected a host name such as approval.example.com');

const serverUrl = (what: string) =>
  z.string().transform((value, ctx) => {
    try {
      return normalizeBaseUrl(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `${what}: ${error instanceof Error ? error.message.replace('The base URL', 'the URL') : String(error)}` });
      return z.NEVER;
    }
  });

export const ManagedConfigSchema = z
  .object({
    region: z.enum(REGIONS),
    /** The open platform of a custom (private) deployment; required for region "custom". */
    baseUrl: serverUrl('baseUrl').optional(),
    appId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, 'expected the App ID, such as cli_a1b2c3'),
    brokerUrl: serverUrl('brokerUrl'),
    /** The port of the redirect URL registered for the app (http://127.0.0.1:PORT/callback). */
    callbackPort: z.number().int().min(1024).max(65535).optional(),
    /** Extra hosts task links may open (a private deployment's), beyond Feishu's and Lark's. */
    trustedHosts: z.array(hostName).max(50).optional(),
    /** Whether approving from the app is allowed. */
    allowApprove: z.boolean().optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.region === 'custom' && !config.baseUrl) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'region "custom" needs a baseUrl' });
  });
export type ManagedConfig = z.infer<typeof ManagedConfigSchema>;

/** What the app knows about the managed configuration; main sends it to the window as it is. */
export type ManagedState =
  | { status: 'none'; path: string }
  | { status: 'ok'; path: string; config: ManagedConfig }
  | { status: 'invalid'; path: string; message: string };

const SECRET_KEYS = /secret|token|password/i;

/** Parses the file's text; every problem is named with its key, never with a value. */
export function parseManagedConfig(text: string, path: string): ManagedState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'invalid', path, message: `${path} is not valid JSON.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 'invalid', path, message: `${path} must hold one JSON object, such as {"region": "feishu", "appId": …, "brokerUrl": …}.` };
  }
  const secretKey = Object.keys(value).find((key) => SECRET_KEYS.test(key));
  if (secretKey) return { status: 'invalid', path, message: `${path} must not hold a secret ("${secretKey}"): the App Secret belongs on the token broker only.` };
  const parsed = ManagedConfigSchema.safeParse(value);
  if (parsed.success) return { status: 'ok', path, config: parsed.data };
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.path.length === 1 && !(String(issue.path[0]) in value)) return `${where} is required`;
    return `${where}: ${issue.message}`;
  });
  return { status: 'invalid', path, message: `${path} is invalid: ${problems.join('; ')}.` };
}
