import type { FormField } from '../../../shared/approval/form-field';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { useTranslation } from '../i18n/i18n-context';
import { formatAmount } from './amount-format';

/**
 * One form value, read-only, drawn by its kind; whatever the kind, never an empty hole. `onOpen`
 * opens the approval in Feishu, where its attachments are (they need Feishu's sign-in).
 */
export function FormFieldValue({ field, onOpen }: { field: FormField; onOpen?(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  switch (field.kind) {
    case 'amount':
      return <span className="form-amount">{field.amount ? formatAmount(field.amount.value, field.amount.currency, language) : field.text}</span>;
    case 'dateRange':
      if (!field.range) break;
      return (
        <span>
          {field.range.start} – {field.range.end}
          {field.range.days !== null && <span className="form-aside"> · {t('detail.days', { count: field.range.days })}</span>}
        </span>
      );
    case 'options':
    case 'people':
    case 'departments':
      if (!field.items?.length) break;
      return (
        <span className="form-chips">
          {field.items.map((item, i) => (
            <span key={`${item}-${i}`} className="chip">
              {item}
            </span>
          ))}
        </span>
      );
    case 'attachments':
      if (!field.items?.length) break;
      // Names only: the files are behind Feishu's sign-in, so they open there.
      return (
        <span className="form-attachments">
          {field.items.map((name, i) => (
            <button key={`${name}-${i}`} type="button" className="attachment" disabled={!onOpen} title={t('detail.attachmentsHint')} onClick={onOpen}>
              {name}
            </button>
          ))}
          <span className="form-aside">{t('detail.attachmentsHint')}</span>
        </span>
      );
    case 'table':
      if (!field.rows?.length) break;
      return (
        <ol className="form-table">
          {field.rows.map((row, i) => (
            <li key={i} aria-label={t('detail.row', { n: i + 1 })}>
              {row.map((cell, j) => (
                <span key={j} className="form-cell">
                  <span className="form-cell-name">{cell.name}</span> <FormFieldValue field={cell} onOpen={onOpen} />
                </span>
              ))}
            </li>
          ))}
        </ol>
      );
    case 'textarea':
      return <span className="form-textarea">{field.text || t('detail.empty')}</span>;
    default:
      break;
  }
  return <span>{field.text || t('detail.empty')}</span>;
}
