import { act, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { RegionFacts } from '../../../../src/renderer/panel/RegionFacts'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeDataset } from '../../fixtures/renderer/dataset'
import { makeStatusDataset } from '../../fixtures/renderer/status'

function fact(term: string): string {
  const dt = within(screen.getByTestId('region-facts')).getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.textContent ?? ''
}

/** The line under the name: code, city, country and country code. */
function place(): string {
  return screen.getByTestId('region-facts').querySelector('.region-facts__where')?.textContent ?? ''
}

beforeEach(() => {
  useAppStore.getState().setDataset(makeDataset())
})

describe('RegionFacts', () => {
  it('asks for a selection when nothing is selected', () => {
    render(<RegionFacts />)
    expect(screen.getByTestId('region-facts').textContent).toBe('Select a region on the globe or in the table')
  })

  it('shows every fact of the selected region, with its AZ IDs and the source line', () => {
    useAppStore.getState().select('eu-central-1')
    render(<RegionFacts />)
    const facts = screen.getByTestId('region-facts')
    expect(within(facts).getByRole('heading', { name: 'Europe (Frankfurt)' })).toBeTruthy()
    expect(place()).toBe('eu-central-1 · Frankfurt, Germany (DE)')
    expect(fact('Partition')).toBe('aws — standard')
    expect(fact('Launched')).toBe('2014')
    expect(fact('Status')).toBe('available')
    expect(fact('Opt-in')).toBe('enabled by default')
    expect(fact('Availability Zones')).toBe('3')
    expect(fact('AZ IDs')).toBe('euc1-az1, euc1-az2, euc1-az3')
    expect(fact('Location')).toBe('city level; AWS does not publish data-centre sites')
    expect(within(facts).getByText(/^Source:/).textContent).toBe(
      'Source: AWS SDK for JavaScript v3 partitions; InfraGlobe curated region table; AWS Availability Zones documentation' +
        ' · as of 2026-11-21, 2026-11-27, 2025-11',
    )
  })

  it('says "unknown" for a missing launch year and missing AZ IDs, and shows the notes', () => {
    useAppStore.getState().select('me-west-1')
    render(<RegionFacts />)
    expect(fact('Launched')).toBe('unknown')
    expect(fact('AZ IDs')).toBe('unknown')
    expect(fact('Status')).toBe('announced')
    expect(fact('Opt-in')).toBe('opt-in required')
    expect(fact('Location')).toBe(
      'country level only (a placeholder point); drawn as approximate, with a dotted ring; AWS does not publish data-centre sites',
    )
    expect(screen.getByText('Listed by the AWS SDK; its launch is not confirmed.')).toBeTruthy()
    expect(screen.getByText(/^Source:/).textContent).toBe(
      'Source: AWS SDK for JavaScript v3 partitions; InfraGlobe curated region table · as of 2026-11-21, 2026-11-27',
    )
  })

  it('explains a separate partition and an unknown AZ count in plain words', () => {
    useAppStore.getState().select('cn-north-1')
    render(<RegionFacts />)
    expect(fact('Partition')).toBe('aws-cn — China, operated separately')
    expect(fact('Availability Zones')).toBe('unknown')
  })

  it('follows the selection', () => {
    useAppStore.getState().select('eu-central-1')
    render(<RegionFacts />)
    act(() => useAppStore.getState().select('sa-east-1'))
    expect(place()).toBe('sa-east-1 · São Paulo, Brazil (BR)')
    act(() => useAppStore.getState().select(null))
    expect(screen.getByText('Select a region on the globe or in the table')).toBeTruthy()
  })
})

describe('RegionFacts with dated status and placement', () => {
  beforeEach(() => {
    useAppStore.getState().setDataset(makeStatusDataset())
  })

  it('gives a degraded region a dated line naming its source', () => {
    useAppStore.getState().select('sa-east-1')
    render(<RegionFacts />)
    expect(fact('Status')).toBe('available, outage reported1 of 3 AZs reported out of service since 2026-03-01 — Status report')
    expect(screen.getByTestId('status-line').textContent).toBe('1 of 3 AZs reported out of service since 2026-03-01 — Status report')
  })

  it('says "reported" and that a single low-confidence report is all there is', () => {
    useAppStore.getState().select('mx-central-1')
    render(<RegionFacts />)
    const line = screen.getByTestId('status-line')
    expect(line.textContent).toBe(
      'Region reported out of service since 2026-03-02 (a single low-confidence report) — Status report',
    )
    expect(line.dataset.confidence).toBe('low')
    expect(fact('Status')).toMatch(/^reported out of service/)
  })

  it('dates an announcement from its event', () => {
    useAppStore.getState().select('me-west-1')
    render(<RegionFacts />)
    expect(screen.getByTestId('status-line').textContent).toBe('Announced, not open yet (first announced 2024-03-04) — Status report')
  })

  it('says no more than the status word for an open region with nothing reported', () => {
    useAppStore.getState().select('eu-central-1')
    render(<RegionFacts />)
    expect(fact('Status')).toBe('available')
    expect(screen.queryByTestId('status-line')).toBeNull()
  })

  it('says a placeholder point is drawn off another region’s marker, and how far', () => {
    useAppStore.getState().select('us-gov-east-1')
    render(<RegionFacts />)
    expect(fact('Location')).toBe(
      "approximate (a placeholder point); drawn 80 km away, off us-east-1's marker, with a dotted ring; AWS does not publish data-centre sites",
    )
  })
})
