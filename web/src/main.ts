import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { wireApp } from './app-setup.js';
import { createAppI18n } from './i18n/index.js';
import { createAppRouter } from './router/index.js';

const i18n = createAppI18n();
const pinia = createPinia();
const router = createAppRouter();
const app = createApp(App).use(i18n).use(pinia).use(router);
wireApp({ i18n, pinia, router });

// Mount once the first route (and the session behind it) is known, so nothing flickers.
void router.isReady().then(() => app.mount('#app'));
