import { useRouteRef, type RouteRef } from '@backstage/core-plugin-api';

/**
 * The path of one of this plugin's pages, or undefined when the app does not
 * mount that page (a legacy app may add only the dashboard): `useRouteRef`
 * throws for a route the app never mounted, and a link to a missing page is
 * better left out than an error in its place.
 */
export function useOptionalRouteRef(
  routeRef: RouteRef,
): (() => string) | undefined {
  try {
    // The app's routes do not change while it runs, so this either always
    // throws or never does, and the hooks inside run in the same order.
    return useRouteRef(routeRef);
  } catch {
    return undefined;
  }
}
