export * from './configure-http-app';
export * from './well-formed-input.pipe';
export * from './problem-details.filter';
export * from './validation';
