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

  it('the API folders are named by domain', () => {
    const folders = fs.readdirSync(path.join(repo, 'apps/api/src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders).toEqual(expect.arrayContaining(['journeys', 'study-leaves', 'claims', 'projects']));
    expect(folders).not.toContain('processes');
  });
});
