import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_PORT } from '../../../electron/auth/oauth-sign-in';
import { COMMANDS, findCommand } from '../../../electron/cli/command-table';
import { LOGIN_DEFAULT_PORT } from '../../../electron/cli/help/login';
import { quickAnswer } from '../../../electron/cli/quick-answers';
import { USAGE } from '../../../electron/cli/usage';

// Help, --version and unknown commands are answered before any command is loaded.

describe('quickAnswer', () => {
  it('gives every command its own help, the same for `help NAME` and `NAME --help`', () => {
    for (const { help } of COMMANDS) {
      const words = help.name.split(' ');
      const viaHelp = quickAnswer(['help', ...words]);
      expect(viaHelp).toEqual({ code: 0, stdout: help.usage });
      expect(quickAnswer([...words, '--help'])).toEqual(viaHelp);
      expect(quickAnswer([...words, '-h'])).toEqual(viaHelp);
      expect(help.usage).toMatch(new RegExp(`^Usage: approval-tray ${help.name}`));
      expect(USAGE).toContain(help.summary);
    }
  });

  it('answers --help after other flags, but not after `--`', () => {
    expect(quickAnswer(['count', '--topic', 'done', '--help'])?.code).toBe(0);
    expect(quickAnswer(['count', '--', '--help'])).toBeNull();
  });

  it('prints the package version for --version', () => {
    expect(quickAnswer(['--version'])).toEqual({ code: 0, stdout: '0.1.0' });
  });

  it('says usage (exit 2) for no command, an unknown one, and help for an unknown one', () => {
    expect(quickAnswer([])).toMatchObject({ code: 2, stdout: USAGE });
    expect(quickAnswer(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown command "frobnicate"\. Commands: tasks, count/) });
    expect(quickAnswer(['token', 'get'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command "token get"/) });
    expect(quickAnswer(['help', 'frobnicate'])?.code).toBe(2);
  });

  it('leaves a command that runs to the command (nothing loaded yet)', () => {
    expect(quickAnswer(['count', '--json'])).toBeNull();
    expect(findCommand(['token', 'set', '--region', 'lark'])).toMatchObject({ entry: { help: { name: 'token set' } }, args: ['--region', 'lark'] });
  });

  it("states login's default callback port as the sign-in code uses it", () => {
    expect(LOGIN_DEFAULT_PORT).toBe(DEFAULT_CALLBACK_PORT);
  });
});
