import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(repo, p), 'utf8');
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(repo, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe('issue 14: the layout says what runs', () => {
  it('nest-cli.json names every app and library with its real entry file and the tsconfig `npm run build` compiles with', () => {
    const nest = JSON.parse(read('nest-cli.json')) as {
      compilerOptions: { builder: string; tsConfigPath: string };
      projects: Record<string, { type: string; root: string; sourceRoot: string; entryFile: string }>;
    };
    const build = (JSON.parse(read('package.json')) as { scripts: { build: string } }).scripts.build;
    expect(build).toContain(`tsc -p ${nest.compilerOptions.tsConfigPath}`);
    expect(nest.compilerOptions.builder).toBe('tsc');
    const dirs = (parent: string) => fs.readdirSync(path.join(repo, parent), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`);
    const roots = Object.values(nest.projects).map((p) => p.root);
    // apps/portal is the Vite front end (its own tsconfig, bundled by scripts/build-portal.sh), no Nest project.
    expect(roots.sort()).toEqual([...dirs('apps').filter((d) => d !== 'apps/portal'), ...dirs('libs')].sort());
    for (const [name, p] of Object.entries(nest.projects)) {
      expect(fs.existsSync(path.join(repo, p.sourceRoot, `${p.entryFile}.ts`)), `${name}: ${p.sourceRoot}/${p.entryFile}.ts`).toBe(true);
      expect(p.type, name).toBe(p.root.startsWith('apps/') ? 'application' : 'library');
    }
  });

  it('no API controller holds a DataSource: writes go through services (health only reads it, SELECT 1)', () => {
    const controllers = filesUnder('apps/api/src').filter((f) => f.endsWith('.controller.ts'));
    expect(controllers.length).toBeGreaterThan(5);
    const holding = controllers.filter((f) => /@Inject\(DataSource\)/.test(read(f)));
    expect(holding.map((f) => path.basename(f))).toEqual(['health.controller.ts']);
  });

  it('code outside a library imports it as a package (@heze/<name>), never by a relative path into libs/', () => {
    const code = (dir: string) =>
      filesUnder(dir).filter((f) => /\.(ts|tsx|mts|js|mjs|cjs)$/.test(f) && !f.split(path.sep).includes('node_modules'));
    const files = ['apps', 'libs', 'workflows', 'activities', 'bench', 'test', 'scripts'].filter((d) => fs.existsSync(path.join(repo, d))).flatMap(code);
    expect(files.length).toBeGreaterThan(200);
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bvi\.(?:mock|doMock|importActual)\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
    const climbing: string[] = [];
    for (const file of files) {
      const own = file.match(/^libs\/([^/]+)\//)?.[1];
      for (const [, , spec] of read(file).matchAll(specifier)) {
        const target = path.relative(repo, path.resolve(repo, path.dirname(file), spec));
        const lib = target.match(/^libs\/([^/]+)(\/|$)/)?.[1];
        const entry = /^libs\/machines\/src\/events\//.test(target) ? '/events' : /^libs\/temporal\/src\/(connection|register-search-attributes|bundler)/.test(target) ? '/node' : '';
        if (lib && lib !== own) climbing.push(`${file}: '${spec}' (use '@heze/${lib}${entry}')`);
      }
    }
    expect(climbing).toEqual([]);
  });

  it('every library is an npm workspace package named @heze/<folder>, its entries compiled under dist/', () => {
    expect((JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces).toEqual(['libs/*']);
    const libs = fs.readdirSync(path.join(repo, 'libs'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(libs.sort()).toEqual(['audit', 'config', 'machines', 'persistence', 'rules', 'temporal']);
    for (const lib of libs) {
      const pkg = JSON.parse(read(`libs/${lib}/package.json`)) as { name: string; main: string; exports: Record<string, string | Record<string, string>> };
      expect(pkg.name).toBe(`@heze/${lib}`);
      for (const [sub, entry] of Object.entries(pkg.exports)) {
        if (typeof entry === 'string') continue; // ./package.json
        // Each tool's entry exists: the source (tsc, vitest, the bundler from source), Node's file requiring dist/.
        expect(fs.existsSync(path.join(repo, 'libs', lib, entry['heze-source'])), `${lib} ${sub}`).toBe(true);
        expect(entry.types).toBe(entry['heze-source']);
        const node = read(path.join('libs', lib, entry.default));
        const compiled = entry['heze-source'].replace(/^\.\//, `../../dist/libs/${lib}/`).replace(/\.ts$/, '.js');
        expect(node, `${lib} ${sub}`).toContain(`require('${compiled}')`);
      }
    }
  });

  it('the API folders are named by domain', () => {
    const folders = fs.readdirSync(path.join(repo, 'apps/api/src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders).toEqual(expect.arrayContaining(['journeys', 'study-leaves', 'claims', 'projects']));
    expect(folders).not.toContain('processes');
  });
});
