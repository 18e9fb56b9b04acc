import type { Page } from 'playwright-core'

/** Self size of the heap grouped by what the objects are (constructor, or V8's kind of thing). */
export interface HeapGroup {
  name: string
  count: number
  selfBytes: number
  /** Set on what lives outside V8's heap (ArrayBuffer contents, external strings, the DOM's own objects): not in JSHeapUsedSize. */
  outsideJsHeap?: true
}

export interface HeapSummary {
  totalBytes: number
  /** The part of totalBytes on V8's own heap, what JSHeapUsedSize counts (everything but V8's "native" and "synthetic" nodes). */
  jsHeapBytes: number
  nodes: number
  top: HeapGroup[]
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

/**
 * Takes a heap snapshot of the page (after a forced GC) and sums the self size of its nodes by
 * group: objects by constructor name, everything else (strings, code, arrays, closures, system
 * objects) by V8's node type, so the summary says where the heap goes.
 */
export async function heapSummary(page: Page, top = 20): Promise<HeapSummary> {
  const session = await page.context().newCDPSession(page)
  const chunks: string[] = []
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
  await session.send('HeapProfiler.enable')
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await session.detach()
  return summariseSnapshot(JSON.parse(chunks.join('')) as Snapshot, top)
}

export function summariseSnapshot(snapshot: Snapshot, top: number): HeapSummary {
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const stride = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const groups = new Map<string, HeapGroup>()
  let totalBytes = 0
  let jsHeapBytes = 0
  const { nodes, strings } = snapshot
  for (let i = 0; i < nodes.length; i += stride) {
    const type = types[nodes[i + typeAt]!] ?? 'unknown'
    const size = nodes[i + sizeAt]!
    totalBytes += size
    const outside = type === 'native' || type === 'synthetic'
    if (!outside) jsHeapBytes += size
    const key = type === 'object' || type === 'native' ? `${strings[nodes[i + nameAt]!] ?? '?'}` : `(${type})`
    const group = groups.get(key) ?? { name: key, count: 0, selfBytes: 0, ...(outside ? { outsideJsHeap: true as const } : {}) }
    group.count += 1
    group.selfBytes += size
    groups.set(key, group)
  }
  const sorted = [...groups.values()].sort((a, b) => b.selfBytes - a.selfBytes)
  return { totalBytes, jsHeapBytes, nodes: nodes.length / stride, top: sorted.slice(0, top) }
}
