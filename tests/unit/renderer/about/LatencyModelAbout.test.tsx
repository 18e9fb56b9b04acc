import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { AboutDialog } from '../../../../src/renderer/about/AboutDialog'
import { LatencyModelAbout } from '../../../../src/renderer/about/LatencyModelAbout'
import { latencyModel } from '../../../../src/renderer/state/latencyModel'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { LatencyModelFile } from '../../../../src/shared/latency'
import { makeDataset } from '../../fixtures/renderer/dataset'

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

describe('the latency model in About', () => {
  it('gives the figures of every evaluation set, the headline set first', () => {
    render(<LatencyModelAbout />)
    const section = screen.getByTestId('about-latency-model')
    const tables = within(section).getAllByRole('table')
    const rows = within(tables[0]!).getAllByRole('row').slice(1)
    const { headline, sets } = latencyModel.evaluation
    expect(rows).toHaveLength(sets.length)
    expect(rows[0]?.dataset.evaluationId).toBe(headline)
    expect(rows[0]?.textContent).toContain('(quoted in the panel)')
    for (const set of sets) {
      const row = rows.find((r) => r.dataset.evaluationId === set.id)!
      const cells = within(row).getAllByRole('cell').map((td) => td.textContent)
      expect(cells).toEqual([
        String(set.model.n),
        `${set.model.medianAbsPctError.toFixed(1)}\u00a0%`,
        `${set.model.p90AbsPctError.toFixed(1)}\u00a0%`,
        `${set.model.bandCoveragePct.toFixed(1)}\u00a0%`,
      ])
    }
  })

  it('lists each source of the model with its licence, and credits RIPE NCC and Microsoft', () => {
    render(<LatencyModelAbout />)
    const section = screen.getByTestId('about-latency-model')
    const sourceRows = within(within(section).getAllByRole('table')[1]!).getAllByRole('row').slice(1)
    expect(sourceRows.map((r) => r.dataset.sourceId)).toEqual(latencyModel.sources.map((s) => s.id))
    latencyModel.sources.forEach((source, i) => {
      expect(sourceRows[i]?.textContent).toContain(source.licence)
    })
    expect(section.textContent).toContain('Credits: RIPE NCC / RIPE Atlas')
    expect(section.textContent).toContain('Microsoft, for the Azure network round-trip latency statistics')
  })

  it('credits only the sources the model has', () => {
    const withoutAzure: LatencyModelFile = {
      ...latencyModel,
      sources: latencyModel.sources.filter((s) => !s.id.startsWith('azure-')),
    }
    render(<LatencyModelAbout model={withoutAzure} />)
    expect(screen.getByTestId('about-latency-model').textContent).not.toContain('Microsoft')
  })

  it('is part of the About box, with the source of the city search', () => {
    const dataset = makeDataset()
    dataset.sources.push({
      id: 'geonames-cities',
      title: 'GeoNames cities',
      origin: 'https://www.geonames.org',
      licence: 'CC BY 4.0',
      asOf: '2024-12-07',
    })
    useAppStore.getState().setDataset(dataset)
    render(<AboutDialog appInfo={null} />)
    const dialog = screen.getByRole('dialog', { name: 'About InfraGlobe' })
    expect(within(dialog).getByTestId('about-latency-model')).toBeTruthy()
    expect(within(dialog).getByTestId('about-city-source').textContent).toContain(
      'The offline city search uses GeoNames cities (CC BY 4.0), as of 2024-12-07.',
    )
  })
})
