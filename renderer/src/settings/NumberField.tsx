import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/i18n-context';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(value: number): void;
}

/** A whole number in a range: bad input shows a message and keeps the saved value. */
export function NumberField({ label, value, min, max, onCommit }: NumberFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const errorId = useId();
  const id = useId();
  useEffect(() => setText(String(value)), [value]);
  const parsed = Number(text.trim());
  const valid = /^\d+$/.test(text.trim()) && parsed >= min && parsed <= max;
  const commit = () => {
    if (valid && parsed !== value) onCommit(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : errorId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {!valid && (
        <span id={errorId} className="field-error" role="alert">
          {t('settings.invalidNumber', { min, max })}
        </span>
      )}
    </div>
  );
}
