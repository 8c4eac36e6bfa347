import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { captureInstallPrompt } from './composables/install-prompt'
import { startServiceWorker } from './composables/sw-update'
import { router } from './router'
import './styles/base.css'

captureInstallPrompt()

createApp(App).use(createPinia()).use(router).mount('#app')

void startServiceWorker()
