/// <reference lib="webworker" />
import { clientsClaim, setCacheNameDetails } from 'workbox-core'
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching'
import { CACHE_PREFIX, runtimeCacheNames } from './cache-names'
import { listenForSkipWaiting, reportQuotaErrorsToPages } from './messages'
import { registerNavigation } from './navigation'
import { registerRuntimeRoutes } from './routes'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

// Only the prefix: workbox's own suffix (the scope) is what cleanupOutdatedCaches matches on.
setCacheNameDetails({ prefix: CACHE_PREFIX })

precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerNavigation()
registerRuntimeRoutes()
listenForSkipWaiting()
reportQuotaErrorsToPages()

// Take control of pages opened before the first install; updates still wait for the person.
clientsClaim()

// Drop runtime caches of earlier versions (folio-media-v0, …); old precaches go through
// cleanupOutdatedCaches above.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(
        keys
          .filter((key) => key.startsWith(`${CACHE_PREFIX}-`) && !key.includes('precache'))
          .filter((key) => !runtimeCacheNames.includes(key))
          .map((key) => caches.delete(key)),
      ),
    ),
  )
})
