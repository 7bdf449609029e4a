export * from './messages';
export * from './search-attributes';
export * from './workflow-ids';
export * from './ledger-messages';
