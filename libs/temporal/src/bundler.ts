import type { BundleOptions } from '@temporalio/worker';

/**
 * Options for `bundleWorkflowCode` given the workflows entry (and aliases of the caller's own).
 * Webpack finds `@heze/*` through node_modules (the workspace links) and each package's "exports":
 * by default its entry for Node, the code tsc compiled under dist/, right for the compiled workflows
 * of `npm run build`. Workflows bundled from their TypeScript source (tests, replay from the
 * checkout) ask for the "heze-source" condition, the libraries' source, so such a bundle never
 * mixes the checkout with a stale or missing dist/.
 */
export function workflowBundleOptions(workflowsPath: string, alias: Record<string, string> = {}): Pick<BundleOptions, 'workflowsPath' | 'webpackConfigHook'> {
  const fromSource = workflowsPath.endsWith('.ts');
  if (!fromSource && Object.keys(alias).length === 0) return { workflowsPath };
  return {
    workflowsPath,
    webpackConfigHook: (config) => ({
      ...config,
      resolve: {
        ...config.resolve,
        ...(fromSource ? { conditionNames: ['heze-source', '...'] } : {}),
        alias: { ...(config.resolve?.alias as Record<string, string | false>), ...alias },
      },
    }),
  };
}
