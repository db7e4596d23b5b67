import { useTranslation } from 'react-i18next';
import { REGIONS, SIGN_IN_MODES } from '../../../shared/settings/sign-in-choices';
import { SelectField } from '../settings/SelectField';
import { redirectUrlFor } from './sign-in-request';
import type { SignInForm, UserIdType } from './sign-in-request';
import { TextField } from './TextField';

const USER_ID_TYPES: readonly UserIdType[] = ['open_id', 'union_id', 'user_id'];

interface SignInFieldsProps {
  form: SignInForm;
  onChange(patch: Partial<SignInForm>): void;
}

/** The inputs each mode needs; secrets are password fields and never prefilled. */
export function SignInFields({ form, onChange }: SignInFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('signin.mode')}
        value={form.mode}
        options={SIGN_IN_MODES.map((value) => ({ value, label: t(`modes.${value}`) }))}
        onChange={(mode) => onChange({ mode })}
      />
      <SelectField
        label={t('signin.region')}
        value={form.region}
        options={REGIONS.map((value) => ({ value, label: t(`regions.${value}`) }))}
        onChange={(region) => onChange({ region })}
      />
      {form.region === 'custom' && <TextField label={t('signin.baseUrl')} value={form.baseUrl} onChange={(baseUrl) => onChange({ baseUrl })} />}
      {form.mode === 'user-token' ? (
        <TextField label={t('signin.token')} value={form.token} secret onChange={(token) => onChange({ token })} />
      ) : (
        <>
          <TextField label={t('signin.appId')} value={form.appId} onChange={(appId) => onChange({ appId })} />
          <TextField label={t('signin.appSecret')} value={form.appSecret} secret onChange={(appSecret) => onChange({ appSecret })} />
        </>
      )}
      {form.mode === 'oauth' && (
        <>
          <TextField label={t('signin.callbackPort')} value={form.callbackPort} onChange={(callbackPort) => onChange({ callbackPort })} />
          <p className="field-hint">{t('signin.redirectHint', { url: redirectUrlFor(form.callbackPort.trim() || '…') })}</p>
        </>
      )}
      {form.mode === 'tenant' && (
        <>
          <TextField label={t('signin.userId')} value={form.userId} onChange={(userId) => onChange({ userId })} />
          <SelectField
            label={t('signin.userIdType')}
            value={form.userIdType}
            options={USER_ID_TYPES.map((value) => ({ value, label: value }))}
            onChange={(userIdType) => onChange({ userIdType })}
          />
        </>
      )}
    </>
  );
}
