import { describe, expect, it } from 'vitest';
import { parseForm } from '../../../shared/approval/form-parser';
import type { FormField } from '../../../shared/approval/form-field';

// Every widget type of the reference's "控件值说明" table, as a person would read it.

function fields(widgets: unknown[]): FormField[] {
  const parsed = parseForm(JSON.stringify(widgets));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.fields;
}

describe('parseForm', () => {
  it('reads text, textarea, number, formula and address', () => {
    const out = fields([
      { id: 'a', name: '请购理由', type: 'input', value: '新员工入职' },
      { id: 'b', name: 'Details', type: 'textarea', value: 'line 1\nline 2' },
      { id: 'c', name: 'Qty', type: 'number', value: 3 },
      { id: 'd', name: 'Total', type: 'formula', value: 1234.5 },
      { id: 'e', name: 'Where', type: 'address', value: 'China/Beijing/Haidian' },
    ]);
    expect(out.map((f) => [f.name, f.kind, f.text])).toEqual([
      ['请购理由', 'text', '新员工入职'],
      ['Details', 'textarea', 'line 1\nline 2'],
      ['Qty', 'number', '3'],
      ['Total', 'number', '1234.5'],
      ['Where', 'text', 'China/Beijing/Haidian'],
    ]);
  });

  it('shows an amount with its currency from ext.currency, falling back to top-level currency', () => {
    const [real, created, bare] = fields([
      { name: '价格', type: 'amount', ext: { capitalValue: '玖万肆仟元整', currency: 'CNY', currencyRange: ['CNY', 'USD'] }, value: 94000 },
      { name: 'Price', type: 'amount', currency: 'USD', value: '12.5' },
      { name: 'Plain', type: 'amount', ext: null, value: 7 },
    ]);
    expect(real).toMatchObject({ kind: 'amount', text: '94,000.00 CNY', amount: { value: 94000, currency: 'CNY' } });
    expect(created).toMatchObject({ text: '12.50 USD', amount: { value: 12.5, currency: 'USD' } });
    expect(bare?.text).toBe('7.00');
  });

  it('reads dates in the sender\'s own offset and date ranges with their length', () => {
    const [date, timed, range] = fields([
      { name: '申请日期', type: 'date', value: '2025-10-11T00:00:00+08:00', timezoneOffset: -480 },
      { name: 'At', type: 'date', value: '2019-10-01T08:12:01+08:00' },
      { name: '请假时间', type: 'dateInterval', value: { start: '2026-12-01T00:00:00+08:00', end: '2026-12-03T00:00:00+08:00', interval: 3 } },
    ]);
    expect(date).toMatchObject({ kind: 'date', text: '2025-10-11' });
    expect(timed?.text).toBe('2019-10-01 08:12');
    expect(range).toMatchObject({ kind: 'dateRange', text: '2026-12-01 ~ 2026-12-03 (3 d)', range: { start: '2026-12-01', end: '2026-12-03', days: 3 } });
  });

  it('reads radio and checkbox options, people and departments', () => {
    const out = fields([
      { name: 'Type', type: 'radio', value: 'Annual' },
      { name: '类型', type: 'radioV2', value: 'opt_1', option: { key: 'opt_1', text: '年假' } },
      { name: 'Tags', type: 'checkbox', value: ['A', 'B'] },
      { name: 'Tags2', type: 'checkboxV2', value: ['C'] },
      { name: 'Who', type: 'contact', value: ['f7cb567e'], open_ids: ['ou_1', 'ou_2'] },
      { name: 'Dept', type: 'department', value: [{ open_id: 'od-1', name: '研发部' }, { open_id: 'od-2' }] },
    ]);
    expect(out.map((f) => [f.kind, f.text])).toEqual([
      ['options', 'Annual'],
      ['options', '年假'],
      ['options', 'A, B'],
      ['options', 'C'],
      ['people', 'ou_1, ou_2'],
      ['departments', '研发部, od-2'],
    ]);
  });

  it('shows attachments and images by name only, never their expiring URLs', () => {
    const out = fields([
      { name: 'Files', type: 'attachmentV2', ext: 'a.zip,b.xlsx', value: ['https://internal-api-drive-stream.feishu.cn/x?code=secret'] },
      { name: 'Quoted', type: 'attachmentV2', ext: "'Item 1 name','Item 2 name'", value: ['u1', 'u2'] },
      { name: 'Old', type: 'attachment', value: 'https://example.com/f?code=1' },
      { name: 'Pics', type: 'imageV2', ext: null, value: ['u1', 'u2'] },
      { name: 'Pic', type: 'image', ext: 'p.png', value: ['u'] },
    ]);
    expect(out.map((f) => [f.kind, f.text])).toEqual([
      ['attachments', 'a.zip, b.xlsx'],
      ['attachments', 'Item 1 name, Item 2 name'],
      ['attachments', '#1'],
      ['attachments', '#1, #2'],
      ['attachments', 'p.png'],
    ]);
    expect(JSON.stringify(out)).not.toContain('https://');
  });

  it('reads a fieldList as rows of fields', () => {
    const [list] = fields([
      {
        name: '采购明细', type: 'fieldList',
        value: [
          [{ name: '物品', type: 'input', value: 'MacBook' }, { name: '单价', type: 'amount', value: 14999, ext: { currency: 'CNY' } }],
          [{ name: '物品', type: 'input', value: 'Dock' }, { name: '单价', type: 'amount', value: 899, ext: { currency: 'CNY' } }],
        ],
      },
    ]);
    expect(list?.kind).toBe('table');
    expect(list?.rows?.[1]?.[1]?.text).toBe('899.00 CNY');
    expect(list?.text).toBe('物品: MacBook, 单价: 14,999.00 CNY; 物品: Dock, 单价: 899.00 CNY');
  });

  it('shows unknown widget types as text, whatever their value', () => {
    const out = fields([
      { name: 'Phone', type: 'telephone', value: { country_code: '+86', national_number: '13800000000' } },
      { name: 'Linked', type: 'connect', value: ['INST-1'] },
      { name: 'Future', type: 'somethingNew', value: 'hello' },
      { name: 'Empty', type: 'weird' },
    ]);
    expect(out.map((f) => [f.kind, f.widgetType, f.text])).toEqual([
      ['text', 'telephone', '{"country_code":"+86","national_number":"13800000000"}'],
      ['text', 'connect', '["INST-1"]'],
      ['text', 'somethingNew', 'hello'],
      ['text', 'weird', ''],
    ]);
  });

  it('gives a clear error value for malformed JSON (the official example is malformed) and non-lists', () => {
    expect(parseForm('[{"id": "widget1","type": "textarea"},"value":"aaaa"]')).toEqual({ ok: false, error: 'The form could not be read: it is not valid JSON.' });
    expect(parseForm('{"a":1}')).toEqual({ ok: false, error: 'The form could not be read: it is not a list of widgets.' });
    expect(parseForm(42)).toEqual({ ok: false, error: 'The form is not a JSON string.' });
    expect(parseForm('')).toEqual({ ok: true, fields: [] });
    expect(parseForm('[null, 1, "x", {"name":"ok","type":"input","value":"y"}]')).toEqual({ ok: true, fields: [expect.objectContaining({ name: 'ok', text: 'y' })] });
  });
});
