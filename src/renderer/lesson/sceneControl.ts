/**
 * What the export needs from the lesson (stub of the contract: the lesson
 * module replaces the bodies). `showScene` applies a scene without animation
 * and resolves once a frame of it has been rendered.
 */
export interface SceneSummary {
  id: string
  title: string
}

export function listScenes(): SceneSummary[] {
  return []
}

export function showScene(_index: number, _options: { instant: true }): Promise<void> {
  return Promise.resolve()
}
