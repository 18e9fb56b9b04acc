import { beforeEach, describe, expect, it } from 'vitest'
import { openDatasetFile, recordLoadedDataset, returnToBuiltinDataset, switchDataset } from '../../../../src/renderer/dataset/datasetActions'
import { useDatasetStore } from '../../../../src/renderer/dataset/datasetStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import { fixtureFile, makeDataset } from '../../fixtures/renderer/dataset'
import { fakeApi } from '../../fixtures/renderer/fakeApi'
import { makeStatusDataset } from '../../fixtures/renderer/status'

const store = () => useAppStore.getState()

/** The realistic dataset without its São Paulo region, as a teacher's edited file. */
function editedText(): string {
  const dataset = makeDataset()
  dataset.regions = dataset.regions.filter((r) => r.code !== 'sa-east-1')
  return JSON.stringify(dataset)
}

beforeEach(() => {
  store().setDataset(makeDataset())
  recordLoadedDataset({ file: fixtureFile, origin: 'builtin' })
})

describe('opening a dataset file', () => {
  it('switches to a valid file, says so, and lets go of what the new dataset lacks', async () => {
    store().select('sa-east-1')
    store().setCompareCodes(['sa-east-1', 'eu-central-1'])
    const api = fakeApi({ openDataset: () => Promise.resolve({ status: 'opened', name: 'edited.json', text: editedText(), remembered: true }) })
    await openDatasetFile(api)
    expect(store().dataset?.regions).toHaveLength(5)
    expect(store().selectedCode).toBeNull()
    expect(store().compareCodes).toEqual(['eu-central-1'])
    expect(useDatasetStore.getState().current).toEqual({ origin: 'file', file: 'edited.json' })
    expect(useDatasetStore.getState().notice).toEqual({ kind: 'opened', file: 'edited.json' })
    expect(useDatasetStore.getState().busy).toBe(false)
  })

  it('keeps the current dataset and lists the problems when the platform refuses the file', async () => {
    const before = store().dataset
    const problems = [{ file: 'huge.json', path: '(root)', reason: 'the file is 60.0 MB; a dataset must be smaller than 50.0 MB, so it was not read' }]
    const api = fakeApi({ openDataset: () => Promise.resolve({ status: 'failed', message: 'huge.json cannot be used; the current dataset stays.', problems }) })
    await openDatasetFile(api)
    expect(store().dataset).toBe(before)
    expect(useDatasetStore.getState().notice).toEqual({ kind: 'failed', message: 'huge.json cannot be used; the current dataset stays.', problems })
    expect(useDatasetStore.getState().current?.origin).toBe('builtin')
  })

  it('checks the text again with the shared validation, and refuses it with its path and reason', async () => {
    const before = store().dataset
    const broken = makeDataset()
    ;(broken.regions[0] as { lat: number }).lat = 123
    const api = fakeApi({ openDataset: () => Promise.resolve({ status: 'opened', name: 'broken.json', text: JSON.stringify(broken), remembered: false }) })
    await openDatasetFile(api)
    expect(store().dataset).toBe(before)
    const notice = useDatasetStore.getState().notice
    expect(notice?.kind).toBe('failed')
    if (notice?.kind !== 'failed') throw new Error('expected a failure')
    expect(notice.message).toBe('broken.json is not a dataset InfraGlobe can use; the current dataset stays.')
    expect(notice.problems[0]).toMatchObject({ file: 'broken.json', path: 'regions[0].lat' })
  })

  it('does nothing when the picker is cancelled', async () => {
    const before = store().dataset
    await openDatasetFile(fakeApi())
    expect(store().dataset).toBe(before)
    expect(useDatasetStore.getState().notice).toBeNull()
  })

  it('goes back to the built-in dataset', async () => {
    switchDataset(makeStatusDataset())
    useDatasetStore.setState({ current: { origin: 'file', file: 'edited.json' } })
    const api = fakeApi()
    await returnToBuiltinDataset(api)
    expect(api.useBuiltinDataset).toHaveBeenCalledOnce()
    expect(store().dataset?.regions).toHaveLength(6)
    expect(useDatasetStore.getState().current).toEqual({ origin: 'builtin', file: fixtureFile })
    expect(useDatasetStore.getState().notice).toEqual({ kind: 'builtin' })
  })

  it('records the notice of a remembered file that no longer validates', () => {
    recordLoadedDataset({ file: fixtureFile, origin: 'builtin', notice: 'my.json no longer validates, so the built-in dataset is used: …' })
    expect(useDatasetStore.getState().notice).toEqual({ kind: 'fallback', message: 'my.json no longer validates, so the built-in dataset is used: …' })
  })
})
