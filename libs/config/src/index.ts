export * from './config';
export * from './retry';
export * from './calendar';
