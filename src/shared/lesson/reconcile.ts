import type { Lesson, Scene } from './schema'

/** What the open dataset knows, for checking the names a lesson uses. */
export interface DatasetNames {
  regionCodes: ReadonlySet<string>
  serviceIds: ReadonlySet<string>
}

/**
 * A lesson may name a region or a service the dataset does not hold (made
 * with a newer dataset, or edited by hand). The rest of the scene is still
 * worth showing: the unknown name is left out, and the teacher is told.
 */
export function reconcileWithDataset(lesson: Lesson, names: DatasetNames): { lesson: Lesson; warnings: string[] } {
  const warnings: string[] = []
  const scenes = lesson.scenes.map((scene): Scene => {
    const unknownRegions = new Set<string>()
    const knownRegion = (code: string): boolean => {
      if (names.regionCodes.has(code)) return true
      unknownRegions.add(code)
      return false
    }
    const selectedCode = scene.selectedCode !== null && knownRegion(scene.selectedCode) ? scene.selectedCode : null
    const compareCodes = scene.compareCodes.filter(knownRegion)
    // A drill lives in one region: without that region there is nothing to drill.
    const drill = scene.drill !== null && knownRegion(scene.drill.region) ? scene.drill : null
    const unknownServices = scene.requiredServices.filter((id) => !names.serviceIds.has(id))
    if (unknownRegions.size > 0) {
      warnings.push(`Scene “${scene.title}”: ${listed('region', [...unknownRegions])} not in this version's data; left out.`)
    }
    if (unknownServices.length > 0) {
      warnings.push(`Scene “${scene.title}”: ${listed('service', unknownServices)} not in this version's data; left out.`)
    }
    if (unknownRegions.size === 0 && unknownServices.length === 0) return scene
    return {
      ...scene,
      selectedCode,
      compareCodes,
      drill,
      requiredServices: scene.requiredServices.filter((id) => names.serviceIds.has(id)),
    }
  })
  return { lesson: { ...lesson, scenes }, warnings }
}

function listed(noun: string, names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`).join(', ')
  return names.length === 1 ? `${noun} ${quoted} is` : `${noun}s ${quoted} are`
}
