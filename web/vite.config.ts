import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// In development the SPA runs on Vite and proxies /api to the API; in production the API serves
// the built files from dist/, so the whole platform is one origin.
export default defineConfig({
  plugins: [vue()],
  resolve: { conditions: ['source'] },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: { outDir: 'dist', sourcemap: true, emptyOutDir: true },
});
