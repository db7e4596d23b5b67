// What a diagnostics report is built from. The app (main) and the CLI gather these facts with
// their own I/O and hand them in; nothing here reads a file, the clock or the environment.
// Facts may carry more than the report shows (a whole Account, say): the report copies only the
// fields listed in build-diagnostics.ts, and redacts every string it copies.

export interface DiagnosticsFacts {
  /** Epoch ms, when the report was made. */
  now: number;
  /** 'app' from the tray app's "Copy diagnostics", 'cli' from `approval-tray doctor`. */
  source: 'app' | 'cli';
  version: string;
  /** process.versions: electron, chrome, node (whichever are present). */
  runtime: { electron?: string; chrome?: string; node?: string };
  os: { platform: string; release: string; arch: string };
  keychain: { backend: string; available: boolean; message?: string };
  /** The signed-in account; only region, base host, mode and state are reported. */
  account: { region: string; baseUrl: string; mode: string; needsSignIn?: boolean } | null;
  /** The poller's status as the app knows it; null from the CLI (it has no poller running). */
  poll: { kind: string; lastSuccessAt: number | null; reason?: string } | null;
  calls: { thisMonth: number | null; monthlyBudget: number | null };
  /** What the OS says about notifications, or null where it does not tell. */
  notifications: string | null;
  /** The log file's path and its lines (the report keeps the last 200, redacted). */
  log: { path: string | null; lines: readonly string[]; error?: string };
}
