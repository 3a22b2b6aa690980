import { liveRoutes, type LiveRoute } from '@rapport/api-shell';
import type { TestApi } from './test-api';

export type RouteEntry = LiveRoute;

/** Every controller route of the running app, with the access policy the guard will apply to it. */
export function routeTable(api: TestApi): RouteEntry[] {
  return liveRoutes(api.app);
}

/** What Express actually routes, to prove the table above misses nothing. */
export function expressRoutes(api: TestApi): Array<{ method: string; path: string }> {
  const express = api.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => ({ method: method.toUpperCase(), path: (layer.route as { path: string }).path }))
      : [],
  );
}
