import type { TopicCount } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';

// The window's tabs. Feishu's approval centre shows CCs as one "抄送我" list with the unread
// first; so does the window: four tabs that fit 360 px in both languages, instead of five.

export const TAB_IDS = ['todo', 'done', 'initiated', 'cc'] as const;
export type TabId = (typeof TAB_IDS)[number];

export const TAB_TOPICS: Record<TabId, readonly TopicCode[]> = {
  todo: ['1'],
  done: ['2'],
  initiated: ['3'],
  cc: ['17', '18'],
};

export function tabOfTopic(topic: TopicCode): TabId {
  return TAB_IDS.find((tab) => TAB_TOPICS[tab].includes(topic)) ?? 'todo';
}

/** The number a tab shows: for CC, the unread ones (what still needs a look). */
export function tabCount(tab: TabId, counts: Partial<Record<TopicCode, TopicCount>>): TopicCount | undefined {
  return counts[TAB_TOPICS[tab][0]!];
}
