import { AuthError } from '../../shared/auth/auth-error';
import type { ManagedState } from '../../shared/managed/managed-config';
import type { BrokerSignInInput } from './oauth-sign-in';

// One-click sign-in: everything the OAuth flow needs comes from the administrator's managed.json
// (app, region, broker, callback port); the user brings only their consent in the browser.

export function managedSignInInput(managed: ManagedState | undefined): BrokerSignInInput {
  if (!managed || managed.status === 'none') {
    throw new AuthError('rejected', 'There is no managed configuration from your organisation on this computer.');
  }
  if (managed.status === 'invalid') throw new AuthError('rejected', `Your organisation's configuration cannot be used: ${managed.message}`);
  const { config } = managed;
  return {
    region: config.region,
    baseUrl: config.baseUrl,
    appId: config.appId,
    brokerUrl: config.brokerUrl,
    callbackPort: config.callbackPort,
  };
}
