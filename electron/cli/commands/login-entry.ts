import type { CliAuthContext } from '../../auth/cli-auth-context';
import { loginCommand } from './login';
import { loginBrokerCommand, wantsBrokerLogin } from './login-broker';

// `login` picks its flow: through the organisation's token broker (--broker, or a managed
// configuration unless --app-id asks for the user's own app), else the user's own app.
export async function loginEntry(args: string[], ctx: CliAuthContext): Promise<number> {
  const managed = (await ctx.managedConfig?.()) ?? { status: 'none' as const, path: '' };
  if (wantsBrokerLogin(args, managed)) return loginBrokerCommand(args, ctx, managed);
  return loginCommand(args, ctx);
}
