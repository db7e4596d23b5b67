// The slice of `fetch` the engine needs. Injected so shared/ stays free of Node and the DOM;
// the global fetch of Node 20 and of browsers satisfies it as it is.
export interface FetchInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** 'error' where a redirect could carry a token to another host (the token broker). */
  redirect?: 'error' | 'manual' | 'follow';
}

export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchPort = (url: string, init: FetchInit) => Promise<FetchResponse>;
