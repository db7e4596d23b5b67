import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../shared/ipc/view-types';
import type { TimeFormat } from '../i18n/time-format';
import { processStatusLabel, taskStatusLabel } from '../tasks/status-labels';

interface TaskRowProps {
  task: TaskView;
  index: number;
  selected: boolean;
  menuOpen: boolean;
  now: number;
  time: TimeFormat;
  onOpen(task: TaskView): void;
  onSelect(index: number): void;
  onMenu(task: TaskView, anchor: HTMLElement): void;
}

export const TaskRow = memo(function TaskRow({ task, index, selected, menuOpen, now, time, onOpen, onSelect, onMenu }: TaskRowProps) {
  const { t } = useTranslation();
  const initiators = task.initiators.map((person) => person.name).join(', ') || t('task.noInitiator');
  return (
    <div className={`task-row${selected ? ' selected' : ''}`} role="listitem" aria-current={selected || undefined} data-task-row={task.id}>
      <button type="button" className="task-open" onClick={() => onOpen(task)} onFocus={() => onSelect(index)}>
        <span className="task-line">
          {task.isNew && (
            <span className="new-marker" aria-label={t('task.new')} title={t('task.new')}>
              ●
            </span>
          )}
          <span className="task-title">{task.title}</span>
          <span className="chip">{taskStatusLabel(t, task.status)}</span>
          <span className="chip chip-process">{processStatusLabel(t, task.processStatus)}</span>
        </span>
        <span className="task-line task-meta">
          <span className="task-definition">
            {task.definition.name}
            {task.definition.groupName && ` · ${task.definition.groupName}`}
          </span>
          <span className="task-initiators">{initiators}</span>
          <span className="task-seen">{t('task.seen', { ago: time.relative(task.firstSeenAt, now) })}</span>
          {!task.openable.pc && <span className="no-link">{t('task.noSafeLink')}</span>}
        </span>
      </button>
      <button
        type="button"
        className="task-more"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={t('task.more', { title: task.title })}
        onClick={(event) => onMenu(task, event.currentTarget)}
      >
        ⋯
      </button>
    </div>
  );
});
