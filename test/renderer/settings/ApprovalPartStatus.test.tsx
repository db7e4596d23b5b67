// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeatureAvailability } from '../../../shared/ipc/view-types';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { I18nProvider } from '../../../renderer/src/i18n/i18n-context';
import { ApprovalPartStatus } from '../../../renderer/src/settings/ApprovalPartStatus';

afterEach(cleanup);

function show(feature: FeatureAvailability, language: 'en' | 'zh' = 'en', on = true) {
  render(
    <I18nProvider i18n={createI18n(language)}>
      <ApprovalPartStatus name="Details" scopes={['approval:task:read', 'approval:instance:read']} on={on} feature={feature} granting={false} />
    </I18nProvider>,
  );
  return screen.getByTestId('approval-part').textContent ?? '';
}

describe("Settings → Approvals: one part's status line", () => {
  it('working', () => {
    expect(show({ active: true, missingScopes: [] })).toContain('Working.');
  });

  it('working, while new details wait for the monthly call budget (polling comes first), in both languages', () => {
    expect(show({ active: true, missingScopes: [], deferred: true })).toContain('new details wait for the monthly call budget');
    cleanup();
    expect(show({ active: true, missingScopes: [], deferred: true }, 'zh')).toContain('新的详情会等待每月调用额度');
  });

  it('names the missing scope rather than saying it waits', () => {
    const text = show({ active: false, missingScopes: ['approval:instance:read'], deferred: true });
    expect(text).toContain('Needs the scope approval:instance:read.');
    expect(text).not.toContain('wait');
  });

  it('off when the user turned it off', () => {
    expect(show({ active: false, missingScopes: [] }, 'en', false)).toContain('Turned off.');
  });
});
