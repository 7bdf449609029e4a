export * from './config';
export * from './retry';
export * from './calendar';
export * from './accounts';
