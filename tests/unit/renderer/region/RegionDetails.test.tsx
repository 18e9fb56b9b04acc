import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { PlatformProvider } from '../../../../src/renderer/platform/PlatformContext'
import { RegionDetails } from '../../../../src/renderer/region/RegionDetails'
import { workedExample } from '../../../../src/renderer/region/PricesPanel'
import { useAppStore } from '../../../../src/renderer/state/store'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { fakeApi, type FakeApi } from '../../fixtures/renderer/fakeApi'
import { makeDataset } from '../../fixtures/renderer/dataset'

/**
 * The six-region fixture plus services for three regions and prices for
 * Frankfurt, N. Virginia and Beijing (CNY), so every case the panel words
 * differently is there: a known list, an unknown one, a price, a missing one.
 */
function detailedDataset(): Dataset {
  const d = makeDataset()
  d.sources.push({ id: 'services', title: 'Regional services table', origin: 'https://example.org/s', licence: 'MIT', asOf: '2026-08-22' })
  d.sources.push({ id: 'prices', title: 'EC2 price feed', origin: 'https://example.org/p', licence: 'MIT', asOf: '2025-04-04' })
  d.services = {
    sources: ['services'],
    catalogue: [
      { id: 'amazon-ec2', name: 'Amazon EC2', url: null },
      { id: 'amazon-s3', name: 'Amazon S3', url: null },
      { id: 'amazon-bedrock', name: 'Amazon Bedrock', url: null },
      { id: 'amazon-dynamodb', name: 'Amazon DynamoDB', url: null },
    ],
    byRegion: {
      'eu-central-1': ['amazon-ec2', 'amazon-s3', 'amazon-dynamodb'],
      'us-east-1': ['amazon-ec2', 'amazon-s3', 'amazon-bedrock', 'amazon-dynamodb'],
      'sa-east-1': ['amazon-ec2', 'amazon-s3', 'amazon-bedrock', 'amazon-dynamodb'],
    },
  }
  d.prices = {
    sources: ['prices'],
    sheets: [
      { id: 'usd-2025', source: 'prices', asOf: '2025-04-04', currency: 'USD' },
      { id: 'cny-2024', source: 'prices', asOf: '2024-11-06', currency: 'CNY' },
    ],
    instanceTypes: [
      { type: 't3.micro', vcpu: 2, memoryGiB: 1 },
      { type: 'm7i.large', vcpu: 2, memoryGiB: 8 },
    ],
    ec2: [
      { sheet: 'usd-2025', region: 'eu-central-1', instanceType: 't3.micro', perHour: 0.012 },
      { sheet: 'usd-2025', region: 'us-east-1', instanceType: 't3.micro', perHour: 0.0104 },
      { sheet: 'usd-2025', region: 'us-east-1', instanceType: 'm7i.large', perHour: 0.1008 },
      { sheet: 'cny-2024', region: 'cn-north-1', instanceType: 't3.micro', perHour: 0.099 },
    ],
    s3: [
      {
        sheet: 'usd-2025',
        region: 'eu-central-1',
        first50TBPerGBMonth: 0.0245,
        next450TBPerGBMonth: 0.0235,
        over500TBPerGBMonth: null,
        getPer1000: 0.00043,
        putPer1000: 0.0054,
      },
    ],
  }
  return d
}

let api: FakeApi

function renderDetails(code: string | null) {
  useAppStore.getState().setDataset(detailedDataset())
  useAppStore.getState().select(code)
  return render(
    <PlatformProvider api={api}>
      <RegionDetails />
    </PlatformProvider>,
  )
}

function open(name: RegExp | string) {
  fireEvent.click(screen.getByRole('button', { name }))
}

beforeEach(() => {
  api = fakeApi()
})

describe('RegionDetails', () => {
  it('shows nothing while no region is selected', () => {
    renderDetails(null)
    expect(screen.queryByTestId('region-details')).toBeNull()
  })

  it('offers four closed sections, with the service count or "unknown" in the Services label', () => {
    renderDetails('eu-central-1')
    const toggles = screen.getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-expanded')])
    expect(toggles).toEqual([
      ['Compliance', 'false'],
      ['Services (3)', 'false'],
      ['Prices', 'false'],
      ['Provision', 'false'],
    ])
    act(() => useAppStore.getState().select('mx-central-1'))
    expect(screen.getByRole('button', { name: 'Services (unknown)' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Services \(0\)/ })).toBeNull()
  })

  it('opens one section at a time and closes it on a second click', () => {
    renderDetails('eu-central-1')
    open('Compliance')
    expect(screen.getByTestId('region-compliance')).toBeTruthy()
    open('Prices')
    expect(screen.queryByTestId('region-compliance')).toBeNull()
    expect(screen.getByRole('button', { name: 'Prices' }).getAttribute('aria-expanded')).toBe('true')
    open('Prices')
    expect(screen.queryByTestId('region-prices')).toBeNull()
  })

  it('keeps the open section while another region is selected', () => {
    renderDetails('eu-central-1')
    open('Provision')
    act(() => useAppStore.getState().select('sa-east-1'))
    expect(within(screen.getByTestId('region-provision')).getAllByText(/sa-east-1/).length).toBeGreaterThan(0)
  })
})

describe('the Compliance section', () => {
  it('gives the country, the partition in words, what opt-in means and the law in plain words, not as a link', () => {
    renderDetails('eu-central-1')
    open('Compliance')
    const section = screen.getByTestId('region-compliance')
    expect(section.textContent).toContain('Germany (DE)')
    expect(section.textContent).toContain('aws — standard')
    expect(section.textContent).toContain('Enabled by default in every account.')
    expect(within(section).getByText('EU GDPR')).toBeTruthy()
    expect(section.textContent).toContain('Personal data of people in the EU may be processed only on a legal basis.')
    expect(within(section).getByText('https://eur-lex.europa.eu/eli/reg/2016/679/oj').tagName).toBe('SPAN')
    expect(section.querySelector('a')).toBeNull()
    expect(section.textContent).toMatch(/Not legal advice/)
  })

  it('lists the country law and the separately operated partition for a China region', () => {
    renderDetails('cn-north-1')
    open('Compliance')
    const section = screen.getByTestId('region-compliance')
    expect(within(section).getByText('China PIPL')).toBeTruthy()
    expect(within(section).getByText('China partition')).toBeTruthy()
    expect(section.textContent).toContain('Separately operated partition')
  })

  it('says the curated table has no frame for a region without one, rather than guessing', () => {
    renderDetails('mx-central-1')
    open('Compliance')
    const section = screen.getByTestId('region-compliance')
    expect(section.textContent).toContain('No frame in the curated table for this region.')
    expect(section.textContent).toContain('Opt-in: switched off in every account until an administrator enables it')
  })
})

describe('the Services section', () => {
  it('groups the offered services by category and filters them by a search', () => {
    renderDetails('us-east-1')
    open('Services (4)')
    const section = screen.getByTestId('region-services')
    expect(within(section).getByRole('region', { name: 'Machine learning' }).textContent).toContain('Amazon Bedrock')
    expect(within(section).getByRole('region', { name: 'Database' }).textContent).toContain('Amazon DynamoDB')
    fireEvent.change(within(section).getByRole('searchbox', { name: 'Search services' }), { target: { value: 'dynamo' } })
    expect(section.textContent).toContain('1 of 4 services match')
    expect(within(section).queryByText('Amazon EC2')).toBeNull()
  })

  it('carries a service’s notice, such as closed to new customers, beside its name', () => {
    const d = detailedDataset()
    d.services.catalogue = d.services.catalogue.map((s) =>
      s.id === 'amazon-bedrock'
        ? { ...s, notices: [{ kind: 'closed-to-new-customers' as const, from: '2026-04-30', text: 'Closed.', sources: ['services'] }] }
        : s,
    )
    useAppStore.getState().setDataset(d)
    useAppStore.getState().select('us-east-1')
    render(
      <PlatformProvider api={api}>
        <RegionDetails />
      </PlatformProvider>,
    )
    open('Services (4)')
    const notices = within(screen.getByTestId('region-services')).getAllByTestId('service-notice')
    expect(notices.map((n) => n.parentElement?.textContent)).toEqual(['Amazon Bedrock · closed to new customers from 2026-04-30'])
  })

  it('lists what is missing compared with us-east-1 by default, and with another region when chosen', () => {
    renderDetails('eu-central-1')
    open('Services (3)')
    const missing = screen.getByRole('region', { name: 'Missing services' })
    const select = within(missing).getByRole('combobox', { name: 'Missing compared with' }) as HTMLSelectElement
    expect(select.value).toBe('us-east-1')
    expect(missing.textContent).toContain('1 service of us-east-1 not offered in eu-central-1:')
    expect(within(missing).getByText('Amazon Bedrock')).toBeTruthy()
    expect([...select.options].map((o) => o.value)).toEqual(['sa-east-1', 'us-east-1'])
    fireEvent.change(select, { target: { value: 'sa-east-1' } })
    expect(missing.textContent).toContain('1 service of sa-east-1 not offered in eu-central-1:')
  })

  it('says "nothing" when the region offers everything the other does', () => {
    renderDetails('sa-east-1')
    open('Services (4)')
    expect(screen.getByRole('region', { name: 'Missing services' }).textContent).toContain(
      'Nothing: every service of us-east-1 is offered in sa-east-1 too.',
    )
  })

  it('says the list is unknown, never empty, for a region without one', () => {
    renderDetails('cn-north-1')
    open('Services (unknown)')
    const section = screen.getByTestId('region-services')
    expect(section.textContent).toContain('Service list unknown')
    expect(section.textContent).toContain('Unknown: without a service list for cn-north-1 a difference would be a guess.')
    expect(within(section).queryByRole('searchbox')).toBeNull()
  })
})

describe('the Prices section', () => {
  it('shows each instance type with vCPU, memory, the hourly price and its date, and which sheet lacks a missing one', () => {
    renderDetails('eu-central-1')
    open('Prices')
    const table = screen.getByRole('table', { name: 'EC2 on-demand Linux prices per hour' })
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Instance type', 'vCPU', 'Memory GiB', 'Per hour', 'As of'],
      ['t3.micro', '2', '1', '$0.012', '2025-04-04'],
      ['m7i.large', '2', '8', 'not in the 2025-04-04 price sheet', '—'],
    ])
    expect(screen.getByTestId('region-prices').textContent).toContain('Source: EC2 price feed · as of 2025-04-04')
  })

  it('shows the S3 Standard tiers per GB-month, with "unknown" for a tier without a figure', () => {
    renderDetails('eu-central-1')
    open('Prices')
    const table = screen.getByRole('table', { name: 'S3 Standard storage prices per GB-month' })
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['First 50 TB', '$0.0245'],
      ['Next 450 TB', '$0.0235'],
      ['Over 500 TB', 'unknown'],
    ])
  })

  it('works the t3.micro example for a month here and in us-east-1', () => {
    renderDetails('eu-central-1')
    open('Prices')
    expect(screen.getByTestId('price-example').textContent).toBe(
      'A t3.micro running a month (730 h) here costs $8.76 (prices as of 2025-04-04); in us-east-1 $7.59 (prices as of 2025-04-04).',
    )
  })

  it('keeps China prices in CNY, unconverted, and says the currencies differ', () => {
    renderDetails('cn-north-1')
    open('Prices')
    const section = screen.getByTestId('region-prices')
    expect(within(section).getByText('¥0.099')).toBeTruthy()
    expect(screen.getByTestId('price-example').textContent).toBe(
      'A t3.micro running a month (730 h) here costs ¥72.27 (prices as of 2024-11-06); in us-east-1 $7.59 (prices as of 2025-04-04). The currencies differ, so the two are not converted or compared.',
    )
    expect(section.textContent).toContain('Not in the 2025-04-04 S3 price sheet: no S3 Standard price for cn-north-1.')
    // The CNY sheet lists only t3.micro: m7i.large is "not in" that sheet, never "not offered".
    expect(section.textContent).toContain('not in the 2024-11-06 price sheet')
    expect(section.textContent).not.toContain('not offered')
  })

  it('says which sheet lacks the example where no sheet prices a t3.micro', () => {
    const d = detailedDataset()
    expect(workedExample(d, 'sa-east-1')).toBe('A t3.micro running a month (730 h) here: not in the 2025-04-04 price sheet.')
    expect(workedExample(d, 'us-east-1')).toBe('A t3.micro running a month (730 h) here costs $7.59 (prices as of 2025-04-04).')
  })
})

describe('prices of several dates', () => {
  /** Frankfurt in a 2025 sheet and a newer 2026 one; us-east-1 in the 2025 sheet only; c7i.large at a half-way price. */
  function datedDataset(): Dataset {
    const d = detailedDataset()
    d.prices.sheets.push({ id: 'usd-2026', source: 'prices', asOf: '2026-07-20', currency: 'USD' })
    d.prices.instanceTypes.push({ type: 'c7i.large', vcpu: 2, memoryGiB: 4 })
    d.prices.ec2.push(
      { sheet: 'usd-2026', region: 'eu-central-1', instanceType: 't3.micro', perHour: 0.0132 },
      { sheet: 'usd-2025', region: 'eu-central-1', instanceType: 'c7i.large', perHour: 0.10185 },
    )
    return d
  }

  it('compares the example on the same sheet when one sheet has both regions', () => {
    expect(workedExample(datedDataset(), 'eu-central-1')).toBe(
      'A t3.micro running a month (730 h) here costs $8.76 (prices as of 2025-04-04); in us-east-1 $7.59 (prices as of 2025-04-04).',
    )
  })

  it('says so when the two prices of the example come from sheets of different dates', () => {
    const d = datedDataset()
    d.prices.ec2 = d.prices.ec2.filter((row) => !(row.region === 'eu-central-1' && row.sheet === 'usd-2025' && row.instanceType === 't3.micro'))
    expect(workedExample(d, 'eu-central-1')).toBe(
      'A t3.micro running a month (730 h) here costs $9.64 (prices as of 2026-07-20); in us-east-1 $7.59 (prices as of 2025-04-04).' +
        ' The two prices come from different sheets: it mixes price sheets of 2025-04-04 and 2026-07-20.',
    )
  })

  it('rounds a price on its decimal digits, as every other place does: c7i.large at 0.10185 is $0.1019', () => {
    useAppStore.getState().setDataset(datedDataset())
    useAppStore.getState().select('eu-central-1')
    render(
      <PlatformProvider api={api}>
        <RegionDetails />
      </PlatformProvider>,
    )
    open('Prices')
    const table = screen.getByRole('table', { name: 'EC2 on-demand Linux prices per hour' })
    expect(within(table).getByText('$0.1019')).toBeTruthy()
  })
})

describe('the Provision section', () => {
  it('shows a snippet per method, each naming the region, with when it fits', () => {
    renderDetails('sa-east-1')
    open('Provision')
    const section = screen.getByTestId('region-provision')
    const cli = within(section).getByRole('region', { name: 'AWS CLI' })
    expect(cli.querySelector('pre')?.textContent).toContain('aws ec2 run-instances --region sa-east-1')
    expect(cli.textContent).toContain('For scripts and quick one-off tasks from a terminal.')
    const copyButtons = within(section).getAllByRole('button', { name: /^Copy / })
    expect(copyButtons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Copy AWS Management Console',
      'Copy AWS CLI',
      'Copy AWS SDK for JavaScript v3',
      'Copy AWS SDK for Python (boto3)',
      'Copy AWS CloudFormation',
      'Copy AWS CDK (TypeScript)',
    ])
  })

  it('copies a snippet through the platform and says so', async () => {
    renderDetails('sa-east-1')
    open('Provision')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy AWS CLI' }))
    })
    expect(api.copyText).toHaveBeenCalledTimes(1)
    expect(api.copyText.mock.calls[0]?.[0]).toContain('aws configure set region sa-east-1')
    expect(screen.getByRole('status').textContent).toBe('Copied the AWS CLI snippet for sa-east-1.')
  })

  it('says why when the clipboard refuses', async () => {
    api = fakeApi({ copyText: () => Promise.reject(new Error('clipboard unavailable')) })
    renderDetails('sa-east-1')
    open('Provision')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy AWS CDK (TypeScript)' }))
    })
    expect(screen.getByRole('status').textContent).toBe(
      'Could not copy the AWS CDK (TypeScript) snippet: clipboard unavailable',
    )
  })

  it('notes that an opt-in region must be enabled first', () => {
    renderDetails('mx-central-1')
    open('Provision')
    expect(screen.getByTestId('region-provision').textContent).toContain('mx-central-1 is an opt-in region')
  })

  it('replaces the snippets of an announced region by "not available yet"', () => {
    renderDetails('me-west-1')
    open('Provision')
    const section = screen.getByTestId('region-provision')
    expect(section.textContent).toContain('Not available yet: me-west-1 is announced')
    expect(within(section).queryAllByRole('button')).toEqual([])
  })
})
