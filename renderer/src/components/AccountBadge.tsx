import { useTranslation } from '../i18n/i18n-context';
import type { AccountView } from '../../../shared/ipc/view-types';

/** Initials of a name: "陈静" → "陈", "Alice Chen" → "AC". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (/^[A-Za-z]/.test(words[0]!) && words.length > 1) return (words[0]![0]! + words[1]![0]!).toUpperCase();
  return [...words[0]!][0]!.toUpperCase();
}

/** The avatar (main sends it as a data: URL; the CSP refuses network images) or initials; the name is in the tooltip. */
export function AccountBadge({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const name = account.userName || t('app.unnamedAccount');
  const avatar = account.avatarUrl?.startsWith('data:image/') ? account.avatarUrl : null;
  const label = t('app.accountLabel', { name });
  return (
    <span className="account" role="img" aria-label={label} title={label}>
      {avatar ? (
        <img className="avatar" src={avatar} alt="" width={24} height={24} />
      ) : (
        <span className="avatar avatar-initial" aria-hidden="true">
          {initialsOf(name)}
        </span>
      )}
    </span>
  );
}
