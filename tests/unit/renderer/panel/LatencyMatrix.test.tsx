import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { LatencyMatrix } from '../../../../src/renderer/panel/LatencyMatrix'
import { matrixBandFor, shortRegionCode } from '../../../../src/renderer/panel/matrixBands'
import { useAppStore } from '../../../../src/renderer/state/store'
import { checkDataset } from '../../../../src/shared/dataset/validate'
import { makeDataset } from '../../fixtures/renderer/dataset'

/** Three measured regions with a value in every band, a band edge (180) and a gap. */
function matrixDataset() {
  const dataset = makeDataset()
  dataset.latency.regions = ['eu-central-1', 'us-east-1', 'sa-east-1']
  dataset.latency.rttMs = [
    [2.5, 92.4, 205.3],
    [91.8, 1.9, 115],
    [180, 118.2, null],
  ]
  const check = checkDataset(dataset)
  if (!check.ok) throw new Error(check.problems.join('\n'))
  return dataset
}

beforeEach(() => {
  useAppStore.getState().setDataset(matrixDataset())
})

const rows = () => within(screen.getByTestId('latency-matrix')).getAllByRole('row').slice(1)

describe('LatencyMatrix', () => {
  it('has a column and a row per measured region, headed by short codes naming the full ones', () => {
    render(<LatencyMatrix />)
    const table = screen.getByTestId('latency-matrix')
    const columns = within(table).getAllByRole('columnheader').slice(1)
    expect(columns.map((th) => th.textContent)).toEqual([
      'euc1eu-central-1',
      'use1us-east-1',
      'sae1sa-east-1',
    ])
    expect(rows().map((tr) => tr.dataset.code)).toEqual(['eu-central-1', 'us-east-1', 'sa-east-1'])
    expect(within(table).getByRole('rowheader', { name: 'sa-east-1' })).toBeTruthy()
  })

  it('shows each round trip from row to column, coloured by band, and marks the unmeasured pair', () => {
    render(<LatencyMatrix />)
    const cells = rows().map((tr) => within(tr).getAllByRole('cell'))
    expect(cells.map((row) => row.map((td) => td.textContent))).toEqual([
      ['3', '92', '205'],
      ['92', '2', '115'],
      ['180', '118', '–'],
    ])
    expect(cells.map((row) => row.map((td) => td.dataset.band ?? null))).toEqual([
      ['fast', 'fast', 'slow'],
      ['fast', 'fast', 'medium'],
      ['medium', 'medium', null],
    ])
    expect(cells[0]?.[2]?.title).toBe('eu-central-1 → sa-east-1: 205 ms')
    expect(cells[2]?.[2]?.title).toBe('sa-east-1 → sa-east-1: not measured')
  })

  it('has a legend of the three bands', () => {
    render(<LatencyMatrix />)
    const legend = screen.getByRole('list', { name: 'Heat-map bands' })
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '< 100 ms',
      '100–180 ms',
      '> 180 ms',
      'Rows: from · columns: to · in ms',
    ])
  })

  it('names the measurement, its window and its source with the licence', () => {
    render(<LatencyMatrix />)
    expect(screen.getByText(/^Measured P50 round trip,/, { selector: 'p' }).textContent).toBe(
      'Measured P50 round trip, 2024-06–2025-05, source cloudping.co inter-region latency (no licence stated (measurements))',
    )
  })

  it('lists the regions the measurements leave out', () => {
    render(<LatencyMatrix />)
    expect(screen.getByText(/^Not in the measurements/).textContent).toBe(
      'Not in the measurements: mx-central-1, me-west-1, cn-north-1.',
    )
  })

  it('highlights the hovered row on the globe, and selects a region from its row header', () => {
    render(<LatencyMatrix />)
    const row = rows()[1]!
    fireEvent.mouseEnter(row)
    expect(useAppStore.getState().hoveredCode).toBe('us-east-1')
    fireEvent.mouseLeave(row)
    expect(useAppStore.getState().hoveredCode).toBeNull()

    fireEvent.click(within(row).getByRole('button', { name: 'us-east-1' }))
    expect(useAppStore.getState().selectedCode).toBe('us-east-1')
    expect(useAppStore.getState().flyTo?.code).toBe('us-east-1')
    expect(rows()[1]?.className).toBe('is-selected')
  })
})

describe('matrixBandFor', () => {
  it('puts 100 and 180 ms in the middle band, as "100–180" says', () => {
    expect([99.9, 100, 180, 180.1].map((ms) => matrixBandFor(ms).id)).toEqual(['fast', 'medium', 'medium', 'slow'])
  })
})

describe('shortRegionCode', () => {
  it('shortens region codes as AWS does in AZ IDs', () => {
    expect(
      ['eu-central-1', 'us-east-1', 'ap-southeast-2', 'ap-northeast-3', 'us-gov-west-1', 'il-central-1', 'ca-west-1'].map(
        shortRegionCode,
      ),
    ).toEqual(['euc1', 'use1', 'apse2', 'apne3', 'usgw1', 'ilc1', 'caw1'])
  })
})
