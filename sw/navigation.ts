import { createHandlerBoundToURL, matchPrecache } from 'workbox-precaching'
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing'

/** A path (not its query: the denylist sees both) whose last segment has a file extension. */
const FILE_PATH = /^[^?]*\/[^/?]+\.[a-z0-9]+(\?.*)?$/i

/**
 * Paths that are data or files, never app routes: a navigation to them goes to the network (or
 * the offline page). App routes never end in a file extension.
 */
const NOT_APP_ROUTES = [/^\/api\//, /^\/samples\//, /^\/articles\//, /^\/assets\//, FILE_PATH]

export const OFFLINE_PAGE = 'offline.html'

/**
 * Every app navigation is answered with the precached index.html, so deep links open offline.
 * Anything that fails (a data URL opened offline) gets the precached offline page instead of
 * the browser's error page.
 */
export function registerNavigation(): void {
  registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: NOT_APP_ROUTES }))

  setCatchHandler(async ({ request }) => {
    if (request.destination === 'document') {
      const offline = await matchPrecache(OFFLINE_PAGE)
      if (offline) return offline
    }
    return Response.error()
  })
}
