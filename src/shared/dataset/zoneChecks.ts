import type { Dataset } from './schema'
import { zoneKey } from '../zones/key'

type Need = (path: string, id: string) => void

function refsProblems(path: string, refs: readonly number[], references: readonly string[]): string[] {
  return refs
    .map((ref, j) => (ref < references.length ? null : `${path}.refs[${j}]: reference ${ref} is not in the section's ${references.length} references`))
    .filter((p): p is string => p !== null)
}

/**
 * Cross-references of the edge network, the zones and the AZ facts: ids and
 * zone names unique, every source and region resolves, a zone's name starts
 * with its parent region's code, AZ IDs belong to their region.
 */
export function edgeAndZoneProblems(d: Dataset, needSource: Need, needRegion: Need): string[] {
  const problems: string[] = []
  const regionAzIds = new Map(d.regions.map((r) => [r.code, new Set(r.azIds)]))

  const edges = d.edgeLocations
  edges.sources.forEach((s, j) => needSource(`edgeLocations.sources[${j}]`, s))
  const edgeIds = new Set<string>()
  edges.items.forEach((e, i) => {
    const path = `edgeLocations.items[${i}]`
    if (edgeIds.has(e.id)) problems.push(`${path}.id: duplicate location id "${e.id}"`)
    edgeIds.add(e.id)
    e.sources.forEach((s, j) => needSource(`${path}.sources[${j}]`, s))
    if (e.region !== null) needRegion(`${path}.region`, e.region)
    problems.push(...refsProblems(path, e.refs, edges.references))
  })
  edges.unplaced.forEach((u, i) => problems.push(...refsProblems(`edgeLocations.unplaced[${i}]`, u.refs, edges.references)))
  edges.figures.forEach((f, i) => problems.push(...refsProblems(`edgeLocations.figures[${i}]`, f.refs, edges.references)))

  for (const section of ['localZones', 'wavelengthZones'] as const) {
    const { sources, zones, references } = d[section]
    sources.forEach((s, j) => needSource(`${section}.sources[${j}]`, s))
    const keys = new Set<string>()
    zones.forEach((zone, i) => {
      const path = `${section}.zones[${i}]`
      const key = zoneKey(zone)
      if (keys.has(key)) problems.push(`${path}: duplicate zone "${key}"`)
      keys.add(key)
      needRegion(`${path}.parentRegion`, zone.parentRegion)
      const names = { name: zone.name, group: 'group' in zone ? zone.group : null }
      for (const [field, value] of Object.entries(names)) {
        if (value !== null && !value.startsWith(`${zone.parentRegion}-`)) {
          problems.push(`${path}.${field}: "${value}" does not start with its parent region "${zone.parentRegion}"`)
        }
      }
      if ('parentZoneId' in zone && zone.parentZoneId !== null) {
        const ids = regionAzIds.get(zone.parentRegion)
        if (ids && ids.size > 0 && !ids.has(zone.parentZoneId)) {
          problems.push(`${path}.parentZoneId: "${zone.parentZoneId}" is not an AZ ID of ${zone.parentRegion}`)
        }
      }
      zone.sources.forEach((s, j) => needSource(`${path}.sources[${j}]`, s))
      problems.push(...refsProblems(path, zone.refs, references))
    })
  }

  const azs = d.availabilityZones
  azs.sources.forEach((s, j) => needSource(`availabilityZones.sources[${j}]`, s))
  for (const [name, statement] of Object.entries(azs.statements)) needSource(`availabilityZones.statements.${name}.source`, statement.source)
  azs.measurements.forEach((m, i) => {
    const path = `availabilityZones.measurements[${i}]`
    needRegion(`${path}.region`, m.region)
    m.sources.forEach((s, j) => needSource(`${path}.sources[${j}]`, s))
    problems.push(...refsProblems(path, m.refs, azs.references))
    const ids = regionAzIds.get(m.region)
    if (m.labels === 'az-id' && ids && ids.size > 0) {
      for (const az of [m.a, m.b]) if (!ids.has(az)) problems.push(`${path}: "${az}" is not an AZ ID of ${m.region}`)
    }
  })
  return problems
}
