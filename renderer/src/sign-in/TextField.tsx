interface TextFieldProps {
  label: string;
  value: string;
  secret?: boolean;
  onChange(value: string): void;
}

import { useId } from 'react';

export function TextField({ label, value, secret = false, onChange }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={secret ? 'password' : 'text'}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
