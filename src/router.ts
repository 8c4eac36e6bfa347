import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomePage from './pages/HomePage.vue'

/** The routes of DESIGN.md; every page but Home loads on demand (and is precached). */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: 'Home' } },
  { path: '/library', name: 'library', component: () => import('./pages/LibraryPage.vue'), meta: { title: 'Library' } },
  { path: '/article/:id', name: 'article', component: () => import('./pages/ArticlePage.vue'), props: true, meta: { title: 'Article' } },
  { path: '/topics', name: 'topics', component: () => import('./pages/TopicsPage.vue'), meta: { title: 'Topics' } },
  { path: '/topics/:id', name: 'topic', component: () => import('./pages/TopicPage.vue'), props: true, meta: { title: 'Topic' } },
  { path: '/genre/:slug', name: 'genre', component: () => import('./pages/GenrePage.vue'), props: true, meta: { title: 'Genre' } },
  { path: '/add', name: 'add', component: () => import('./pages/AddPage.vue'), meta: { title: 'Add articles' } },
  { path: '/search', name: 'search', component: () => import('./pages/SearchPage.vue'), meta: { title: 'Search' } },
  { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue'), meta: { title: 'Settings' } },
  // The manifest's share_target opens this route (GET ?title=&text=&url=).
  { path: '/share', name: 'share', component: () => import('./pages/SharePage.vue'), meta: { title: 'Save shared link' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { title: 'Not found' } },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.afterEach((to, from) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : null
  document.title = title && to.name !== 'home' ? `${title} — Folio` : 'Folio'
  // After an in-app navigation, move focus to the new page so keyboard and screen-reader users
  // start there (the first load keeps the browser's own focus).
  if (from.matched.length > 0 && to.path !== from.path) {
    void nextTick(() => document.getElementById('main')?.focus({ preventScroll: true }))
  }
})

// A lazy page that fails to load after an update removed its old chunk: reload once into the
// new version rather than leave the person on a dead link.
router.onError((error: unknown, to) => {
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)
  if (!chunkFailed || sessionStorage.getItem('folio-chunk-reload') === to.fullPath) return
  sessionStorage.setItem('folio-chunk-reload', to.fullPath)
  window.location.assign(to.fullPath)
})
