/** A small padlock drawn inline (no emoji font needed); `label` names it for screen readers. */
export function LockIcon({ label }: { label?: string }) {
  return (
    <svg
      className="lock-icon"
      width="12"
      height="12"
      viewBox="0 0 12 12"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {label && <title>{label}</title>}
      <rect x="2" y="5" width="8" height="6" rx="1" fill="currentColor" />
      <path d="M4 5V3.5a2 2 0 0 1 4 0V5" fill="none" stroke="currentColor" strokeWidth="1.3" />
    </svg>
  );
}
