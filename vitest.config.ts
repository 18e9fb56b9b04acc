import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

/** Renderer tests that need Node's own module loader (see the renderer-modules project). */
const nativeModules = ['tests/unit/renderer/globe/lazyLayers.test.ts']

/** A project of renderer tests: jsdom, the web platform, the renderer's setup; which files and how they run. */
function renderer(
  name: string,
  run: Pick<NonNullable<TestProjectInlineConfiguration['test']>, 'pool' | 'include' | 'exclude'>,
): TestProjectInlineConfiguration {
  return {
    plugins: [react()],
    resolve: { alias: { '@platform': resolve('src/renderer/platform/web.ts') } },
    test: {
      name,
      environment: 'jsdom',
      ...run,
      setupFiles: ['tests/unit/fixtures/webCrypto.ts', 'tests/unit/fixtures/renderer/setup.ts'],
    },
  }
}

export default defineConfig({
  test: {
    // Every core runs test files. Vitest's default keeps one core for its main process, which
    // on a two-core CI machine means one file at a time; the main process only transforms and
    // reports, so it shares a core with little loss.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Tests mirror the source tree: tests/unit/<folder under src or scripts>/<file>.test.ts;
          // tests/unit/bench/ the benchmark's own logic; tests/unit/config/ checks the project's own configuration files (packaging, engines).
          include: ['tests/unit/{shared,main,preload,scripts,config,bench}/**/*.test.ts'],
        },
      },
      renderer('renderer', {
        // Each file gets a new jsdom window in a VM context of a long-lived worker. Setting one
        // up in a new process for every file took about half of the unit tests' time. The node
        // project keeps a process per file, as its scripts and child processes expect.
        pool: 'vmThreads',
        include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
        exclude: [...configDefaults.exclude, ...nativeModules],
      }),
      renderer('renderer-modules', {
        // Files that load the globe's layers as the app does: they import @react-three/fiber,
        // whose CommonJS build requires three's ES module, which Node loads and a VM context
        // cannot. A worker per file, as before the VM contexts.
        pool: 'threads',
        include: nativeModules,
      }),
    ],
  },
})
