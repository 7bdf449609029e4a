/**
 * `@heze/temporal/node`: the parts of the Temporal library that run only in Node (the client connection,
 * registering search attributes, the workflow bundler's resolution of `@heze/*`). Kept out of
 * `@heze/temporal`, which the workflow bundle imports and which must stay free of Node modules.
 */
export * from './connection';
export * from './register-search-attributes';
export * from './bundler';
