// What `approval-tray help` and `approval-tray COMMAND --help` print for one command. These
// modules hold text only and import nothing heavy, so help answers in a status bar's time budget
// (bench/cli-startup-bench.ts); the command itself is loaded only when it runs.
export interface CommandHelp {
  /** As typed: `count`, `token set`. */
  name: string;
  /** One line for the command list: synopsis and what it does. */
  summary: string;
  /** The full text of `approval-tray help NAME`. */
  usage: string;
}
