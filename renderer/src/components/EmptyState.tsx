import { useTranslation } from '../i18n/i18n-context';
import type { TabId } from '../tasks/tabs';

interface EmptyStateProps {
  tab: TabId;
  search: string;
  filtered: boolean;
  onClearSearch(): void;
}

/** Says why the list is empty: nothing there, or nothing matching. */
export function EmptyState({ tab, search, filtered, onClearSearch }: EmptyStateProps) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <div className="empty-state" data-testid="empty-state">
        <h2>{t('empty.search', { query: search })}</h2>
        <p>{t('empty.searchHint')}</p>
        <button type="button" onClick={onClearSearch}>
          {t('search.clear')}
        </button>
      </div>
    );
  }
  const keys = { title: `empty.${tab}`, hint: `empty.${tab}Hint` } as const;
  return (
    <div className="empty-state" data-testid="empty-state">
      <h2>{t(keys.title)}</h2>
      <p>{t(keys.hint)}</p>
    </div>
  );
}
