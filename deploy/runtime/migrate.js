// Applies the migrations of the image's own service to its database, then exits: the one-off
// that a Kubernetes migration Job runs before the service's pods roll (`node deploy/runtime/migrate.js`).
// The same as deploy/local/migrate.ts does for a local run, for one service, from the compiled
// output: APP names the service (the image sets it), DATABASE_URL its own role and database.
'use strict';
require('./register-paths');
require('reflect-metadata');
const path = require('node:path');
const fs = require('node:fs');

async function migrate(app) {
  const dataSourceFile = path.resolve(__dirname, '..', '..', 'dist', 'apps', app, 'src', 'database', 'data-source.js');
  if (!fs.existsSync(dataSourceFile)) {
    throw new Error(`service '${app}' has no database to migrate (no ${path.relative(process.cwd(), dataSourceFile)})`);
  }
  // initialize() must not migrate on its own (the data source reads MIGRATE_ON_BOOT when loaded).
  process.env.MIGRATE_ON_BOOT = 'false';
  const dataSource = require(dataSourceFile).default;
  await dataSource.initialize();
  try {
    // Each migration in its own transaction, as the local runner does.
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((migration) => migration.name).join(', ');
    console.log(`${app}: ${applied.length ? `applied ${names}` : 'up to date'}`);
  } finally {
    await dataSource.destroy();
  }
}

const app = process.env.APP;
if (!app) {
  console.error('APP must name the service whose database to migrate');
  process.exit(1);
}
migrate(app).catch((error) => {
  // The message only: a connection error's full object can carry the connection string.
  console.error(`${app}: migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
