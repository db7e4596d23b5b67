import { timingSafeEqual } from 'node:crypto';
import type { SandboxReply, SandboxRequest } from './sandbox-types';

// Who may talk to the sandbox. It listens on loopback, but any web page the user opens can send
// requests to 127.0.0.1, and a page whose DNS name is rebound to 127.0.0.1 can even read the
// answers. So: every request must name the sandbox itself in `Host` (a rebound name fails), and
// the /__sandbox/* knobs, which change what the app shows, also need this run's secret in
// CONTROL_HEADER (a page cannot send a custom header to another origin without a CORS
// preflight, which the sandbox never grants, and it cannot know the secret).

export const CONTROL_PREFIX = '/__sandbox/';
export const CONTROL_HEADER = 'x-sandbox-control';

export interface RequestGate {
  /** A refusal to send instead of routing the request, or null to let it through. */
  refusal(request: SandboxRequest): SandboxReply | null;
}

/** `hosts`: the `host:port` values the sandbox answers to; `controlSecret`: null = no knobs. */
export function createRequestGate(hosts: readonly string[], controlSecret: string | null): RequestGate {
  const allowed = new Set(hosts.map((host) => host.toLowerCase()));
  return {
    refusal(request) {
      const host = request.headers.host?.toLowerCase();
      if (!host || !allowed.has(host)) return forbidden('The sandbox answers only requests addressed to it by its loopback address.');
      if (!request.path.startsWith(CONTROL_PREFIX)) return null;
      if (controlSecret === null) return { status: 404, body: { code: 404, msg: 'This sandbox has no control routes.' } };
      if (!sameSecret(headerOf(request, CONTROL_HEADER), controlSecret)) return forbidden(`The control routes need this run's secret in the ${CONTROL_HEADER} header.`);
      return null;
    },
  };
}

/** The `host:port` names a loopback sandbox on `port` answers to. */
export function loopbackHosts(boundHost: string, port: number): string[] {
  return [...new Set([boundHost, '127.0.0.1', 'localhost', '[::1]'])].map((host) => `${host}:${port}`);
}

function headerOf(request: SandboxRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function forbidden(message: string): SandboxReply {
  return { status: 403, body: { code: 403, msg: message } };
}
