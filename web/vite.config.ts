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
    rolldownOptions: {
      // GraphiQL's packages start modules with "use client" / "use no memo" (hints for React
      // server components and the React compiler, meaningless in a browser bundle): not worth
      // hundreds of warning lines on every build.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
