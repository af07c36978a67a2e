import { defineConfig } from "vite";

// The page is served by the Graph API from its output folder `explorer/`, at the site root.
// File names carry no content hash, so every build writes the same few files (the server
// revalidates them by ETag). dist/ is therefore not emptied first: two .NET builds running the
// page build at once then both overwrite the same files instead of deleting each other's.
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: false,
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
