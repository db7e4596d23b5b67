import { parseArgs } from 'node:util';
import { signOut } from '../../auth/sign-out';
import type { CliAuthContext } from '../../auth/cli-auth-context';

export async function logoutCommand(args: string[], ctx: CliAuthContext): Promise<number> {
  parseArgs({ args, options: {}, strict: true }); // no flags: any is a usage error (exit 2)
  const account = await ctx.accounts.get();
  if (!account) {
    ctx.io.stdout('Not signed in.');
    return 0;
  }
  const outcome = await signOut(account, { secrets: ctx.secrets, accounts: ctx.accounts });
  if (!outcome.ok) {
    ctx.io.stderr(`logout: ${outcome.message}`);
    return 1;
  }
  ctx.io.stdout(`Signed out ${account.userName ?? account.userId}; its secrets were deleted from the ${ctx.secrets.describe().backend}.`);
  return 0;
}
