// Resolves the `@frontdoor/*` path aliases in the compiled output, where there is no
// tsconfig.json and no ts-node: `node -r ./deploy/runtime/register-paths.js dist/apps/<app>/src/main.js`.
// `npx tsc -p tsconfig.build.json` writes each lib to dist/libs/<lib>/src, as tsconfig.json maps it.
'use strict';
const path = require('node:path');
const { register } = require('tsconfig-paths');

register({
  baseUrl: path.resolve(__dirname, '..', '..', 'dist'),
  paths: { '@frontdoor/*': ['libs/*/src'] },
  // Only the aliases: no fallback lookup of every bare import under dist/.
  addMatchAll: false,
});
