import { describe, expect, it } from 'vitest';
import { taskTitle } from '../../../shared/tasks/task-title';

const task = (title: string, name: string) => ({ title, definition: { code: 'C', id: 'd', name, groupId: '', groupName: '' } });

describe('taskTitle', () => {
  it('uses the title when there is one', () => {
    expect(taskTitle(task(' Team offsite ', '请假'), 'Untitled')).toBe('Team offsite');
  });
  it('falls back to the approval name for a blank title', () => {
    expect(taskTitle(task('   ', '请假 Leave request'), 'Untitled')).toBe('请假 Leave request');
  });
  it('says "untitled" when both are blank', () => {
    expect(taskTitle(task('', ' '), '无标题')).toBe('无标题');
  });
});
