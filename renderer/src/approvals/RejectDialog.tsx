import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/i18n-context';

interface RejectDialogProps {
  title: string;
  onReject(comment: string): void;
  onCancel(): void;
}

/** Rejecting asks for a reason first (Feishu shows it to the requester); no reason, no reject. */
export function RejectDialog({ title, onReject, onCancel }: RejectDialogProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const hintId = useId();
  useEffect(() => field.current?.focus(), []);
  const reason = comment.trim();
  const submit = () => {
    setTried(true);
    if (reason) onReject(reason);
  };
  // Esc cancels the dialog only, not the screen behind it; Ctrl/⌘+Enter sends.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <div className="dialog-backdrop" onKeyDown={onKeyDown}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id={headingId} className="dialog-title">
          {t('approvals.rejectTitle', { title })}
        </h2>
        <label className="field">
          <span>{t('approvals.rejectComment')}</span>
          <textarea
            ref={field}
            rows={3}
            maxLength={1000}
            value={comment}
            aria-required="true"
            aria-invalid={tried && !reason}
            aria-describedby={tried && !reason ? hintId : undefined}
            onChange={(event) => setComment(event.target.value)}
          />
        </label>
        {tried && !reason && (
          <p id={hintId} className="field-error" role="alert">
            {t('approvals.rejectRequired')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {t('signin.cancel')}
          </button>
          <button type="submit" className="danger">
            {t('approvals.rejectSubmit')}
          </button>
        </div>
      </form>
    </div>
  );
}
