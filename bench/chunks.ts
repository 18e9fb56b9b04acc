import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'

/** One JavaScript file of a build as a page fetched it. */
export interface ChunkLoad {
  file: string
  gzipBytes: number
  /** Fetch start and end, ms from navigation start (Resource Timing). */
  startMs: number
  endMs: number
  /** Fetched before the page declared its first frame. */
  beforeFirstFrame: boolean
}

export interface ChunkReport {
  /** Gzip bytes of JavaScript fetched before the first frame. */
  gzipBytesBeforeFirstFrame: number
  /** Gzip bytes of the build's JavaScript the page never fetched in the run. */
  gzipBytesNotLoaded: number
  loads: ChunkLoad[]
}

/** Gzip size (level 9) of every .js file of a build, by file name. */
export function gzipSizes(outDir: string): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.js')) sizes.set(basename(file), gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length)
  }
  return sizes
}

/**
 * Which of the build's scripts the page fetched, and when, from the page's own Resource Timing
 * entries (dynamic imports included), against the moment it declared its first frame.
 */
export async function chunkLoads(page: Page, readyMs: number, sizes: Map<string, number>): Promise<ChunkReport> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => ({ name: new URL(entry.name).pathname, startMs: entry.startTime, endMs: (entry as PerformanceResourceTiming).responseEnd })),
  )
  const loads = entries
    .map(({ name, startMs, endMs }) => {
      const file = name.slice(name.lastIndexOf('/') + 1)
      return { file, gzipBytes: sizes.get(file) ?? 0, startMs: Math.round(startMs), endMs: Math.round(endMs), beforeFirstFrame: endMs <= readyMs }
    })
    .sort((a, b) => a.startMs - b.startMs)
  const fetched = new Set(loads.map((load) => load.file))
  let notLoaded = 0
  for (const [file, bytes] of sizes) if (!fetched.has(file)) notLoaded += bytes
  return {
    gzipBytesBeforeFirstFrame: loads.filter((load) => load.beforeFirstFrame).reduce((sum, load) => sum + load.gzipBytes, 0),
    gzipBytesNotLoaded: notLoaded,
    loads,
  }
}
