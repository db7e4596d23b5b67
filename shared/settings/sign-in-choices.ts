// The regions and sign-in modes a user chooses from. Their own module, free of zod, so the
// renderer can list them without bundling zod (whose eval probe the window's CSP refuses).

export const REGIONS = ['feishu', 'lark', 'custom'] as const;
export type Region = (typeof REGIONS)[number];

export const SIGN_IN_MODES = ['oauth', 'user-token', 'tenant'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];
