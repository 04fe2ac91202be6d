// Starts one service from its compiled output: `APP=<service> node deploy/runtime/start.js`.
// The one way a service runs outside jest: the image's CMD, `npm start`, the bench, the chaos run
// and the restart and runtime tests all start this file, so what is tested is what is shipped.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
require('./register-paths');

const app = process.env.APP;
const main = path.resolve(__dirname, '..', '..', 'dist', 'apps', String(app), 'src', 'main.js');
if (!app || !/^[a-z]+$/.test(app) || !fs.existsSync(main)) {
  const built = path.resolve(__dirname, '..', '..', 'dist', 'apps');
  const known = fs.existsSync(built) ? fs.readdirSync(built).join(', ') : 'none: run `npm run build` first';
  console.error(`APP=${app ?? ''} names no compiled service (compiled: ${known})`);
  process.exit(2);
}
require(main);
