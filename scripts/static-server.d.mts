/** The policy sent as a header: index.html's <meta> policy plus frame-ancestors 'none'. */
export const CONTENT_SECURITY_POLICY: string;
/** The policy for the build in `dir`: its index.html's <meta> policy plus frame-ancestors. */
export function policyFor(dir: string): string;
export interface StaticServer {
  url: string;
  setRoot(root: string): void;
  /** Requests whose path matches drop their connection (a network error); null: none. */
  dropRequests(predicate: ((path: string) => boolean) | null): void;
  close(): Promise<void>;
}
export function startStaticServer(options: {
  root: string;
  port?: number;
  host?: string;
}): Promise<StaticServer>;
