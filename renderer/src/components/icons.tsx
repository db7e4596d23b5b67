// Small line icons drawn in currentColor, so they follow the theme and the disabled state.
// Decorative: the buttons carrying them have an aria-label and a tooltip.

const common = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export function RefreshIcon() {
  return (
    <svg {...common}>
      <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" />
      <path d="M13.5 2.5v3h-3" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="2.2" />
      <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
    </svg>
  );
}

export function FilterIcon() {
  return (
    <svg {...common}>
      <path d="M2 3.5h12M4.5 8h7M7 12.5h2" />
    </svg>
  );
}

export function BackIcon() {
  return (
    <svg {...common}>
      <path d="M10 3 5 8l5 5" />
    </svg>
  );
}

/** Waiting past the amber threshold: a clock. */
export function ClockIcon() {
  return (
    <svg {...common} width={12} height={12}>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </svg>
  );
}

/** Waiting past the red threshold: a warning sign, so the state does not rest on colour alone. */
export function AlertIcon() {
  return (
    <svg {...common} width={12} height={12}>
      <path d="M8 1.8 14.6 13.5H1.4Z" />
      <path d="M8 6.2v3.4M8 11.6v.1" />
    </svg>
  );
}
