import type { BundleSize } from './bundleSize'
import type { Sample } from './measure'
import { median, ratio } from './stats'

/** The per-run figures every scene reports, medians over its runs. */
export const metrics = ['readyMs', 'rotateFps', 'mainThreadMsPerFrame', 'idleFrames', 'drawCalls', 'jsHeapUsedBytes'] as const
export type Metric = (typeof metrics)[number]

/** Two decimals are plenty for figures that vary by 30% from run to run. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}

function metricOf(sample: Sample, metric: Metric): number {
  return metric === 'mainThreadMsPerFrame' ? sample.mainThread.totalMs : sample[metric]
}

/** Medians of the finite values only, with the samples; nothing when a figure was not measured. */
function optional<K extends string>(name: K, values: number[]): Partial<Record<K | `${K}Samples`, number | number[]>> {
  const counted = values.filter((n) => Number.isFinite(n))
  return counted.length ? ({ [name]: round(median(counted)), [`${name}Samples`]: counted } as Partial<Record<K | `${K}Samples`, number | number[]>>) : {}
}

export function summarise(samples: Sample[], bundle: BundleSize) {
  const medianOf = (metric: Metric) => round(median(samples.map((s) => metricOf(s, metric))))
  const breakdown = (key: 'scriptMs' | 'styleMs' | 'layoutMs' | 'otherMs') => round(median(samples.map((s) => s.mainThread[key])))
  const chunks = samples.find((s) => s.chunks)?.chunks
  return {
    readyMs: medianOf('readyMs'),
    rotateFps: medianOf('rotateFps'),
    mainThreadMsPerFrame: medianOf('mainThreadMsPerFrame'),
    mainThreadBreakdownMs: { script: breakdown('scriptMs'), style: breakdown('styleMs'), layout: breakdown('layoutMs'), other: breakdown('otherMs') },
    idleFrames: medianOf('idleFrames'),
    drawCalls: medianOf('drawCalls'),
    jsHeapUsedBytes: medianOf('jsHeapUsedBytes'),
    jsBytes: bundle.bytes,
    jsGzipBytes: bundle.gzipBytes,
    jsFiles: bundle.files,
    jsGzipBytesBeforeFirstFrame: chunks?.gzipBytesBeforeFirstFrame ?? Number.NaN,
    ...(chunks ? { chunks } : {}),
    globeSize: samples[0]?.globeSize,
    blockedRequests: [...new Set(samples.flatMap((s) => s.blockedRequests))],
    pageErrors: [...new Set(samples.flatMap((s) => s.pageErrors))],
    samples: samples.map((s) => Object.fromEntries(metrics.map((m) => [m, round(metricOf(s, m))]))),
    ...optional('restedByMs', samples.map((s) => s.restedByMs)),
    restedSamples: samples.filter((s) => Number.isFinite(s.restedByMs)).length,
    ...optional('idleFramesAfterTurn', samples.map((s) => s.idleFramesAfterTurn)),
    ...optional('idleFramesAfterFlyTo', samples.map((s) => s.idleFramesAfterFlyTo)),
    ...optional('idleFramesAfterYearStep', samples.map((s) => s.idleFramesAfterKeyStep)),
  }
}

export type Summary = ReturnType<typeof summarise>

/** ours ÷ theirs for each named figure. */
export function ratios(compared: readonly (keyof Summary)[], ours: Summary, theirs: Summary): Record<string, number | null> {
  return Object.fromEntries(compared.map((m) => [m, ratio(Number(ours[m]), Number(theirs[m]))]))
}
