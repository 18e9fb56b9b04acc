import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { AzView } from '../../../../src/renderer/azs/AzView'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { DrillState } from '../../../../src/shared/drill'
import { makeDataset } from '../../fixtures/renderer/dataset'

function renderView(drill: DrillState | null) {
  useAppStore.getState().setDataset(makeDataset())
  useAppStore.getState().setDrill(drill)
  return render(<AzView />)
}

const clusterKeys = () => screen.queryAllByTestId('az-cluster').map((g) => g.getAttribute('data-az'))
const outcome = (pattern: string) => screen.getByTestId('drill-outcomes').querySelector(`[data-pattern="${pattern}"]`)!

describe('AzView', () => {
  it('is closed while no drill is open', () => {
    renderView(null)
    expect(screen.queryByTestId('az-view')).toBeNull()
  })

  it('draws us-east-1’s six AZs by their IDs, says it is schematic and gives AWS’s wording with its source', () => {
    renderView({ region: 'us-east-1', placements: [], failedAzIds: [] })
    const view = screen.getByTestId('az-view')
    expect(clusterKeys()).toEqual(['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6'])
    for (let n = 1; n <= 6; n++) expect(view.textContent).toContain(`use1-az${n}`)
    expect(view.textContent).toContain('schematic: AWS publishes no sites')
    expect(view.textContent).toContain('redundant power, networking and connectivity')
    expect(view.textContent).toContain('single-digit milliseconds')
    expect(view.textContent).toMatch(/Source: .*https:\/\/docs\.aws\.amazon\.com\//)
  })

  it('fails use1-az4 on a click: (a) there is down, (b) across two other AZs keeps serving; Enter restores it', () => {
    renderView({
      region: 'us-east-1',
      placements: [
        { pattern: 'single-instance', az: 'use1-az4' },
        { pattern: 'load-balanced', azs: ['use1-az2', 'use1-az4'] },
      ],
      failedAzIds: [],
    })
    expect(outcome('single-instance').getAttribute('data-serving')).toBe('true')
    const az4 = screen.getAllByTestId('az-cluster').find((g) => g.getAttribute('data-az') === 'use1-az4')!
    act(() => fireEvent.click(az4))
    expect(useAppStore.getState().drill?.failedAzIds).toEqual(['use1-az4'])
    expect(outcome('single-instance').getAttribute('data-serving')).toBe('false')
    expect(outcome('single-instance').textContent).toMatch(/DOWN.*use1-az4/)
    expect(outcome('load-balanced').getAttribute('data-serving')).toBe('true')
    expect(outcome('load-balanced').textContent).toMatch(/SERVING.*use1-az2/)

    const again = screen.getAllByTestId('az-cluster').find((g) => g.getAttribute('data-az') === 'use1-az4')!
    act(() => fireEvent.keyDown(again, { key: 'Enter' }))
    expect(useAppStore.getState().drill?.failedAzIds).toEqual([])
  })

  it('says so when every AZ has failed', () => {
    const ids = ['use1-az1', 'use1-az2', 'use1-az3', 'use1-az4', 'use1-az5', 'use1-az6']
    renderView({ region: 'us-east-1', placements: [{ pattern: 'regional-service', service: 's3' }], failedAzIds: ids })
    expect(outcome('regional-service').getAttribute('data-serving')).toBe('false')
    expect(screen.getByRole('status').textContent).toMatch(/every AZ|all/i)
  })

  it('numbers the AZs where AWS publishes no IDs, and draws none where the count is unknown', () => {
    renderView({ region: 'me-west-1', placements: [], failedAzIds: [] })
    expect(screen.getByTestId('az-view').textContent).toContain('IDs not published')
    expect(clusterKeys()[0]).toBe('az-1')
    expect(within(screen.getByTestId('az-view')).getAllByText(/^AZ 1$/).length).toBeGreaterThan(0)

    act(() => useAppStore.getState().setDrill({ region: 'cn-north-1', placements: [], failedAzIds: [] }))
    expect(clusterKeys()).toEqual([])
    expect(screen.getByTestId('az-view-unknown').textContent).toContain('unknown or disputed')
  })

  it('closes with its close button', () => {
    renderView({ region: 'us-east-1', placements: [], failedAzIds: [] })
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Close the AZ view' })))
    expect(useAppStore.getState().drill).toBeNull()
    expect(screen.queryByTestId('az-view')).toBeNull()
  })
})
