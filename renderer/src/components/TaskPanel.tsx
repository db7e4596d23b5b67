import { useTranslation } from '../i18n/i18n-context';
import type { TaskView, TopicView } from '../../../shared/ipc/view-types';
import type { TabId } from '../tasks/tabs';
import type { TaskQuery } from '../tasks/task-query';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { StaleBanner } from './StaleBanner';
import { TaskList } from './TaskList';
import type { TaskListProps } from './TaskList';

/** Everything the list takes (its label is the topic name), plus what the other states need. */
interface TaskPanelProps extends Omit<TaskListProps, 'label'> {
  tab: TabId;
  topicName: string;
  view: TopicView | null;
  tasks: TaskView[];
  query: TaskQuery;
  onClearSearch(): void;
  onRetry(): void;
  onSignIn(): void;
  /** The state line already says the data is old: no second banner about it. */
  stale: boolean;
}

/** Picks what the panel shows: loading, error, empty, or the list (with a stale banner). */
export function TaskPanel(props: TaskPanelProps) {
  const { t } = useTranslation();
  const { view, tasks, items, query } = props;
  if (!view || (view.loading && tasks.length === 0 && !view.error)) {
    return (
      <p className="loading" aria-busy="true">
        {t('empty.loading')}
      </p>
    );
  }
  if (view.error && tasks.length === 0) {
    return <ErrorState topicName={props.topicName} error={view.error} onRetry={props.onRetry} onSignIn={props.onSignIn} />;
  }
  if (items.length === 0) {
    return (
      <EmptyState
        tab={props.tab}
        search={query.search}
        filtered={tasks.length > 0}
        onClearSearch={props.onClearSearch}
      />
    );
  }
  return (
    <>
      {view.error && !props.stale && <StaleBanner error={view.error} />}
      <TaskList
        items={items}
        label={t('task.listLabel', { topic: props.topicName })}
        selected={props.selected}
        focusRequest={props.focusRequest}
        menuTaskId={props.menuTaskId}
        active={props.active}
        now={props.now}
        time={props.time}
        onOpen={props.onOpen}
        onSelect={props.onSelect}
        onMenu={props.onMenu}
      />
    </>
  );
}
