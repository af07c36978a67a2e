import { defineConfig } from "vite";

// The page is served by the Graph API from its output folder `explorer/`, at the site root.
// File names carry no content hash so that repeated builds overwrite the same files instead of
// piling up stale bundles in the output folder (the server revalidates them by ETag).
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        entryFileNames: "assets/[name].js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: "assets/[name][extname]",
      },
    },
  },
  server: {
    // `npm run dev` proxies the API of a locally running `graph demo`.
    proxy: { "/graphql": "http://127.0.0.1:5080", "/healthz": "http://127.0.0.1:5080" },
  },
});
