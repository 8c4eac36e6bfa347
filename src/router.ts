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

router.afterEach((to) => {
  const title = typeof to.meta.title === 'string' ? to.meta.title : null
  document.title = title && to.name !== 'home' ? `${title} — Folio` : 'Folio'
})
