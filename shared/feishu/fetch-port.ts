// The slice of `fetch` the engine needs. Injected so shared/ stays free of Node and the DOM;
// the global fetch of Node 20 and of browsers satisfies it as it is.
export interface FetchInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Always 'manual': a call carrying a secret must not follow a redirect (redirects.ts). */
  redirect: 'manual';
}

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchPort = (url: string, init: FetchInit) => Promise<FetchResponse>;
