import { describe, expect, it } from 'vitest'
import { longTasksOf } from '../../../bench/longTasks'

const main = { pid: 1, tid: 10 }
const meta = [
  { name: 'thread_name', ph: 'M', ts: 0, ...main, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 20, args: { name: 'DedicatedWorker thread' } },
]
const task = (ts: number, ms: number, where = main) => ({ name: 'RunTask', ph: 'X', ts, dur: ms * 1000, ...where })
const readback = (ts: number, ms: number) => ({ name: 'GLES2::ReadPixels', ph: 'X', ts, dur: ms * 1000, ...main })

describe('longTasksOf', () => {
  it('splits a main-thread task into the wait for the GPU and the page’s own work', () => {
    const tasks = longTasksOf([...meta, task(0, 600), readback(10_000, 560)], 50)
    expect(tasks).toEqual([{ ms: 600, gpuWaitMs: 560, ownMs: 40 }])
  })

  it('keeps only the main thread’s tasks over the threshold, longest first', () => {
    const tasks = longTasksOf(
      [...meta, task(0, 40), task(100_000, 80), task(300_000, 200), task(600_000, 900, { pid: 1, tid: 20 })],
      50,
    )
    expect(tasks.map((t) => t.ms)).toEqual([200, 80])
    expect(tasks.every((t) => t.gpuWaitMs === 0)).toBe(true)
  })

  it('does not count a readback outside the task', () => {
    expect(longTasksOf([...meta, task(0, 100), readback(150_000, 90)], 50)).toEqual([{ ms: 100, gpuWaitMs: 0, ownMs: 100 }])
  })

  it('finds nothing without the main thread’s name in the trace', () => {
    expect(longTasksOf([task(0, 600)], 50)).toEqual([])
  })
})
