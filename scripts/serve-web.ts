// Serves the built web edition (out/web) on 127.0.0.1 with Vite's preview server, with the
// security headers of scripts/web/headers.ts on every response.
// `npm run web` builds first; run `npm run build:web` if you call this directly.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import { WEB_HEADERS } from './web/headers'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = process.env.INFRAGLOBE_WEB_OUT ? resolve(root, process.env.INFRAGLOBE_WEB_OUT) : join(root, 'out', 'web')
const host = '127.0.0.1'

function parsePort(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`InfraGlobe web edition: PORT must be a whole number from 1 to 65535, got "${text}".`)
    process.exit(1)
  }
  return port
}

const port = parsePort(process.env.PORT || '4173')

if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`InfraGlobe web edition: ${join(outDir, 'index.html')} does not exist.`)
  console.error('Build it first with `npm run build:web` (or run `npm run web`, which builds and serves).')
  process.exit(1)
}

let server: PreviewServer
try {
  // configFile: false keeps any vite config out of the way: this only serves files that are already built.
  server = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host, port, strictPort: true, open: false, headers: { ...WEB_HEADERS } },
  })
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error)
  console.error(`InfraGlobe web edition: could not serve on ${host}:${port}: ${reason}`)
  console.error('Another program may be using the port; choose another with PORT=<port>.')
  process.exit(1)
}

console.log(`InfraGlobe web edition: http://localhost:${port}`)

async function stop() {
  await server.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
