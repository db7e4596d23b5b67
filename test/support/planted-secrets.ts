// Secrets of every kind the app handles, and log lines that carry them the ways a careless log
// call would. Tests plant these and then prove none reaches a report. Each value is unique, so
// finding it in an output can only mean a leak.

export const PLANTED = {
  appSecret: 'plantedAppSecretQ7w8e9r0t1y2u3i4',
  accessToken: 'u-plantedUserAccessToken0123456789abcdef',
  refreshToken: 'ur-plantedRefreshToken0123456789abcdef',
  tenantToken: 't-plantedTenantToken0123456789abcdef',
  bearerOpaque: 'plantedOpaqueBearerValueZZ998877',
  camelToken: 'plantedCamelCaseTokenValueXX5544',
  cookie: 'plantedSessionCookieValueYY3322',
  oauthCode: 'plantedOauthCallbackCodeWW1100',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.plantedJwtSignatureVV',
  envSecret: 'plantedEnvironmentSecretUU6655',
  basicAuth: 'plantedBasicAuthPasswordTT4433',
} as const;

export const PLANTED_VALUES: readonly string[] = Object.values(PLANTED);

/** electron-log style lines (local time), each leaking one or more planted secrets. */
export function plantedLogLines(at: Date): string[] {
  const stamp = `[${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.123]`;
  const p = PLANTED;
  return [
    `${stamp} [info]  sign-in {"app_id":"cli_a1","app_secret":"${p.appSecret}"}`,
    `${stamp} [info]  token answer { access_token: '${p.accessToken}', refresh_token: '${p.refreshToken}' }`,
    `${stamp} [warn]  tenant token ${p.tenantToken} renewed`,
    `${stamp} [warn]  request headers Authorization: Bearer ${p.bearerOpaque}`,
    `${stamp} [info]  state {"accessToken":"${p.camelToken}","appSecret":"${p.appSecret}"}`,
    `${stamp} [info]  set-cookie: session=${p.cookie}; Path=/; HttpOnly`,
    `${stamp} [info]  callback http://127.0.0.1:47321/callback?code=${p.oauthCode}&state=abc`,
    `${stamp} [info]  id token ${p.jwt}`,
    `${stamp} [info]  bare user token ${p.accessToken} and refresh ${p.refreshToken}`,
    `${stamp} [warn]  basic authorization=Basic ${p.basicAuth}`,
  ];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
