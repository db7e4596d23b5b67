// The vocabulary of the demo tenant: approval definitions (grouped as in the Feishu admin
// console), people, and title templates in Chinese and English.

export interface DemoDefinition {
  code: string;
  id: string;
  name: string;
  groupId: string;
  groupName: string;
  titles: readonly ((n: number) => string)[];
  /** A third-party approval (carries process/task external ids). */
  external?: boolean;
}

const money = (n: number) => (n * 37.5 + 88).toFixed(2);

export const DEMO_DEFINITIONS: readonly DemoDefinition[] = [
  {
    code: '7C468A54-8745-2245-9675-08B7C63E7A85', id: '7301000000000000001', name: '费用报销', groupId: '7301000000000000101', groupName: '财务',
    titles: [(n) => `报销申请：差旅费 ¥${money(n)}`, (n) => `报销申请：客户招待 ¥${money(n)}`, (n) => `Expense claim: team offsite $${money(n)}`],
  },
  {
    code: 'A9B3C2D1-0F1E-4D2C-9B8A-7F6E5D4C3B2A', id: '7301000000000000002', name: '请假', groupId: '7301000000000000102', groupName: '人事',
    titles: [(n) => `请假申请：年假 ${(n % 5) + 1} 天`, () => '请假申请：病假', (n) => `Leave request: ${(n % 4) + 1} days annual leave`],
  },
  {
    code: 'B1C2D3E4-5F60-4718-8293-A4B5C6D7E8F9', id: '7301000000000000003', name: '采购申请', groupId: '7301000000000000103', groupName: '采购',
    titles: [(n) => `采购申请：MacBook Pro ×${(n % 3) + 1}`, () => '采购申请：办公椅 20 把', (n) => `Purchase request: 4K monitors ×${(n % 6) + 2}`],
  },
  {
    code: 'C0FFEE00-1234-4ABC-8DEF-0123456789AB', id: '7301000000000000004', name: '合同审批', groupId: '7301000000000000104', groupName: '法务 Legal',
    titles: [() => '合同审批：上海云帆科技有限公司 服务合同', (n) => `Contract review: Acme Corp MSA renewal #${n}`, () => 'Contract review: NDA with Northwind Traders'],
  },
  {
    code: 'D00DFEED-4321-4CBA-9FED-BA9876543210', id: '7301000000000000005', name: '出差申请', groupId: '7301000000000000102', groupName: '人事',
    titles: [() => '出差申请：北京 → 深圳', () => '出差申请：杭州客户拜访', () => 'Business trip: Singapore, 3 nights'],
  },
  {
    code: 'E1E2E3E4-AAAA-4BBB-8CCC-DDDDEEEEFFFF', id: '7301000000000000006', name: 'IT 设备申请 (第三方)', groupId: '7301000000000000105', groupName: 'IT',
    titles: [() => 'IT 设备申请：VPN 账号', () => 'IT request: replacement laptop charger'],
    external: true,
  },
];

export interface DemoPerson {
  openId: string;
  name: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { openId: 'ou_3f1a9c0b2d4e5f60718293a4b5c6d7e8', name: '张伟' },
  { openId: 'ou_4a2b8c1d3e5f607182939a4b5c6d7e8f', name: '王芳' },
  { openId: 'ou_5b3c9d2e4f60718293a4b5c6d7e8f9a0', name: '李娜' },
  { openId: 'ou_6c4d0e3f5071829304b5c6d7e8f9a0b1', name: '刘洋' },
  { openId: 'ou_7d5e1f406182930415c6d7e8f9a0b1c2', name: '陈静' },
  { openId: 'ou_8e6f20517293041526d7e8f9a0b1c2d3', name: 'Alice Chen' },
  { openId: 'ou_9f70316283041526378e8f9a0b1c2d3e', name: 'Bob Smith' },
  { openId: 'ou_a081427394152637489f9a0b1c2d3e4f', name: 'Priya Patel' },
  { openId: 'ou_b19253840526374859a0a1b2c3d4e5f6', name: 'Maria García' },
  { openId: 'ou_c2a3649516374859a6b1b2c3d4e5f607', name: '赵磊' },
];
