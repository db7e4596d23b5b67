import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/ipc/view-types';

/** Name and avatar; main sends the avatar as a data: URL (the CSP refuses network images). */
export function AccountBadge({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const name = account.userName || t('app.unnamedAccount');
  const avatar = account.avatarUrl?.startsWith('data:image/') ? account.avatarUrl : null;
  return (
    <span className="account" aria-label={t('app.accountLabel', { name })}>
      {avatar ? (
        <img className="avatar" src={avatar} alt="" width={24} height={24} />
      ) : (
        <span className="avatar avatar-initial" aria-hidden="true">
          {name.slice(0, 1)}
        </span>
      )}
      <span className="account-name">{name}</span>
    </span>
  );
}
