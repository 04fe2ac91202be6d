// Two projects: `unit` runs the *.spec.ts files that sit beside the code (no infrastructure);
// `e2e` runs apps/*/test/*.e2e-spec.ts against the real Kafka broker, Postgres and Redis.
const { compilerOptions } = require('./tsconfig.json');

// The same aliases the compiler uses, so tests import libs exactly as the apps do.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    `<rootDir>/${target}`,
  ]),
);

const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// Packages published only as ES modules (Jest 29 cannot load them as they are): compiled to CommonJS like our own code.
const ES_MODULE_PACKAGES = [
  'openid-client',
  'oauth4webapi',
  'oidc-provider',
  'jose',
  'koa',
  'nanoid',
  'quick-lru',
  'eta',
];
const esModules = { ...swc, swcrc: false, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } };
const transform = {
  '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
  [`/node_modules/(${ES_MODULE_PACKAGES.join('|')})/.+\\.m?js$`]: ['@swc/jest', esModules],
};
// jose v5 at the top level resolves to its CommonJS build, which compiles unchanged.
const transformIgnorePatterns = [`/node_modules/(?!(${ES_MODULE_PACKAGES.join('|')})/)`];

// The calendar guard: with FRONTDOOR_CLOCK_SHIFT set, "now" in every test file starts elsewhere (see the file).
const setupFiles = ['<rootDir>/libs/testing/src/shifted-clock.js'];
const shared = {
  rootDir: __dirname,
  moduleNameMapper,
  transform,
  transformIgnorePatterns,
  testEnvironment: 'node',
  setupFiles,
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,deploy,test}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: [
        '<rootDir>/apps/**/test/**/*.e2e-spec.ts',
        '<rootDir>/libs/**/test/**/*.e2e-spec.ts',
        '<rootDir>/deploy/**/test/**/*.e2e-spec.ts',
        '<rootDir>/test/**/*.e2e-spec.ts',
      ],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/e2e-setup.ts'],
    },
  ],
};
