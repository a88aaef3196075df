import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Templates are compiled here, so this is where Vue learns that biblio-* are custom elements.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('biblio-') } },
    }),
  ],
});
