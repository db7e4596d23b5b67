import { describe, expect, it } from 'vitest';
import { normalizeTask } from '../../../shared/tasks/normalize-task';

const full = {
  topic: '1',
  user_id: 'ou_me',
  title: '报销 <script>alert(1)</script>',
  urls: { pc: 'https://x.feishu.cn/pc', mobile: 'lark://applink/x', helpdesk: 'javascript:alert(1)' },
  process_external_id: 'pe',
  task_external_id: 'te',
  status: 'Todo',
  process_status: 'Running',
  definition_code: 'dc',
  initiators: ['ou_a', 'ou_b'],
  initiator_names: ['张三'],
  task_id: '1212564555454',
  process_id: 'p1',
  process_code: 'pc1',
  definition_group_id: 'g1',
  definition_group_name: 'Group',
  definition_id: 'd1',
  definition_name: 'Expense',
};

describe('normalizeTask', () => {
  it('maps every documented field, keeping text as plain text', () => {
    const task = normalizeTask(full, '1');
    expect(task).toEqual({
      id: '1212564555454',
      topic: '1',
      title: '报销 <script>alert(1)</script>',
      status: { kind: 'todo', raw: 'Todo' },
      processStatus: { kind: 'running', raw: 'Running' },
      definition: { code: 'dc', id: 'd1', name: 'Expense', groupId: 'g1', groupName: 'Group' },
      initiators: [{ id: 'ou_a', name: '张三' }, { id: 'ou_b', name: '' }],
      links: { pc: 'https://x.feishu.cn/pc', mobile: 'lark://applink/x', helpdesk: 'javascript:alert(1)' },
      processId: 'p1',
      processCode: 'pc1',
      processExternalId: 'pe',
      taskExternalId: 'te',
      userId: 'ou_me',
    });
  });

  it('survives a minimal or wrongly typed task', () => {
    const task = normalizeTask({ task_id: 42, title: { html: '<b>' }, urls: 'nope' as never, initiators: 'x', status: 1 }, '17');
    expect(task).toMatchObject({ id: '42', topic: '17', title: '', links: {}, initiators: [], status: { kind: 'todo', raw: '1' } });
    expect(task?.processStatus.kind).toBe('none');
  });

  it('returns null without a usable task_id', () => {
    expect(normalizeTask({ title: 'x' }, '1')).toBeNull();
    expect(normalizeTask({ task_id: '  ' }, '1')).toBeNull();
    expect(normalizeTask({ task_id: null }, '1')).toBeNull();
    expect(normalizeTask({ task_id: {} }, '1')).toBeNull();
    expect(normalizeTask(null as never, '1')).toBeNull();
  });

  it('drops non-string links', () => {
    expect(normalizeTask({ task_id: 't', urls: { pc: 5, mobile: null, helpdesk: '' } }, '1')?.links).toEqual({});
  });
});
