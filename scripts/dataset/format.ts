/** Longest single line an object or array of objects may take before it is broken up. */
const MAX_INLINE = 1000

/**
 * JSON that is small and reviewable: every record (a region, a source, a
 * price row, a latency row, one region's service list) sits on one line, and
 * only the structure around records is indented. A change to one record is a
 * one-line diff. Arrays of plain values always stay on one line.
 */
export function formatJson(value: unknown): string {
  return `${format(value, '')}\n`
}

function format(value: unknown, indent: string): string {
  const compact = JSON.stringify(value)
  if (compact === undefined) throw new Error('formatJson: value has no JSON form')
  if (value === null || typeof value !== 'object') return compact
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return compact
  if (compact.length <= MAX_INLINE) return compact

  const inner = `${indent} `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`
}
