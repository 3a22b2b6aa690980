/** A router link: the path and its query parameters, ready for `[routerLink]` and `[queryParams]`. */
export interface DrillDownLink {
  path: string;
  queryParams: Record<string, string>;
}

const API_LIST = '/api/conversations';

/**
 * The dashboard's conversation list for an aggregate's drill-down. The API hands every aggregate a
 * `GET /api/conversations?…` URL with its filters; the Conversations page reads the same parameters from its URL.
 */
export function toConversationsLink(apiUrl: string, extra: Readonly<Record<string, string>> = {}): DrillDownLink {
  const [path, search = ''] = apiUrl.split('?', 2);
  if (path !== API_LIST) {
    throw new RangeError(`expected a ${API_LIST} URL, got '${apiUrl}'`);
  }
  const queryParams: Record<string, string> = {};
  new URLSearchParams(search).forEach((value, name) => {
    queryParams[name] = value;
  });
  return { path: '/conversations', queryParams: { ...queryParams, ...extra } };
}
