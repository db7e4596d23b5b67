import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { TaskView, TopicCount } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';
import { useKeyboardShortcuts } from '../hooks/use-keyboard-shortcuts';
import { useTaskActions } from '../hooks/use-task-actions';
import { useTabView } from '../hooks/use-tab-view';
import { useTaskListModel } from '../hooks/use-task-list-model';
import type { TimeFormat } from '../i18n/time-format';
import { TAB_IDS, TAB_TOPICS, type TabId } from '../tasks/tabs';
import { DEFAULT_SORT, nextTaskIndex, type ListItem, type TaskQuery } from '../tasks/task-query';
import { TaskPanel } from './TaskPanel';
import { TabBar } from './TabBar';
import { TaskMenu, type MenuAnchor } from './TaskMenu';
import { Toolbar } from './Toolbar';
import { canDecide, useApprovalsUi } from '../approvals/approvals-context';

interface TasksScreenProps {
  tab: TabId;
  counts: Partial<Record<TopicCode, TopicCount>>;
  now: number;
  time: TimeFormat;
  active: boolean;
  /** The counts are the last known ones (the app cannot reach Feishu right now). */
  stale: boolean;
  /** The approval centre's product name when its URL is known for the account, else null. */
  centre: string | null;
  /** Select and focus this task once it is in the list (from a notification or the tray). */
  reveal: { topic: TopicCode; taskId: string; nonce: number } | null;
  onTab(tab: TabId): void;
  onSignIn(): void;
  notify(message: string): void;
}

const INITIAL_QUERY: TaskQuery = { search: '', group: null, groupBy: 'none', sort: DEFAULT_SORT, unreadOnly: false };

export function TasksScreen({ tab, counts, now, time, active, stale, centre, reveal, onTab, onSignIn, notify }: TasksScreenProps) {
  const api = useApi();
  const { t } = useTranslation();
  const topics = TAB_TOPICS[tab];
  const view = useTabView(topics);
  const [query, setQuery] = useState(INITIAL_QUERY);
  const { tasks, items, groups, shown } = useTaskListModel(view, query);
  // The selection follows the task, not its place: rows move when a "new" mark clears or data
  // arrives, and the highlighted row must stay the one the user picked.
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected = indexOfKey(items, selectedKey);
  const setSelected = useCallback((index: number) => setSelectedKey(keyAt(items, index)), [items]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [menu, setMenu] = useState<{ task: TaskView; anchor: MenuAnchor; opener: HTMLElement } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useTaskActions(notify);
  const ui = useApprovalsUi();
  const waitingKnown = useMemo(() => tasks.some((task) => task.details?.waitingSince != null), [tasks]);

  useEffect(() => setSelectedKey(null), [tab, query]);
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || !topics.includes(reveal.topic) || revealed.current === reveal.nonce) return;
    const index = items.findIndex((item) => item.kind === 'task' && item.task.topic === reveal.topic && item.task.id === reveal.taskId);
    if (index < 0) return;
    revealed.current = reveal.nonce;
    setSelected(index);
    setFocusRequest((n) => n + 1);
  }, [reveal, items, topics]);

  const changeQuery = useCallback((patch: Partial<TaskQuery>) => setQuery((current) => ({ ...current, ...patch })), []);
  const openMenu = useCallback((task: TaskView, anchor: HTMLElement) => {
    const rect = anchor.getBoundingClientRect();
    setMenu({ task, anchor: { top: rect.top, bottom: rect.bottom, right: Math.max(8, window.innerWidth - rect.right) }, opener: anchor });
  }, []);
  // A to-do with details opens its detail view (decide there); a task with no link to open gets
  // the menu, which says why and what can be done instead.
  const openTask = useCallback(
    (task: TaskView, row: HTMLElement) => {
      if (task.details) ui.showDetail(task);
      else if (task.openable.pc) void actions.open(task);
      else openMenu(task, row.parentElement?.querySelector<HTMLElement>('.task-more') ?? row);
    },
    [actions, openMenu, ui],
  );
  // Closing the menu puts focus back on its "⋯" button, if that row is still on screen.
  const closeMenu = () => {
    if (menu?.opener.isConnected) menu.opener.focus();
    setMenu(null);
  };

  useKeyboardShortcuts(
    {
      move: (step) => {
        setSelectedKey((current) => keyAt(items, nextTaskIndex(items, indexOfKey(items, current), step)));
        setFocusRequest((n) => n + 1);
      },
      open: () => {
        const item = items[selected];
        if (item?.kind !== 'task') return;
        const row = document.querySelector<HTMLElement>(`[data-task-row="${CSS.escape(item.task.id)}"] .task-open`);
        if (row) openTask(item.task, row);
        else void actions.open(item.task);
      },
      focusSearch: () => searchRef.current?.focus(),
      selectTab: (index) => {
        const id = TAB_IDS[index];
        if (id) onTab(id);
      },
      decide: (action) => {
        const item = items[selected];
        if (item?.kind === 'task' && canDecide(item.task)) ui.requestDecision(item.task, action);
      },
      escape: () => {
        if (menu) closeMenu();
        else if (query.search) changeQuery({ search: '' });
        else if (document.activeElement === searchRef.current) searchRef.current?.blur();
        else void api.hideWindow();
      },
    },
    active,
  );

  const topicName = t(`tabs.${tab}`);
  return (
    <main className="tasks-screen">
      <TabBar tab={tab} counts={counts} stale={stale} onSelect={onTab} />
      <div id="task-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="task-panel">
        <Toolbar
          query={query}
          groups={groups}
          shown={shown}
          countable={!!view && !view.loading && !view.error}
          canFilterUnread={tab === 'cc'}
          canSortByWaiting={waitingKnown}
          searchRef={searchRef}
          onChange={changeQuery}
        />
        <TaskPanel
          tab={tab}
          topicName={topicName}
          view={view}
          tasks={tasks}
          items={items}
          query={query}
          selected={selected}
          focusRequest={focusRequest}
          menuTaskId={menu?.task.id ?? null}
          active={active}
          now={now}
          time={time}
          onOpen={openTask}
          onSelect={setSelected}
          onMenu={openMenu}
          onClearSearch={() => changeQuery({ search: '', group: null, unreadOnly: false })}
          onRetry={() => topics.forEach((code) => void api.refresh({ topic: code }))}
          onSignIn={onSignIn}
          stale={stale}
        />
      </div>
      {menu && (
        <TaskMenu
          task={menu.task}
          centre={centre}
          anchor={menu.anchor}
          onClose={closeMenu}
          onAction={(task, action) => {
            closeMenu();
            if (action.kind === 'details') ui.showDetail(task);
            else if (action.kind === 'decide') ui.requestDecision(task, action.action);
            else void actions.run(task, action);
          }}
        />
      )}
    </main>
  );
}

function taskKey(task: TaskView): string {
  return `${task.topic}:${task.id}`;
}

function keyAt(items: readonly ListItem[], index: number): string | null {
  const item = items[index];
  return item?.kind === 'task' ? taskKey(item.task) : null;
}

function indexOfKey(items: readonly ListItem[], key: string | null): number {
  return key === null ? -1 : items.findIndex((item) => item.kind === 'task' && taskKey(item.task) === key);
}
