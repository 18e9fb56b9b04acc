import { gzipSizes } from './chunks'
import { measure, type AppUnderTest, type Sample, type Timing } from './measure'
import { describeMethod } from './method'

/**
 * The base scene's first download without the rest of the bench: a few short loads (no idle
 * count, a brief turn), the first frame of each, and the scripts of the first load by time.
 */
export async function measureChunks(options: {
  app: AppUnderTest
  outDir: string
  rounds: number
  timing: Timing
  log(message: string): void
}) {
  const { app, outDir, rounds, timing, log } = options
  const sizes = gzipSizes(outDir)
  const quick: Timing = { ...timing, idleMs: 0, rotateWarmupMs: 0, rotateMs: 500 }
  const samples: Sample[] = []
  for (let pass = 1; pass <= rounds; pass += 1) {
    log(`chunks, load ${pass}/${rounds}`)
    samples.push(await measure({ ...app, chunkSizes: sizes }, quick))
  }
  const report = samples[0]?.chunks
  if (!report) throw new Error('the page reported no chunks')
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10
  log(`${kb(report.gzipBytesBeforeFirstFrame)} KB gzip before the first frame; first frame at ${samples.map((s) => Math.round(s.readyMs)).join(', ')} ms`)
  for (const load of report.loads) {
    log(`  ${load.beforeFirstFrame ? 'before' : 'after '} ${load.file.padEnd(40)} ${String(kb(load.gzipBytes)).padStart(7)} KB  ${load.startMs}–${load.endMs} ms`)
  }
  return {
    samples,
    result: {
      method: describeMethod.chunks(rounds),
      readyMs: samples.map((sample) => Math.round(sample.readyMs)),
      gzipBytesBeforeFirstFrame: report.gzipBytesBeforeFirstFrame,
      gzipBytesNotLoaded: report.gzipBytesNotLoaded,
      loads: report.loads,
    },
  }
}
