import { useId } from 'react';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  /** Off while the setting it depends on is off; `hint` then says which one. */
  disabled?: boolean;
  hint?: string;
  onChange(checked: boolean): void;
}

export function CheckboxField({ label, checked, disabled = false, hint, onChange }: CheckboxFieldProps) {
  const hintId = useId();
  return (
    <>
      <label className="field field-check">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p className="field-hint field-check-hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}
