import { describe, expect, it } from 'vitest';
import { taskSummary } from '../../../shared/tasks/task-summary';

const task = { title: '报销：出差北京', definition: { code: 'd', id: 'd', name: '费用报销', groupId: 'g', groupName: '财务' }, processCode: 'A1B2-C3', processExternalId: '' };

describe('taskSummary', () => {
  it('gives the name, the approval and the instance code, in the app language', () => {
    expect(taskSummary(task, 'zh')).toBe('报销：出差北京\n审批：费用报销\n审批实例编号：A1B2-C3');
    expect(taskSummary(task, 'en')).toBe('报销：出差北京\nApproval: 费用报销\nInstance code: A1B2-C3');
  });

  it('falls back to the approval name for an empty title, without repeating it, and to the external id', () => {
    expect(taskSummary({ ...task, title: '  ', processCode: '', processExternalId: 'ext-9' }, 'en')).toBe('费用报销\nInstance code: ext-9');
  });
});
