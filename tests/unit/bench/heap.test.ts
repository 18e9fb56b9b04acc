import { describe, expect, it } from 'vitest'
import { summariseSnapshot } from '../../../bench/heap'

describe('summariseSnapshot', () => {
  it('sums self sizes by constructor for objects and by node type for the rest, largest first', () => {
    const snapshot = {
      snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [['hidden', 'array', 'string', 'object', 'code']] as [string[]] } },
      strings: ['Float32Array', 'Region', 'hello'],
      // type, name, id, self_size, edge_count
      nodes: [3, 0, 1, 400, 0, 3, 1, 2, 50, 0, 3, 1, 3, 60, 0, 2, 2, 4, 30, 0, 4, 2, 5, 200, 0],
    }
    const summary = summariseSnapshot(snapshot, 3)
    expect(summary.totalBytes).toBe(740)
    expect(summary.jsHeapBytes).toBe(740)
    expect(summary.nodes).toBe(5)
    expect(summary.top).toEqual([
      { name: 'Float32Array', count: 1, selfBytes: 400 },
      { name: '(code)', count: 1, selfBytes: 200 },
      { name: 'Region', count: 2, selfBytes: 110 },
    ])
  })

  it("keeps what lives outside V8's heap (native nodes) out of jsHeapBytes and marks its groups", () => {
    const snapshot = {
      snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [['native', 'object', 'synthetic']] as [string[]] } },
      strings: ['system / JSArrayBufferData', 'Float32Array', '(GC roots)'],
      // type, name, id, self_size, edge_count
      nodes: [0, 0, 1, 5000, 0, 1, 1, 2, 64, 0, 2, 2, 3, 0, 0],
    }
    const summary = summariseSnapshot(snapshot, 2)
    expect(summary.totalBytes).toBe(5064)
    expect(summary.jsHeapBytes).toBe(64)
    expect(summary.top).toEqual([
      { name: 'system / JSArrayBufferData', count: 1, selfBytes: 5000, outsideJsHeap: true },
      { name: 'Float32Array', count: 1, selfBytes: 64 },
    ])
  })
})
