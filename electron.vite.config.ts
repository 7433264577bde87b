import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

// One build for the three parts. Main has several entries: the Electron main process, the
// launcher behind `npm start`, the browser host and the CLI (the last two run on plain Node).
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          launcher: resolve(root, 'main/launcher.ts'),
          serve: resolve(root, 'main/web-host/serve.ts'),
          cli: resolve(root, 'main/cli/index.ts'),
          // The `bin`: its shebang is kept from the source; a clear message on a Node without
          // node:sqlite.
          corroborate: resolve(root, 'main/cli/launch.ts'),
          'compare-worker': resolve(root, 'main/workers/compare-worker.ts'),
          'import-worker': resolve(root, 'main/workers/import-worker.ts'),
          'search-worker': resolve(root, 'main/workers/search-worker.ts'),
          'exchange-worker': resolve(root, 'main/workers/exchange-worker.ts'),
          'facts-worker': resolve(root, 'main/workers/facts-worker.ts'),
        },
        // Shared chunks sit beside the entries so import.meta.dirname is out/main for all code.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
