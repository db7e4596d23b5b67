import { useTranslation } from 'react-i18next';
import type { TopicCount } from '../../../shared/ipc/view-types';
import { TOPIC_CODES, type TopicCode } from '../../../shared/tasks/topic';
import { countLabel } from '../tasks/count-label';
import { topicLabelKey } from '../tasks/topic-keys';

interface TopicTabsProps {
  topic: TopicCode;
  counts: Partial<Record<TopicCode, TopicCount>>;
  onSelect(topic: TopicCode): void;
}

export function TopicTabs({ topic, counts, onSelect }: TopicTabsProps) {
  const { t } = useTranslation();
  return (
    <nav className="topic-tabs" role="tablist" aria-label={t('topics.label')}>
      {TOPIC_CODES.map((code, index) => {
        const name = t(topicLabelKey(code));
        const count = countLabel(counts[code]);
        return (
          <button
            key={code}
            type="button"
            role="tab"
            id={`tab-${code}`}
            aria-selected={code === topic}
            aria-controls="task-panel"
            aria-keyshortcuts={String(index + 1)}
            aria-label={count === null ? name : t('topics.countLabel', { topic: name, count })}
            className="topic-tab"
            data-topic={code}
            onClick={() => onSelect(code)}
          >
            <span className="tab-name">{name}</span>
            {count !== null && <span className="tab-count">{count}</span>}
          </button>
        );
      })}
    </nav>
  );
}
