import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleSize {
  files: number
  bytes: number
  gzipBytes: number
}

/** The JavaScript a browser downloads for one build: every .js file, raw and gzipped. */
export function javascriptSize(outDir: string): BundleSize {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'))
  let bytes = 0
  let gzipBytes = 0
  for (const file of files) {
    const content = readFileSync(join(outDir, file))
    bytes += content.length
    gzipBytes += gzipSync(content, { level: 9 }).length
  }
  return { files: files.length, bytes, gzipBytes }
}
