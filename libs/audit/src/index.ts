// Reading exported histories (timeline, state at a point, diff), export and replay, audit bundles
// (canonical form, signing, verification).
export * from './history';
export * from './timeline';
export * from './state-at';
export * from './format';
export * from './query';
export * from './proto-json';
export * from './export';
export * from './replay';
export * from './projections';
export * from './canonical';
export * from './signing-key';
export * from './bundle';
export * from './verify';
export * from './diff';
