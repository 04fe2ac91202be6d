export * from './eventually';
export * from './kafka-probe';
export * from './test-run';
export * from './tokens';
export * from './information-requests';
export * from './browser';
export * from './log-capture';
export * from './service-app';
