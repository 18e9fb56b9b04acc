import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { openDatasetFile } from '../../../../src/renderer/dataset/datasetActions'
import { DatasetNotice } from '../../../../src/renderer/dataset/DatasetNotice'
import { useDatasetStore } from '../../../../src/renderer/dataset/datasetStore'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { fakeApi } from '../../fixtures/renderer/fakeApi'

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

describe('DatasetNotice', () => {
  it('shows nothing until the dataset changes or fails to', () => {
    render(<DatasetNotice />)
    expect(screen.queryByTestId('dataset-notice')).toBeNull()
  })

  it('gives the opened file’s as-of date, its layer dates and its sources', async () => {
    const dataset = makeDataset()
    dataset.regions = dataset.regions.slice(0, 4)
    const api = fakeApi({
      openDataset: () => Promise.resolve({ status: 'opened', name: 'class.json', text: JSON.stringify(dataset), remembered: true }),
    })
    render(<DatasetNotice />)
    await act(() => openDatasetFile(api))
    const notice = screen.getByTestId('dataset-notice')
    expect(notice.getAttribute('role')).toBe('status')
    expect(notice.textContent).toContain('Now showing class.json: data as of 2026-11-27, 4 regions.')
    expect(notice.textContent).toContain('Newest data 2026-11-27')
    expect(screen.getByTestId('dataset-notice-sources').textContent).toBe(
      '4 sources: AWS SDK for JavaScript v3 partitions; InfraGlobe curated region table; AWS Availability Zones documentation; ' +
        'cloudping.co inter-region latency (all listed in About).',
    )
    fireEvent.click(within(notice).getByRole('button', { name: 'Close' }))
    expect(screen.queryByTestId('dataset-notice')).toBeNull()
  })

  it('lists the first problems as file, path and reason, as an alert', () => {
    render(<DatasetNotice />)
    act(() =>
      useDatasetStore.setState({
        notice: {
          kind: 'failed',
          message: 'broken.json is not a dataset InfraGlobe can use; the current dataset stays.',
          problems: [
            { file: 'broken.json', path: 'regions[0].lat', reason: 'Too big: expected number to be <=90' },
            { file: 'broken.json', path: 'schemaVersion', reason: 'expected 2' },
          ],
        },
      }),
    )
    const notice = screen.getByTestId('dataset-notice')
    expect(notice.getAttribute('role')).toBe('alert')
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'broken.json, regions[0].lat: Too big: expected number to be <=90',
      'broken.json, schemaVersion: expected 2',
    ])
  })

  it('shows why a remembered file was not used at start', () => {
    render(<DatasetNotice />)
    act(() => useDatasetStore.setState({ notice: { kind: 'fallback', message: 'my.json no longer validates, so the built-in dataset is used.' } }))
    expect(screen.getByRole('alert').textContent).toContain('my.json no longer validates, so the built-in dataset is used.')
  })
})
