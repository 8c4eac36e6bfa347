import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import type { HomeRow, RecCard } from '@/recs/recs-view'

/** A router that accepts every path, so RouterLinks render real hrefs. */
export function testRouter(): Router {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }] })
}

/** A fresh, active Pinia: stores are real, their actions are replaced per test with vi.spyOn. */
export function freshPinia(): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  return pinia
}

/** Mounts into the document (focus works there) with `pinia` and a router. */
export function mountWith<C extends Component>(component: C, pinia: Pinia, options: ComponentMountingOptions<C> = {}) {
  return mount(component, { attachTo: document.body, ...options, global: { plugins: [pinia, testRouter()], ...options.global } })
}

export function card(id: string, reason: string, title = `Title ${id}`): RecCard {
  return { id, title, sourceTitle: 'Moby-Dick', author: null, readingMinutes: 7, publishedAt: 0, summary: `Summary of ${id}.`, reason }
}

export function row(slug: string, cards: RecCard[], extra: Partial<HomeRow> = {}): HomeRow {
  return { title: `Row ${slug}`, slug, reason: `Why ${slug}`, kind: 'for-you', followed: false, cards, ...extra }
}
