import { cacheNames } from '../../sw/cache-names'

/** The service worker's image and font caches: safe to empty, pictures come back when online. */
const IMAGE_CACHES = [cacheNames.media, cacheNames.remoteMedia]

/** How many images and fonts the service worker keeps for offline reading. */
export async function countCachedImages(): Promise<number> {
  if (typeof caches === 'undefined') return 0
  let count = 0
  for (const name of IMAGE_CACHES) {
    if (await caches.has(name)) count += (await (await caches.open(name)).keys()).length
  }
  return count
}

/** Empties the image caches; returns how many entries went. The worker refills them as pictures are seen. */
export async function clearImageCaches(): Promise<number> {
  const count = await countCachedImages()
  if (typeof caches !== 'undefined') await Promise.all(IMAGE_CACHES.map((name) => caches.delete(name)))
  return count
}
