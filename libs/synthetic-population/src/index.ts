export * from './shared-population';
export * from './seed-arguments';
