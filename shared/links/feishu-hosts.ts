// Which hosts are Feishu's or Lark's own (reference: feishu-links-and-sign-in.md §B2). Matched by
// exact host or a dot-boundary suffix, so `applink.feishu.cn.evil.com` and `evilfeishu.cn` are not
// Feishu. Feishu's pre-release, BOE and QA domains are never production and are never opened.

/** The registrable domains of the Feishu (CN), Feishu alternative and Lark (intl) brands. */
export const FEISHU_LARK_DOMAINS: readonly string[] = ['feishu.cn', 'larksuite.com', 'larkoffice.com'];

/** Test and pre-release domains (v2fly/Geosite annotations): not production, never trusted. */
export const NON_PRODUCTION_DOMAINS: readonly string[] = [
  'feishu-pre.cn',
  'feishu-pre.net',
  'feishu-boe.net',
  'feishu-staging.cn',
  'larksuite-pre.com',
  'larkofficepre.com',
  'larkofficeboe.com',
  'lark-passport-qa-sg.net',
];

function isUnder(hostname: string, domains: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** `hostname` as URL parses it (lower case, punycode, no port). */
export function isFeishuLarkHost(hostname: string): boolean {
  return isUnder(hostname, FEISHU_LARK_DOMAINS);
}

export function isNonProductionFeishuHost(hostname: string): boolean {
  return isUnder(hostname, NON_PRODUCTION_DOMAINS);
}
