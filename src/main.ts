import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { captureInstallPrompt } from './composables/install-prompt'
import { startServiceWorker } from './composables/sw-update'
import { router } from './router'
import { mirroredTheme } from './stores/settings'
import './styles/base.css'

captureInstallPrompt()

// Apply the chosen theme before the first paint (IndexedDB answers only after mount).
const theme = mirroredTheme()
if (theme !== 'system') document.documentElement.dataset.theme = theme

createApp(App).use(createPinia()).use(router).mount('#app')

void startServiceWorker()
