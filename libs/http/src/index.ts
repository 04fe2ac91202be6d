export * from './configure-http-app';
export * from './problem-details.filter';
export * from './validation';
