import { createSeededRandom, pick } from './seeded-random';

// Realistic `form` widgets for the demo instances, in the encoding of the reference's
// "控件值说明" table (amount with ext.currency, dateInterval {start,end,interval}, attachmentV2
// with names in ext, fieldList as rows of widgets). Chinese titles get Chinese widget names,
// English titles English ones. The route sends them as a JSON *string*, as Feishu does.

export type FormWidget = Record<string, unknown>;
type Lang = 'zh' | 'en';

const isZh = (title: string) => /[\u4e00-\u9fff]/.test(title);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const rfc3339 = (ms: number) => `${day(ms)}T00:00:00+08:00`;

function expense(lang: Lang, n: number): FormWidget[] {
  const zh = lang === 'zh';
  const currency = zh ? 'CNY' : 'USD';
  const amount = Math.round((n * 37.5 + 88) * 100) / 100;
  return [
    { id: 'widget_reason', name: zh ? '报销事由' : 'Reason', type: 'textarea', value: zh ? '客户拜访差旅：高铁往返与两晚住宿' : 'Team offsite: venue and catering' },
    { id: 'widget_amount', name: zh ? '报销金额' : 'Amount', type: 'amount', value: amount, ext: { capitalValue: '', currency, currencyRange: ['CNY', 'USD', 'EUR'], maxValue: '', minValue: '' } },
    { id: 'widget_category', name: zh ? '费用类型' : 'Category', type: 'radioV2', value: zh ? '差旅费' : 'Travel', option: { key: 'opt_travel', text: zh ? '差旅费' : 'Travel' } },
    { id: 'widget_receipts', name: zh ? '发票' : 'Receipts', type: 'attachmentV2', ext: 'invoice-0412.pdf,hotel-receipt.jpg', value: ['https://internal-api-drive-stream.feishu.cn/space/api/box/stream/download/authcode/?code=sandbox1'] },
  ];
}

function leave(lang: Lang, n: number, now: number): FormWidget[] {
  const zh = lang === 'zh';
  const days = (n % 4) + 1;
  const start = now + 3 * 86_400_000;
  return [
    { id: 'widget_kind', name: zh ? '请假类型' : 'Leave type', type: 'radioV2', value: zh ? '年假' : 'Annual leave', option: { key: 'annual', text: zh ? '年假' : 'Annual leave' } },
    { id: 'widget_range', name: zh ? '请假时间' : 'Dates', type: 'dateInterval', value: { start: rfc3339(start), end: rfc3339(start + (days - 1) * 86_400_000), interval: days } },
    { id: 'widget_reason', name: zh ? '请假事由' : 'Reason', type: 'input', value: zh ? '家中有事' : 'Family visit' },
    { id: 'widget_cover', name: zh ? '工作交接人' : 'Cover', type: 'contact', value: ['f7cb567e'], open_ids: ['ou_4a2b8c1d3e5f607182939a4b5c6d7e8f'] },
  ];
}

function purchase(lang: Lang, n: number): FormWidget[] {
  const zh = lang === 'zh';
  const count = (n % 3) + 1;
  const row = (name: string, qty: number, price: number) => [
    { id: 'item_name', name: zh ? '物品名称' : 'Item', type: 'input', value: name },
    { id: 'item_qty', name: zh ? '数量' : 'Quantity', type: 'number', value: qty },
    { id: 'item_price', name: zh ? '单价' : 'Unit price', type: 'amount', value: price, ext: { currency: zh ? 'CNY' : 'USD' } },
  ];
  return [
    { id: 'widget_date', name: zh ? '申请日期' : 'Requested on', type: 'date', value: '2026-11-20T00:00:00+08:00', timezoneOffset: -480 },
    { id: 'widget_dept', name: zh ? '使用部门' : 'Department', type: 'department', value: [{ open_id: 'od-8ec33ab4a9f3e5c1', name: zh ? '研发部' : 'Engineering' }] },
    { id: 'widget_items', name: zh ? '采购明细' : 'Items', type: 'fieldList', value: [row('MacBook Pro 14"', count, zh ? 14999 : 1999), row(zh ? '扩展坞' : 'USB-C dock', count, zh ? 899 : 129)] },
    { id: 'widget_urgent', name: zh ? '加急' : 'Urgent', type: 'checkboxV2', value: [zh ? '是' : 'Yes'] },
  ];
}

function generic(lang: Lang, title: string): FormWidget[] {
  const zh = lang === 'zh';
  return [
    { id: 'widget_subject', name: zh ? '事项' : 'Subject', type: 'input', value: title },
    { id: 'widget_detail', name: zh ? '说明' : 'Details', type: 'textarea', value: zh ? '详见附件。' : 'See the attachment.' },
    { id: 'widget_file', name: zh ? '附件' : 'Attachment', type: 'attachmentV2', ext: 'draft-v3.docx', value: ['https://internal-api-drive-stream.feishu.cn/space/api/box/stream/download/authcode/?code=sandbox2'] },
  ];
}

/** The form of the demo instance behind a task: by its definition name, in its title's language. */
export function demoForm(definitionName: string, title: string, serial: number, now: number): FormWidget[] {
  const lang: Lang = isZh(title) ? 'zh' : 'en';
  if (definitionName === '费用报销') return expense(lang, serial);
  if (definitionName === '请假') return leave(lang, serial, now);
  if (definitionName === '采购申请') return purchase(lang, serial);
  return generic(lang, title);
}

/** Up to three `summaries` pairs as `GET /tasks` shows them (display strings only). */
export function demoSummaries(form: readonly FormWidget[], seed: number): { key: string; value: string }[] {
  const random = createSeededRandom(seed);
  const pairs = form
    .filter((widget) => ['input', 'textarea', 'amount', 'radioV2', 'dateInterval'].includes(String(widget.type)))
    .slice(0, 3)
    .map((widget) => ({ key: String(widget.name), value: summaryValue(widget) }));
  // Real summaries are sometimes empty pairs; keep one in a while.
  return pick(random, [0, 1, 2, 3]) === 0 ? [...pairs, { key: '', value: '' }] : pairs;
}

function summaryValue(widget: FormWidget): string {
  const value = widget.value;
  if (widget.type === 'amount') return `${String(value)} ${String((widget.ext as { currency?: unknown } | null)?.currency ?? '')}`.trim();
  if (widget.type === 'dateInterval') {
    const range = value as { start: string; end: string };
    return `${range.start.slice(0, 10)} ~ ${range.end.slice(0, 10)}`;
  }
  return String(value).slice(0, 20);
}
