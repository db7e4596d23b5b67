// The account kinds as plain constants, apart from the zod schemas in settings.ts, so the
// renderer can list them without bundling a validation library it does not need.

export const REGIONS = ['feishu', 'lark', 'custom'] as const;
export type Region = (typeof REGIONS)[number];

export const SIGN_IN_MODES = ['oauth', 'user-token', 'tenant'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];
