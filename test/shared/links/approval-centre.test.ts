import { describe, expect, it } from 'vitest';
import { approvalCentreUrl } from '../../../shared/links/approval-centre';
import { decideLink } from '../../../shared/links/url-policy';

describe('the approval centre link', () => {
  it('is the documented applink to the pending list, per region, and the URL policy opens it as is', () => {
    const feishu = approvalCentreUrl('feishu');
    const lark = approvalCentreUrl('lark');
    expect(feishu).toBe('https://applink.feishu.cn/client/mini_program/open?mode=appCenter&appId=cli_9cb844403dbb9108&path=pc%2Fpages%2Fin-process%2Findex');
    expect(lark).toBe('https://applink.larksuite.com/client/mini_program/open?mode=appCenter&appId=cli_9c7cc8a9a9edd105&path=pc%2Fpages%2Fin-process%2Findex');
    expect(decideLink(feishu)).toEqual({ kind: 'open', url: feishu });
    expect(decideLink(lark)).toEqual({ kind: 'open', url: lark });
  });

  it('is unknown for a custom server and with no account', () => {
    expect(approvalCentreUrl('custom')).toBeNull();
    expect(approvalCentreUrl(null)).toBeNull();
    expect(approvalCentreUrl(undefined)).toBeNull();
  });
});
