import { defaultClientConditions, defaultServerConditions } from 'vite';

/**
 * Vite (vitest) resolves `@heze/*` through node_modules like Node, but with the "heze-source"
 * condition of the libraries' package.json "exports": their TypeScript source, not the compiled
 * dist/ Node loads. Tests run the checkout, and a module is loaded once whether a file imports it by
 * package or (inside its library) by path.
 */
export const librarySource = {
  resolve: { conditions: ['heze-source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['heze-source', ...defaultServerConditions] } },
};
