import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ChooserPanel } from '../../../../src/renderer/chooser/ChooserPanel'
import { useAppStore } from '../../../../src/renderer/state/store'
import { makeChooserDataset, MUNICH, SERVICES } from '../../fixtures/renderer/chooser'

const store = () => useAppStore.getState()
const rankedCodes = () => screen.queryAllByTestId('chooser-rank-item').map((li) => li.dataset.code)
const item = (code: string) => screen.getAllByTestId('chooser-rank-item').find((li) => li.dataset.code === code)!

function chooseCountry(name: string): void {
  fireEvent.click(screen.getByRole('radio', { name: 'In a country' }))
  const select = screen.getByRole('combobox', { name: 'Country' })
  const option = within(select).getByRole<HTMLOptionElement>('option', { name })
  fireEvent.change(select, { target: { value: option.value } })
}

function pickService(name: string | RegExp): void {
  fireEvent.click(within(screen.getByTestId('service-list')).getByRole('checkbox', { name }))
}

beforeEach(() => {
  store().setDataset(makeChooserDataset())
})

describe('ChooserPanel residency', () => {
  it('offers anywhere, the EU/EEA, the countries that have regions by name, and the partitions', () => {
    render(<ChooserPanel />)
    for (const name of ['Anywhere', 'In the EU/EEA', 'In a country', 'In a partition']) {
      expect(screen.getByRole('radio', { name })).toBeTruthy()
    }
    expect(screen.getByRole('radio', { name: 'Anywhere' })).toHaveProperty('checked', true)
    const countries = within(screen.getByRole('combobox', { name: 'Country' }))
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(countries).toEqual(['Brazil', 'China', 'Germany', 'Ireland', 'Mexico', 'Saudi Arabia', 'United States'])
    const partitions = within(screen.getByRole('combobox', { name: 'Partition' }))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value)
    expect(partitions.sort()).toEqual(['aws', 'aws-cn', 'aws-eusc'])
  })

  it('writes the constraint to the store and says how many regions satisfy it', () => {
    render(<ChooserPanel />)
    expect(screen.getByTestId('residency-count').textContent).toBe('No residency constraint: all 8 regions qualify.')
    chooseCountry('Germany')
    expect(store().residency).toEqual({ kind: 'country', countryCode: 'DE' })
    expect(screen.getByTestId('residency-count').textContent).toBe('2 regions of 8 keep the data in Germany.')
    fireEvent.click(screen.getByRole('radio', { name: 'In the EU/EEA' }))
    expect(store().residency).toEqual({ kind: 'eu-eea' })
    expect(screen.getByTestId('residency-count').textContent).toBe('3 regions of 8 keep the data in the EU/EEA.')
  })

  it('follows a constraint set elsewhere, such as a scene', () => {
    render(<ChooserPanel />)
    act(() => store().setResidency({ kind: 'partition', partition: 'aws-cn' }))
    expect(screen.getByRole('radio', { name: 'In a partition' })).toHaveProperty('checked', true)
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Partition' }).value).toBe('aws-cn')
  })

  it('ranks only the regions inside the constraint', () => {
    render(<ChooserPanel />)
    chooseCountry('Germany')
    expect(rankedCodes().sort()).toEqual(['eu-central-1', 'eusc-de-east-1'])
  })
})

describe('ChooserPanel service picker', () => {
  it('groups the catalogue by category, each service with the number of regions offering it', () => {
    render(<ChooserPanel />)
    const list = screen.getByTestId('service-list')
    const groups = within(list).getAllByRole('group')
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Compute (2)',
      'Storage (1)',
      'Database (1)',
      'Other (1)',
    ])
    const ec2 = within(list).getByRole('checkbox', { name: 'Amazon Elastic Compute Cloud (EC2)' })
    expect(ec2.closest('.services__item')?.textContent).toBe('Amazon Elastic Compute Cloud (EC2)6 regions')
    expect(ec2.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(ec2.getAttribute('aria-describedby')!)?.textContent).toBe('6 regions')
    const braket = within(list).getByRole('checkbox', { name: 'Amazon Braket' })
    expect(braket.closest('.services__item')?.textContent).toBe('Amazon Braket2 regions')
  })

  it('searches names and ids regardless of case and accents, every word counting', () => {
    render(<ChooserPanel />)
    const search = screen.getByRole('searchbox', { name: 'Search services' })
    const names = () => within(screen.getByTestId('service-list'))
        .queryAllByRole('checkbox')
        .map((c) => c.closest('.services__item')?.querySelector('.services__name')?.textContent)
    fireEvent.change(search, { target: { value: 'LÁMBDA' } })
    expect(names()).toEqual(['AWS Lambda'])
    fireEvent.change(search, { target: { value: 'storage simple' } })
    expect(names()).toEqual(['Amazon Simple Storage Service (S3)'])
    fireEvent.change(search, { target: { value: 'ec2' } })
    expect(names()).toEqual(['Amazon Elastic Compute Cloud (EC2)'])
    fireEvent.change(search, { target: { value: 'quantum ledger' } })
    expect(names()).toEqual([])
    expect(screen.getByTestId('service-list').textContent).toContain('No service matches “quantum ledger”.')
  })

  it('writes the chosen services to the store, shows them as removable chips and counts the regions offering all', () => {
    render(<ChooserPanel />)
    pickService(/AWS Lambda/)
    expect(store().requiredServices).toEqual([SERVICES.lambda])
    expect(screen.getByTestId('services-offering').textContent).toBe('4 regions offer it.')
    pickService(/Braket/)
    expect(store().requiredServices).toEqual([SERVICES.lambda, SERVICES.braket])
    expect(screen.getByTestId('services-offering').textContent).toBe('2 regions offer both.')
    const chips = within(screen.getByRole('list', { name: 'Chosen services' }))
    fireEvent.click(chips.getByRole('button', { name: 'Remove AWS Lambda' }))
    expect(store().requiredServices).toEqual([SERVICES.braket])
    expect(within(screen.getByTestId('service-list')).getByRole('checkbox', { name: /AWS Lambda/ })).toHaveProperty('checked', false)
  })

  it('says that regions without a service list are not confirmed, and dimmed', () => {
    render(<ChooserPanel />)
    pickService(/Elastic Compute/)
    const note = screen.getByText(/no service list/)
    expect(note.textContent).toBe(
      '2 regions have no service list (me-west-1, cn-north-1): not confirmed, so dimmed while services are required.',
    )
  })
})

describe('ChooserPanel ranking', () => {
  beforeEach(() => {
    store().setUserLocation(MUNICH)
  })

  it('ranks Germany’s regions offering a service, with scores, factor bars and the reasons line', () => {
    render(<ChooserPanel />)
    chooseCountry('Germany')
    pickService(/Elastic Compute/)
    expect(rankedCodes()).toEqual(['eu-central-1', 'eusc-de-east-1'])
    const first = item('eu-central-1')
    const reasons = within(first).getByTestId('chooser-reasons').textContent
    expect(reasons).toMatch(
      /^eu-central-1: in Germany ✓ · offers the required service ✓ · \d+ ms from you \(estimated\) · 17 % dearer than us-east-1$/,
    )
    expect(first.querySelector('.chooser__score')?.textContent).toBe(', score 100 out of 100')
    const bars = [...first.querySelectorAll<HTMLElement>('.factor')]
    expect(bars.map((b) => b.querySelector('.factor__label')?.textContent)).toEqual(['Proximity', 'Price'])
    expect(bars.map((b) => b.querySelector<HTMLElement>('.factor__fill')?.style.width)).toEqual(['100%', '100%'])
    const sovereign = item('eusc-de-east-1')
    expect(within(sovereign).getByTestId('chooser-reasons').textContent).toMatch(/price unknown$/)
    expect(sovereign.querySelectorAll('.factor__value')[1]?.textContent).toBe('unknown, counts as 50')
  })

  it('marks the top three, best first', () => {
    render(<ChooserPanel />)
    const codes = rankedCodes()
    expect(codes).toHaveLength(7)
    const marked = screen.getAllByTestId('chooser-rank-item').filter((li) => li.dataset.top === 'true')
    expect(marked.map((li) => li.dataset.code)).toEqual(codes.slice(0, 3))
    expect(within(marked[0]!).getByText('top 1')).toBeTruthy()
  })

  it('reorders with the slider: all proximity puts the nearest first, all price the cheapest', () => {
    render(<ChooserPanel />)
    const slider = screen.getByRole('slider', { name: 'Proximity against price' })
    fireEvent.change(slider, { target: { value: '0' } })
    expect(store().chooserWeights).toEqual({ proximity: 1, price: 0 })
    expect(screen.getByTestId('chooser-weights').textContent).toBe('100 % proximity, 0 % price')
    expect(rankedCodes()[0]).toBe('eu-central-1')
    fireEvent.change(slider, { target: { value: '100' } })
    expect(store().chooserWeights).toEqual({ proximity: 0, price: 1 })
    expect(rankedCodes()[0]).toBe('us-east-1')
  })

  it('selects a ranked region and flies to it on click', () => {
    render(<ChooserPanel />)
    fireEvent.click(within(item('sa-east-1')).getByRole('button'))
    expect(store().selectedCode).toBe('sa-east-1')
    expect(store().flyTo?.code).toBe('sa-east-1')
    expect(within(item('sa-east-1')).getByRole('button').getAttribute('aria-current')).toBe('true')
  })

  it('sends the top three to the comparison and opens it', () => {
    render(<ChooserPanel />)
    const top = rankedCodes().slice(0, 3)
    fireEvent.click(screen.getByRole('button', { name: 'Compare the top three' }))
    expect(store().compareCodes).toEqual(top)
    expect(store().panelTab).toBe('compare')
  })

  it('lists the excluded regions, collapsed, grouped by their reason', () => {
    render(<ChooserPanel />)
    chooseCountry('Germany')
    pickService(/Relational Database/)
    const excluded = screen.getByTestId('chooser-excluded')
    expect(excluded.tagName).toBe('DETAILS')
    expect(excluded).toHaveProperty('open', false)
    expect(excluded.querySelector('summary')?.textContent).toBe('Excluded: 7 regions')
    const lines = [...excluded.querySelectorAll('li')].map((li) => li.textContent)
    expect(lines).toEqual([
      'outside the residency constraint (data must stay in Germany): sa-east-1, us-east-1, mx-central-1, cn-north-1, eu-west-1',
      'announced, not open yet: me-west-1',
      'lacks 1 of 1 required services (Amazon Relational Database Service (RDS)): eusc-de-east-1',
    ])
  })

  it('says when nothing satisfies the constraints and which one to relax', () => {
    render(<ChooserPanel />)
    chooseCountry('Germany')
    pickService(/Braket/)
    expect(rankedCodes()).toEqual([])
    const paragraphs = [...screen.getByTestId('chooser-relax').querySelectorAll('p')].map((p) => p.textContent)
    expect(paragraphs).toEqual([
      'Nothing satisfies the constraints.',
      'No region in Germany offers the required service. Dropping the service requirement leaves 2 regions in Germany. ' +
        'None of them offers Amazon Braket.',
    ])
    expect(screen.queryByRole('button', { name: /Compare/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Drop the required services' }))
    expect(store().requiredServices).toEqual([])
    expect(store().residency).toEqual({ kind: 'country', countryCode: 'DE' })
    expect(rankedCodes().sort()).toEqual(['eu-central-1', 'eusc-de-east-1'])
  })

  it('offers to drop the residency constraint when no region satisfies it', () => {
    render(<ChooserPanel />)
    chooseCountry('Saudi Arabia')
    expect(screen.getByTestId('chooser-relax').textContent).toContain(
      'No region is in Saudi Arabia. Dropping the residency constraint leaves 7 regions.',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Drop the residency constraint' }))
    expect(store().residency).toEqual({ kind: 'any' })
  })

  it('explains the price index with its definition', () => {
    render(<ChooserPanel />)
    const note = screen.getByText('What the price index is').closest('details')!
    expect(note.textContent).toContain('geometric mean')
    expect(note.textContent).toContain('us-east-1')
    expect(note.textContent).toContain('EC2 price sheets as of 2025-04-04.')
  })
})

describe('ChooserPanel without a location', () => {
  it('says proximity is unknown and leads to the Latency tab', () => {
    render(<ChooserPanel />)
    const link = screen.getByRole('button', { name: 'set your location in the Latency tab' })
    const first = screen.getAllByTestId('chooser-rank-item')[0]!
    expect(first.querySelectorAll('.factor__value')[0]?.textContent).toBe('unknown, counts as 50')
    expect(within(first).getByTestId('chooser-reasons').textContent).toContain('latency unknown')
    fireEvent.click(link)
    expect(store().panelTab).toBe('latency')
  })

  it('then ranks by price alone', () => {
    render(<ChooserPanel />)
    expect(rankedCodes().slice(0, 3)).toEqual(['us-east-1', 'mx-central-1', 'eu-west-1'])
  })
})

describe('ChooserPanel and the globe highlight', () => {
  it('turns the highlight on when the Choose tab opens and off when it closes', () => {
    render(<ChooserPanel />)
    expect(store().chooserOpen).toBe(false)
    act(() => store().setPanelTab('choose'))
    expect(store().chooserOpen).toBe(true)
    expect(screen.getByRole('checkbox', { name: 'Highlight the top three on the globe' })).toHaveProperty('checked', true)
    act(() => store().setPanelTab('latency'))
    expect(store().chooserOpen).toBe(false)
  })

  it('lets the user turn the highlight off while the tab stays open', () => {
    render(<ChooserPanel />)
    act(() => store().setPanelTab('choose'))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Highlight the top three on the globe' }))
    expect(store().chooserOpen).toBe(false)
  })

  it('keeps a highlight that the same update sets together with the tab, as a scene does', () => {
    render(<ChooserPanel />)
    act(() => store().setPanelTab('choose'))
    act(() => useAppStore.setState({ panelTab: 'lesson', chooserOpen: true, residency: { kind: 'eu-eea' } }))
    // chooserOpen did not change in that update, so leaving the tab turns it off...
    expect(store().chooserOpen).toBe(false)
    act(() => useAppStore.setState({ panelTab: 'regions', chooserOpen: true }))
    // ...but a scene that switches it on while changing the tab keeps it on.
    expect(store().chooserOpen).toBe(true)
  })

  it('counts a Choose tab already open at start as just opened', () => {
    useAppStore.setState({ panelTab: 'choose' })
    render(<ChooserPanel />)
    expect(store().chooserOpen).toBe(true)
  })
})

describe('ChooserPanel figures, outages, partitions and notices', () => {
  /** The chooser dataset with an outage reported in São Paulo and App Runner-like notice on Braket. */
  function withStatus() {
    const dataset = makeChooserDataset()
    dataset.sources.push({ id: 'events', title: 'Events', origin: 'https://example.invalid/e', licence: 'own', asOf: '2026-12-04' })
    dataset.statusEvents = {
      sources: ['events'],
      events: [
        {
          region: 'sa-east-1',
          azId: 'sae1-az1',
          date: '2026-03-01',
          event: 'Power lost',
          effect: 'unavailable',
          confidence: 'high',
          references: [{ url: 'https://example.invalid/r', title: 'Report' }],
        },
      ],
    }
    dataset.services.catalogue = dataset.services.catalogue.map((s) =>
      s.id === SERVICES.braket ? { ...s, notices: [{ kind: 'closed-to-new-customers' as const, from: '2026-04-30', text: 'Closed to new customers.', sources: ['events'] }] } : s,
    )
    return dataset
  }

  beforeEach(() => {
    store().setUserLocation(MUNICH)
  })

  it('shows each factor’s absolute figure first, then its score, and says scores rank only the regions left', () => {
    render(<ChooserPanel />)
    chooseCountry('Germany')
    pickService(/Elastic Compute/)
    const first = item('eu-central-1')
    const bars = [...first.querySelectorAll<HTMLElement>('.factor')]
    const proximity = [...bars[0]!.children].map((c) => c.className.split(' ')[0])
    expect(proximity).toEqual(['factor__label', 'factor__figure', 'factor__track', 'factor__value'])
    expect(bars[0]!.querySelector('.factor__figure')?.textContent).toMatch(/^\d+ ms$/)
    expect(bars[1]!.querySelector('.factor__figure')?.textContent).toBe('index 1.17')
    expect(bars[1]!.querySelector('.factor__value')?.textContent).toBe('score 100')
    expect(screen.getByTestId('chooser-scores-note').textContent).toBe(
      'Scores rank only the 2 regions left after the filters: the best of them scores 100 on a factor, the worst 0. ' +
        'The figures beside them (ms, price index) are absolute.',
    )
  })

  it('says in the residency control and in the reasons that the sovereign cloud is a partition ordinary accounts cannot use', () => {
    render(<ChooserPanel />)
    fireEvent.click(screen.getByRole('radio', { name: 'In the EU/EEA' }))
    expect(screen.getByTestId('residency-caveat').textContent).toBe(
      '⚠ eusc-de-east-1 is in the European Sovereign Cloud, a separate partition (aws-eusc) that ordinary AWS accounts cannot use.',
    )
    expect(within(item('eusc-de-east-1')).getByTestId('chooser-reasons').textContent).toMatch(
      /^eusc-de-east-1: European Sovereign Cloud: a separate partition \(aws-eusc\) that ordinary AWS accounts cannot use/,
    )
    fireEvent.click(screen.getByRole('radio', { name: 'Anywhere' }))
    expect(screen.queryByTestId('residency-caveat')).toBeNull()
  })

  it('leaves out a region with a reported outage by default, and ranks it with its dated line when the option is off', () => {
    store().setDataset(withStatus())
    render(<ChooserPanel />)
    const option = screen.getByRole('checkbox', { name: 'Exclude regions with reported outages' })
    expect(option).toHaveProperty('checked', true)
    expect(rankedCodes()).not.toContain('sa-east-1')
    const excluded = [...screen.getByTestId('chooser-excluded').querySelectorAll('li')].map((li) => li.textContent)
    expect(excluded).toContainEqual(expect.stringMatching(/^1 of 3 AZs reported out of service since 2026-03-01 .*: sa-east-1$/))
    expect(option.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByText(/1 region has a reported outage \(sa-east-1\)/)).toBeTruthy()

    fireEvent.click(option)
    expect(store().excludeOutages).toBe(false)
    const sa = item('sa-east-1')
    expect(sa.dataset.condition).toBe('degraded')
    expect(within(sa).getByText('outage reported')).toBeTruthy()
    expect(within(sa).getByTestId('chooser-reasons').textContent).toMatch(
      /^sa-east-1: ⚠ 1 of 3 AZs reported out of service since 2026-03-01/,
    )
  })

  it('carries a service notice in the picker, the chosen chips and the reasons', () => {
    store().setDataset(withStatus())
    render(<ChooserPanel />)
    const braket = within(screen.getByTestId('service-list')).getByRole('checkbox', { name: /Braket/ })
    expect(braket.getAttribute('aria-describedby')).toMatch(/notice/)
    expect(within(screen.getByTestId('service-list')).getByTestId('service-notice').textContent).toBe(
      ' · closed to new customers from 2026-04-30',
    )
    fireEvent.click(braket)
    expect(screen.getByText('(closed to new customers from 2026-04-30)')).toBeTruthy()
    const reasons = within(item('us-east-1')).getByTestId('chooser-reasons').textContent
    expect(reasons).toContain('Amazon Braket: closed to new customers from 2026-04-30')
  })
})
