import { defineConfig } from 'vite';

// The console is served by cxgraph itself under /console/ (src/modules/console), from
// dist/console. Everything it needs is bundled: no CDN, no web fonts, so it works offline.
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  // React's JSX through Vite's own transform (tsconfig: "jsx": "react-jsx"). No React plugin:
  // fast refresh is a development nicety and the plugin's optional Babel peers clash with jest's.
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    // The explorer's editor (Monaco) is large; it is split off and loaded only on that page.
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
});
