// Pure reading of exported histories (timeline, state at a point) plus export and replay helpers.
export * from './history';
export * from './timeline';
export * from './state-at';
export * from './format';
export * from './query';
