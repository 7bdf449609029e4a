export * from './entities';
export * from './data-source';
export * from './api-keys';
export * from './accounts';
export * from './passwords';
export * from './login-throttle';
export * from './process-views';
export * from './demo-seed';
