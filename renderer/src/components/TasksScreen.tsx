import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView, TopicCount } from '../../../shared/ipc/view-types';
import { TOPIC_CODES, type TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';
import { useKeyboardShortcuts } from '../hooks/use-keyboard-shortcuts';
import { useTaskActions } from '../hooks/use-task-actions';
import { useTaskListModel } from '../hooks/use-task-list-model';
import { useTopicView } from '../hooks/use-topic-view';
import type { TimeFormat } from '../i18n/time-format';
import { nextTaskIndex, type TaskQuery } from '../tasks/task-query';
import { topicLabelKey } from '../tasks/topic-keys';
import { TaskPanel } from './TaskPanel';
import { TaskMenu } from './TaskMenu';
import { Toolbar } from './Toolbar';
import { TopicTabs } from './TopicTabs';

interface TasksScreenProps {
  topic: TopicCode;
  counts: Partial<Record<TopicCode, TopicCount>>;
  now: number;
  time: TimeFormat;
  active: boolean;
  /** Select and focus this task once it is in the list (from a notification or the tray). */
  reveal: { topic: TopicCode; taskId: string; nonce: number } | null;
  onTopic(topic: TopicCode): void;
  onSignIn(): void;
  notify(message: string): void;
}

const INITIAL_QUERY: TaskQuery = { search: '', group: null, groupBy: 'none', sort: 'newest' };

export function TasksScreen({ topic, counts, now, time, active, reveal, onTopic, onSignIn, notify }: TasksScreenProps) {
  const api = useApi();
  const { t } = useTranslation();
  const view = useTopicView(topic);
  const [query, setQuery] = useState(INITIAL_QUERY);
  const { tasks, items, groups, shown } = useTaskListModel(view, query);
  const [selected, setSelected] = useState(-1);
  const [focusRequest, setFocusRequest] = useState(0);
  const [menu, setMenu] = useState<{ task: TaskView; anchor: { top: number; right: number }; opener: HTMLElement } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const actions = useTaskActions(notify);

  useEffect(() => setSelected(-1), [topic, query]);
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.topic !== topic || revealed.current === reveal.nonce) return;
    const index = items.findIndex((item) => item.kind === 'task' && item.task.topic === topic && item.task.id === reveal.taskId);
    if (index < 0) return;
    revealed.current = reveal.nonce;
    setSelected(index);
    setFocusRequest((n) => n + 1);
  }, [reveal, items, topic]);
  // Leaving a tab counts as having looked at it: its "new" markers clear next time.
  useEffect(() => () => void api.markSeen({ topic }), [api, topic]);

  const changeQuery = useCallback((patch: Partial<TaskQuery>) => setQuery((current) => ({ ...current, ...patch })), []);
  const openMenu = useCallback((task: TaskView, anchor: HTMLElement) => {
    const rect = anchor.getBoundingClientRect();
    setMenu({ task, anchor: { top: rect.bottom + 4, right: Math.max(8, window.innerWidth - rect.right) }, opener: anchor });
  }, []);
  // Closing the menu puts focus back on its "⋯" button, if that row is still on screen.
  const closeMenu = () => {
    if (menu?.opener.isConnected) menu.opener.focus();
    setMenu(null);
  };

  useKeyboardShortcuts(
    {
      move: (step) => {
        setSelected((current) => nextTaskIndex(items, current, step));
        setFocusRequest((n) => n + 1);
      },
      open: () => {
        const item = items[selected];
        if (item?.kind === 'task') void actions.open(item.task);
      },
      focusSearch: () => searchRef.current?.focus(),
      selectTab: (index) => {
        const code = TOPIC_CODES[index];
        if (code) onTopic(code);
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

  const topicName = t(topicLabelKey(topic));
  return (
    <main className="tasks-screen">
      <TopicTabs topic={topic} counts={counts} onSelect={onTopic} />
      <div id="task-panel" role="tabpanel" aria-labelledby={`tab-${topic}`} className="task-panel">
        <Toolbar query={query} groups={groups} shown={shown} searchRef={searchRef} onChange={changeQuery} />
        <TaskPanel
          topic={topic}
          topicName={topicName}
          view={view}
          tasks={tasks}
          items={items}
          query={query}
          selected={selected}
          focusRequest={focusRequest}
          menuTaskId={menu?.task.id ?? null}
          now={now}
          time={time}
          onOpen={actions.open}
          onSelect={setSelected}
          onMenu={openMenu}
          onClearSearch={() => changeQuery({ search: '', group: null })}
          onRetry={() => void api.refresh({ topic })}
          onSignIn={onSignIn}
        />
      </div>
      {menu && (
        <TaskMenu
          task={menu.task}
          anchor={menu.anchor}
          onClose={closeMenu}
          onAction={(task, action) => {
            closeMenu();
            void actions.run(task, action);
          }}
        />
      )}
    </main>
  );
}
