import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import { ScreenHead } from '../components/ScreenHead';
import type { AppState } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import { buildSignInRequest, EMPTY_FORM, type FormProblem, type SignInForm } from './sign-in-request';
import { SignInFields } from './SignInFields';
import { ManagedSignIn } from './ManagedSignIn';
import { useManaged } from './use-managed';

interface SignInScreenProps {
  state: AppState | null;
  onDone(): void;
  notify(message: string): void;
}

export function SignInScreen({ state, onDone, notify }: SignInScreenProps) {
  const { t } = useTranslation();
  const api = useApi();
  const account = state?.account;
  const [form, setForm] = useState<SignInForm>(() => ({
    ...EMPTY_FORM,
    ...(account ? { region: account.region, mode: account.mode, appId: account.appId ?? '', callbackPort: String(account.callbackPort) } : {}),
  }));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const managed = useManaged();
  const describe = (problem: FormProblem) =>
    problem.kind === 'bad-url' ? t('signin.badUrl') : problem.kind === 'bad-port' ? t('signin.badPort') : t('signin.required', { field: t(problem.field) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildSignInRequest(form);
    if (!built.ok) return setError(describe(built.problem));
    setError(null);
    setPending(true);
    // Secrets leave the form as soon as they are sent: main puts them in the keychain.
    setForm((current) => ({ ...current, appSecret: '', token: '' }));
    try {
      const outcome = await api.signIn(built.request);
      if (outcome.ok) {
        notify(t('signin.done'));
        onDone();
      } else setError(t('signin.failed', { message: outcome.message }));
    } catch (failure) {
      setError(t('signin.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setPending(false);
    }
  };

  // An organisation's setup: one button, nothing to fill in.
  if (managed?.status === 'ok') return <ManagedSignIn config={managed.config} onDone={onDone} notify={notify} />;
  return (
    <main className="sign-in-screen" aria-labelledby="sign-in-title">
      <ScreenHead titleId="sign-in-title" title={t('signin.title')} onBack={onDone} />
      <p>{t('signin.intro')}</p>
      <form className="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
        {managed?.status === 'invalid' && <p className="field-error">{t('managed.invalid', { message: managed.message })}</p>}
        <SignInFields form={form} onChange={(patch) => setForm((current) => ({ ...current, ...patch }))} withoutTenant={managed?.status === 'invalid'} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={pending}>
            {t('signin.submit')}
          </button>
          {pending && (
            <>
              <span role="status">{t('signin.waiting')}</span>
              <button type="button" onClick={() => void api.cancelSignIn()}>
                {t('signin.cancel')}
              </button>
            </>
          )}
        </div>
      </form>
    </main>
  );
}
