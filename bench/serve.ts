import { preview, type PreviewServer } from 'vite'

export interface Served {
  url: string
  close(): Promise<void>
}

/** Serves a built folder on 127.0.0.1 with Vite's preview server on a free port. */
export async function serveStatic(outDir: string, root: string): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error(`could not find the port serving ${outDir}`)
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() }
}
