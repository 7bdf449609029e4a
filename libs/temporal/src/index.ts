export * from './messages';
export * from './search-attributes';
export * from './workflow-ids';
export * from './task-queues';
export * from './ledger-messages';
