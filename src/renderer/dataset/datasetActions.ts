import type { InfraGlobeApi } from '../../shared/api'
import type { Dataset } from '../../shared/dataset/schema'
import type { DatasetLoadResult } from '../../shared/ipc/contract'
import { useAppStore } from '../state/store'
import { useDatasetStore } from './datasetStore'

/**
 * Puts a new dataset in the store and drops what no longer refers to one of
 * its regions or services (the selection, the comparison, the required
 * services), so nothing points at a region the dataset does not have.
 */
export function switchDataset(dataset: Dataset): void {
  const state = useAppStore.getState()
  const codes = new Set(dataset.regions.map((r) => r.code))
  const services = new Set(dataset.services.catalogue.map((s) => s.id))
  state.setDataset(dataset)
  if (state.selectedCode && !codes.has(state.selectedCode)) state.select(null)
  if (state.hoveredCode && !codes.has(state.hoveredCode)) state.hover(null)
  const compared = state.compareCodes.filter((c) => codes.has(c))
  if (compared.length !== state.compareCodes.length) state.setCompareCodes(compared)
  const required = state.requiredServices.filter((id) => services.has(id))
  if (required.length !== state.requiredServices.length) state.setRequiredServices(required)
}

/** Records the dataset loaded at start: where it came from, and the platform's notice if it fell back to the built-in one. */
export function recordLoadedDataset(result: Pick<DatasetLoadResult, 'file' | 'origin' | 'notice'>): void {
  useDatasetStore.setState({
    current: { origin: result.origin ?? 'builtin', file: result.file },
    notice: result.notice ? { kind: 'fallback', message: result.notice } : null,
  })
}

/**
 * File → Open Dataset… (desktop) or the file picker (web): the platform
 * refuses a file too large by its size and validates the rest; the renderer
 * parses the text with the same check and switches to it. On a failure the
 * first problems are listed and the current dataset stays.
 */
export async function openDatasetFile(api: InfraGlobeApi): Promise<void> {
  if (useDatasetStore.getState().busy) return
  useDatasetStore.setState({ busy: true })
  try {
    const outcome = await api.openDataset()
    if (outcome.status === 'cancelled') return
    if (outcome.status === 'failed') {
      useDatasetStore.setState({ notice: { kind: 'failed', message: outcome.message, problems: outcome.problems } })
      return
    }
    // The validator is fetched with the first file opened, not with the app.
    const { checkDatasetText } = await import('../../shared/dataset/openDataset')
    const check = checkDatasetText(outcome.name, outcome.text)
    if (!check.ok) {
      useDatasetStore.setState({
        notice: {
          kind: 'failed',
          message: `${outcome.name} is not a dataset InfraGlobe can use; the current dataset stays.`,
          problems: check.problems,
        },
      })
      return
    }
    switchDataset(check.dataset)
    useDatasetStore.setState({ current: { origin: 'file', file: outcome.name }, notice: { kind: 'opened', file: outcome.name } })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    useDatasetStore.setState({
      notice: { kind: 'failed', message: 'The dataset could not be opened; the current dataset stays.', problems: [{ file: 'the dataset', path: '(root)', reason }] },
    })
  } finally {
    useDatasetStore.setState({ busy: false })
  }
}

/** The way back: forgets the opened file and shows the bundled dataset again. */
export async function returnToBuiltinDataset(api: InfraGlobeApi): Promise<void> {
  if (useDatasetStore.getState().busy) return
  useDatasetStore.setState({ busy: true })
  try {
    const result = await api.useBuiltinDataset()
    if (!result.ok) {
      useDatasetStore.setState({
        notice: {
          kind: 'failed',
          message: 'The built-in dataset could not be loaded; the current dataset stays.',
          problems: result.problems.map((reason) => ({ file: result.file, path: '(root)', reason })),
        },
      })
      return
    }
    switchDataset(result.dataset)
    useDatasetStore.setState({ current: { origin: 'builtin', file: result.file }, notice: { kind: 'builtin' } })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    useDatasetStore.setState({
      notice: { kind: 'failed', message: 'The built-in dataset could not be loaded; the current dataset stays.', problems: [{ file: 'the dataset', path: '(root)', reason }] },
    })
  } finally {
    useDatasetStore.setState({ busy: false })
  }
}
