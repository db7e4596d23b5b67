import { useEffect, useId, useState } from 'react';
import { acceleratorProblem } from '../../../shared/settings/accelerator';
import { useShortcutStatus } from '../hooks/use-shortcut-status';
import { useTranslation } from '../i18n/i18n-context';

interface ShortcutFieldProps {
  value: string | null;
  onCommit(value: string | null): void;
}

/**
 * The optional global shortcut that shows and hides the window, typed as an Electron accelerator
 * ("CommandOrControl+Shift+A"); empty turns it off. Bad input keeps the saved value; a shortcut
 * another app already holds is said so (main could not register it).
 */
export function ShortcutField({ value, onCommit }: ShortcutFieldProps) {
  const { t } = useTranslation();
  const status = useShortcutStatus();
  const [text, setText] = useState(value ?? '');
  const id = useId();
  const noteId = useId();
  useEffect(() => setText(value ?? ''), [value]);
  const typed = text.trim();
  const valid = typed === '' || acceleratorProblem(typed) === null;
  const commit = () => {
    const next = typed === '' ? null : typed;
    if (valid && next !== value) onCommit(next);
  };
  const current = status && status.accelerator === value ? status : null;
  let note: { text: string; error: boolean } | null = null;
  if (!valid) note = { text: t('settings.shortcutInvalid'), error: true };
  else if (current?.problem === 'in-use') note = { text: t('settings.shortcutInUse', { keys: current.accelerator ?? '' }), error: true };
  else if (current?.problem === 'refused') note = { text: t('settings.shortcutRefused', { keys: current.accelerator ?? '' }), error: true };
  else if (current?.registered) note = { text: t('settings.shortcutActive', { keys: current.accelerator ?? '' }), error: false };
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.shortcut')}</label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={t('settings.shortcutPlaceholder')}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={note?.error || undefined}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {note && (
        <span id={noteId} className={note.error ? 'field-error' : 'field-hint'} role={note.error ? 'alert' : undefined}>
          {note.text}
        </span>
      )}
    </div>
  );
}
