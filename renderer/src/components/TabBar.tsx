import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { TopicCount } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { countLabel } from '../tasks/count-label';
import { TAB_IDS, tabCount, type TabId } from '../tasks/tabs';

interface TabBarProps {
  tab: TabId;
  counts: Partial<Record<TopicCode, TopicCount>>;
  /** The counts are the last known ones (the app cannot reach Feishu right now). */
  stale: boolean;
  onSelect(tab: TabId): void;
}

/**
 * The WAI-ARIA tabs pattern: one tab in the Tab order, ←/→ (and Home/End) move between tabs and
 * select them; 1–4 anywhere in the window do too (see use-keyboard-shortcuts).
 */
export function TabBar({ tab, counts, stale, onSelect }: TabBarProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TAB_IDS.indexOf(tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TAB_IDS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = TAB_IDS[(next + TAB_IDS.length) % TAB_IDS.length]!;
    onSelect(target);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${target}"]`)?.focus();
  };
  return (
    <div ref={list} className="topic-tabs" role="tablist" aria-label={t('topics.label')} onKeyDown={onKeyDown}>
      {TAB_IDS.map((id, index) => {
        const name = t(`tabs.${id}`);
        const count = countLabel(tabCount(id, counts));
        const shownCount = count === '0' ? null : count;
        const label = count === null ? name : t(stale ? 'topics.countLabelStale' : 'topics.countLabel', { topic: name, count });
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={id === tab}
            aria-controls="task-panel"
            aria-keyshortcuts={String(index + 1)}
            aria-label={label}
            title={label}
            tabIndex={id === tab ? 0 : -1}
            className="topic-tab"
            data-tab={id}
            onClick={() => onSelect(id)}
          >
            <span className="tab-name">{name}</span>
            {shownCount !== null && <span className={`tab-count${stale ? ' stale' : ''}`}>{shownCount}</span>}
          </button>
        );
      })}
    </div>
  );
}
