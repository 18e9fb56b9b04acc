import type { Locator, Page } from '@playwright/test'
import type { Dataset, Service } from '../../src/shared/dataset/schema'
import { shippedDataset } from './support/dataset'
import { expect, test } from './support/guard'
import { chooseFirstCity, showPanelTab } from './support/latency'
import { openApp, saveScreenshot, waitForStillness } from './support/scene'

const dataset = shippedDataset()

/** Reduced motion: the fly-to cuts, the globe goes still between pictures, software WebGL stays idle. */
test.use({ reducedMotion: 'reduce' })

// Each test walks through several panels on a software-rendered globe (and the first loads the city
// list): twice the default time, so a busy machine does not fail them half-way.
test.describe.configure({ timeout: 180_000 })

/** The open German regions that list `serviceId`, by the shipped data (a region without a list is not confirmed). */
function germanRegionsOffering(data: Dataset, serviceId: string): string[] {
  return data.regions
    .filter((r) => r.countryCode === 'DE' && r.status === 'available')
    .filter((r) => data.services.byRegion[r.code]?.includes(serviceId) ?? false)
    .map((r) => r.code)
}

function openGermanRegions(data: Dataset): string[] {
  return data.regions.filter((r) => r.countryCode === 'DE' && r.status === 'available').map((r) => r.code)
}

function service(data: Dataset, id: string): Service {
  const found = data.services.catalogue.find((s) => s.id === id)
  if (!found) throw new Error(`the shipped catalogue has no service ${id}`)
  return found
}

/** A service that no German region is known to offer, by the shipped data. */
function serviceAbsentFromGermany(data: Dataset): Service {
  const german = openGermanRegions(data)
  const absent = data.services.catalogue.find((s) => german.every((code) => !data.services.byRegion[code]?.includes(s.id)))
  if (!absent) throw new Error('every service in the catalogue is offered in some German region')
  return absent
}

async function requireGermany(page: Page): Promise<void> {
  await showPanelTab(page, 'Choose')
  await page.getByRole('radio', { name: 'In a country' }).check()
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Germany' })
  const german = dataset.regions.filter((r) => r.countryCode === 'DE').length
  await expect(page.getByTestId('residency-count')).toHaveText(
    `${german} ${german === 1 ? 'region' : 'regions'} of ${dataset.regions.length} keep${german === 1 ? 's' : ''} the data in Germany.`,
  )
}

async function pickService(page: Page, wanted: Service, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search services' }).fill(query)
  const box = page.getByTestId('service-list').getByRole('checkbox', { name: wanted.name, exact: true })
  await box.check()
  await expect(page.getByRole('button', { name: `Remove ${wanted.name}` })).toBeVisible()
}

function rankItems(page: Page): Locator {
  return page.getByTestId('chooser-ranking').getByTestId('chooser-rank-item')
}

async function rankedCodes(page: Page): Promise<string[]> {
  return rankItems(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-code') ?? ''))
}

test('residency Germany plus a service leaves only the German regions offering it, ranked with reasons', async ({
  page,
}, testInfo) => {
  const lambda = service(dataset, 'aws-lambda')
  const expected = germanRegionsOffering(dataset, lambda.id)
  expect(expected, 'the shipped data has eu-central-1 offering AWS Lambda').toContain('eu-central-1')

  await openApp(page)
  await chooseFirstCity(page, 'Frankfurt', 'Frankfurt am Main')
  await requireGermany(page)
  await pickService(page, lambda, 'lambda')
  await saveScreenshot(page, testInfo, 'chooser-constraints')

  await expect.poll(() => rankedCodes(page).then((codes) => [...codes].sort())).toEqual([...expected].sort())
  const codes = await rankedCodes(page)
  // From Frankfurt the Frankfurt region is nearest, and the only German one with a known price index.
  expect(codes[0]).toBe('eu-central-1')

  const scores = await rankItems(page).evaluateAll((items) =>
    items.map((item) => Number(item.querySelector('.chooser__score')?.textContent?.replace(/\D+/g, ''))),
  )
  expect(scores, 'scores fall down the ranking').toEqual([...scores].sort((a, b) => b - a))

  for (const code of codes) {
    const reasons = page.locator(`[data-testid="chooser-rank-item"][data-code="${code}"]`).getByTestId('chooser-reasons')
    // The sovereign cloud says first that ordinary AWS accounts cannot use its partition.
    const partition = code.startsWith('eusc-') ? 'European Sovereign Cloud: a separate partition \\(aws-eusc\\) that ordinary AWS accounts cannot use; it needs an account of its own · ' : ''
    await expect(reasons).toHaveText(
      new RegExp(
        `^${code}: ${partition}in Germany ✓ · offers the required service ✓ · \\d+ ms from you \\((estimated|measured)\\) · ` +
          '(\\d+ % (dearer|cheaper) than us-east-1|same price as us-east-1|price unknown)$',
      ),
    )
  }
  const top = rankItems(page).and(page.locator('[data-top="true"]'))
  await expect(top).toHaveCount(Math.min(3, expected.length))
  await expect(page.getByTestId('chooser-summary')).toContainText(`${expected.length} regions satisfy the constraints`)
  await page.getByTestId('chooser-ranking').scrollIntoViewIfNeeded()
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'chooser-germany-lambda')

  // Clicking a ranked region selects it in the table too, and the table dims every row outside.
  await rankItems(page).first().getByRole('button').click()
  await showPanelTab(page, 'Regions')
  const rows = page.getByTestId('region-table').getByTestId('region-row')
  await expect(rows).toHaveCount(dataset.regions.length)
  const marks = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({ code: tr.getAttribute('data-code'), dimmed: tr.getAttribute('data-dimmed') === 'true' })),
  )
  for (const { code, dimmed } of marks) {
    expect(dimmed, `${code} is ${expected.includes(code ?? '') ? 'kept' : 'dimmed'}`).toBe(!expected.includes(code ?? ''))
  }
  await expect(page.locator('[data-testid="region-row"][aria-selected="true"]')).toHaveAttribute('data-code', codes[0]!)
  await page.locator('[data-testid="region-row"][data-code="eu-central-1"]').scrollIntoViewIfNeeded()
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'chooser-germany-table-dimmed')
})

test('residency Germany plus a service no German region offers says which constraint to relax', async ({
  page,
}, testInfo) => {
  const absent = serviceAbsentFromGermany(dataset)
  const german = openGermanRegions(dataset)

  await openApp(page)
  await requireGermany(page)
  await pickService(page, absent, absent.name)

  await expect(rankItems(page)).toHaveCount(0)
  const relax = page.getByTestId('chooser-relax')
  await expect(relax).toContainText('Nothing satisfies the constraints.')
  await expect(relax).toContainText(
    `No region in Germany offers the required service. Dropping the service requirement leaves ${german.length} ` +
      `${german.length === 1 ? 'region' : 'regions'} in Germany. None of them offers ${absent.name}.`,
  )
  await expect(page.getByRole('button', { name: 'Compare the top three' })).toHaveCount(0)
  await relax.scrollIntoViewIfNeeded()
  await waitForStillness(page)
  await saveScreenshot(page, testInfo, 'chooser-relax')

  // Dropping the service brings the German regions back.
  await page.getByRole('button', { name: `Remove ${absent.name}` }).click()
  await expect.poll(() => rankedCodes(page).then((codes) => [...codes].sort())).toEqual([...german].sort())
})
