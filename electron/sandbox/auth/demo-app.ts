// The sandbox's self-built app: demo mode and tests sign in with these instead of a real tenant's.
export const SANDBOX_APP_ID = 'cli_sandbox_demo';
export const SANDBOX_APP_SECRET = 'sandbox-demo-secret';
/** Signing in with this app id makes the authorize page answer error=access_denied. */
export const SANDBOX_DENYING_APP_ID = 'cli_sandbox_denies';
export const SANDBOX_USER_NAME = '沙盒用户 Sandbox User';
