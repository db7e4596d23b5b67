import { useDeferredValue, useMemo } from 'react';
import type { TaskView, TopicView } from '../../../shared/ipc/view-types';
import { buildSearchIndex, listGroups, queryTasks, type TaskQuery } from '../tasks/task-query';

const NO_TASKS: TaskView[] = [];

/** The rows to show for a topic and query; the index is rebuilt only when data changes. */
export function useTaskListModel(view: TopicView | null, query: TaskQuery) {
  const tasks = view?.tasks ?? NO_TASKS;
  // Typing stays responsive: React may render keystrokes before the filtered list catches up.
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.search.trim() !== '';
  // The first paint after data arrives needs neither the search index nor the group list:
  // the index waits for the first keystroke, the group list for a render after the paint.
  const index = useMemo(() => (searching ? buildSearchIndex(tasks) : null), [tasks, searching]);
  const deferredTasks = useDeferredValue(tasks);
  const groups = useMemo(() => listGroups(deferredTasks), [deferredTasks]);
  const items = useMemo(() => queryTasks(tasks, index, deferredQuery), [tasks, index, deferredQuery]);
  const shown = useMemo(() => items.reduce((sum, item) => sum + (item.kind === 'task' ? 1 : 0), 0), [items]);
  return { tasks, items, groups, shown };
}
