import { describe, expect, it } from 'vitest';
import { createLinkOpener, NO_CENTRE, NO_TASK } from '../../../shared/app/link-opener';
import { createTopicState } from '../../../shared/app/topic-state';
import type { AppSession } from '../../../shared/app/app-core-types';
import type { Region } from '../../../shared/settings/account-kinds';
import { createLookedState } from '../../../shared/tasks/looked-ledger';
import { createSeenState } from '../../../shared/tasks/seen-ledger';
import type { Task } from '../../../shared/tasks/task';
import { createRecordingPorts } from '../../fakes/app-ports';

const task: Task = {
  id: 't1',
  topic: '1',
  title: 'Laptop purchase',
  status: { kind: 'todo', raw: 'Todo' },
  processStatus: { kind: 'running', raw: 'RUNNING' },
  definition: { code: 'd', id: 'd', name: 'Purchase', groupId: 'g', groupName: 'Finance' },
  initiators: [],
  links: { pc: 'javascript:alert(1)' },
  processId: 'p1',
  processCode: 'INST-42',
  processExternalId: '',
  taskExternalId: '',
  userId: 'u',
};

function setup(region: Region | null) {
  const recorder = createRecordingPorts();
  const topics = createTopicState({ seen: recorder.memoryState(createSeenState()), looked: recorder.memoryState(createLookedState()), log: recorder.ports.log });
  topics.record({ topic: '1', tasks: [task], count: { total: 1, capped: false } } as never, 1);
  const account = region ? ({ region } as AppSession['account']) : null;
  const links = createLinkOpener({ ...recorder.ports, session: { account } as AppSession, locale: () => 'en' }, topics);
  return { links, recorder };
}

describe('a task with no link to open', () => {
  it('copies its name, approval and instance code from main\'s own snapshot', () => {
    const { links, recorder } = setup('feishu');
    expect(links.copySummary('1', 't1')).toEqual({ ok: true, value: undefined });
    expect(recorder.clipboard).toEqual(['Laptop purchase\nApproval: Purchase\nInstance code: INST-42']);
    expect(links.copySummary('1', 'not-there')).toEqual(NO_TASK);
    expect(recorder.clipboard).toHaveLength(1);
  });

  it('opens the approval centre of the account\'s region through the opener, none for a custom server', async () => {
    const feishu = setup('feishu');
    expect(await feishu.links.openApprovalCentre()).toEqual({ ok: true, value: undefined });
    expect(feishu.recorder.opened).toEqual([expect.stringMatching(/^https:\/\/applink\.feishu\.cn\/client\/mini_program\/open\?/)]);
    const lark = setup('lark');
    await lark.links.openApprovalCentre();
    expect(lark.recorder.opened).toEqual([expect.stringMatching(/^https:\/\/applink\.larksuite\.com\//)]);
    const custom = setup('custom');
    expect(await custom.links.openApprovalCentre()).toEqual(NO_CENTRE);
    expect(await setup(null).links.openApprovalCentre()).toEqual(NO_CENTRE);
    expect(custom.recorder.opened).toEqual([]);
  });
});
