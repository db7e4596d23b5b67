import type { ApiErrorKind } from './api-error';

// Feishu's body codes (../../shared/reference/feishu-facts.md, "Errors") mapped to what the
// app does about them, each with the sentence a person reads.

export interface KnownCode {
  kind: ApiErrorKind;
  message: string;
  /** False when renewing the token cannot help (a missing or malformed token is a bug). */
  renewable?: boolean;
}

const SCOPE_FOR_USER = 'Your sign-in lacks a permission this app needs; sign in again and grant it.';
const APP_UNAVAILABLE = 'The Feishu app is disabled, not installed, or not available to you; ask your admin.';
const BAD_PARAMETER = 'Feishu refused the request as invalid; this is a bug or a wrong setting (user ID or ID type).';
const TRANSIENT = 'Feishu had a temporary problem; will retry shortly.';

export const KNOWN_CODES: ReadonlyMap<number, KnownCode> = new Map<number, KnownCode>([
  [99991677, { kind: 'auth-expired', message: 'Your sign-in has expired.' }],
  [99991663, { kind: 'auth-expired', message: 'The app access token is invalid or has expired.' }],
  [99991668, { kind: 'auth-invalid', message: 'Your sign-in is no longer valid; please sign in again.' }],
  [99991661, { kind: 'auth-invalid', message: 'No access token was sent; check the sign-in settings.', renewable: false }],
  [99991671, { kind: 'auth-invalid', message: 'The access token is malformed; check the sign-in settings.', renewable: false }],
  [99991669, { kind: 'auth-invalid', message: 'Your sign-in cannot be renewed; please sign in again.', renewable: false }],
  [99991672, { kind: 'permission', message: 'The Feishu app lacks a required permission; an admin must grant it.' }],
  [99991676, { kind: 'permission', message: SCOPE_FOR_USER }],
  [99991679, { kind: 'permission', message: SCOPE_FOR_USER }],
  [230027, { kind: 'permission', message: SCOPE_FOR_USER }],
  [99991662, { kind: 'permission', message: APP_UNAVAILABLE }],
  [99991673, { kind: 'permission', message: APP_UNAVAILABLE }],
  [99991543, { kind: 'permission', message: 'The App ID or App Secret is wrong; check the sign-in settings.' }],
  [20009, { kind: 'permission', message: APP_UNAVAILABLE }],
  [20010, { kind: 'permission', message: 'You are outside the Feishu app\'s availability; ask your admin.' }],
  [20069, { kind: 'permission', message: APP_UNAVAILABLE }],
  [99991401, { kind: 'permission', message: 'This computer\'s IP address is not in the Feishu app\'s allow list; ask your admin.' }],
  [99991400, { kind: 'rate-limited', message: 'Feishu asked us to slow down; will retry after the limit resets.' }],
  [99991403, { kind: 'quota-exhausted', message: 'Your organisation\'s monthly Feishu API quota is used up; checking resumes next month.' }],
  [1390001, { kind: 'bad-request', message: BAD_PARAMETER }],
  [99992402, { kind: 'bad-request', message: BAD_PARAMETER }],
  // The approval APIs' business codes (feishu-approval-actions.md §2, §4.2). After a write,
  // 1390010 may mean "someone already handled it": callers re-read the list, never retry.
  [1390003, { kind: 'bad-request', message: 'Feishu does not know this approval instance.' }],
  [1390009, { kind: 'bad-request', message: 'You have no access to this approval instance.' }],
  [1390010, { kind: 'bad-request', message: 'This task is not in your to-do list any more: it was already handled, or it is not yours.' }],
  [1390018, { kind: 'bad-request', message: 'This task needs a handwritten signature, which the API cannot give; open it in Feishu.' }],
  [1390013, { kind: 'bad-request', message: 'Feishu cannot act on this kind of approval through the API; open it in Feishu.' }],
  [1395001, { kind: 'server', message: TRANSIENT }],
  [1500, { kind: 'server', message: TRANSIENT }],
  [2200, { kind: 'server', message: TRANSIENT }],
  [5000, { kind: 'server', message: TRANSIENT }],
]);
