import type { Page } from '@playwright/test'
import { expect, test } from './support/guard'
import { openApp, saveScreenshot } from './support/scene'

async function selectRow(page: Page, code: string): Promise<void> {
  const row = page.locator(`[data-testid="region-row"][data-code="${code}"]`)
  await row.scrollIntoViewIfNeeded()
  await row.click()
  await expect(row).toHaveAttribute('aria-selected', 'true')
}

const details = (page: Page) => page.getByTestId('region-details')
const section = (page: Page, name: string | RegExp) => details(page).getByRole('button', { name, exact: typeof name === 'string' })

test.describe('the selected region in depth', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page)
  })

  test('copies a provisioning snippet for ap-southeast-2 that names ap-southeast-2', async ({ page, context, baseURL }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await selectRow(page, 'ap-southeast-2')
    await section(page, 'Provision').click()

    const provision = page.getByTestId('region-provision')
    const cli = provision.getByRole('region', { name: 'AWS CLI' })
    await expect(cli.locator('pre')).toContainText('aws configure set region ap-southeast-2')
    await expect(cli.locator('pre')).toContainText('aws ec2 run-instances --region ap-southeast-2')
    await expect(provision.getByRole('region', { name: 'AWS SDK for Python (boto3)' }).locator('pre')).toContainText(
      "region_name='ap-southeast-2'",
    )
    await expect(provision.getByRole('region', { name: 'AWS Management Console' }).locator('pre')).toHaveText(
      'https://ap-southeast-2.console.aws.amazon.com/console/home?region=ap-southeast-2',
    )

    await cli.getByRole('button', { name: 'Copy AWS CLI' }).click()
    await expect(provision.getByRole('status')).toHaveText('Copied the AWS CLI snippet for ap-southeast-2.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('aws configure set region ap-southeast-2')
    expect(copied).toContain('--instance-type t3.micro')
    await saveScreenshot(page, testInfo, 'region-provision-sydney')
  })

  test('shows Sydney’s t3.micro price with its date, the worked example and the S3 tiers', async ({ page }, testInfo) => {
    await selectRow(page, 'ap-southeast-2')
    await section(page, 'Prices').click()
    const prices = page.getByTestId('region-prices')
    const t3 = prices.getByRole('table', { name: 'EC2 on-demand Linux prices per hour' }).getByRole('row', { name: /t3\.micro/ })
    await expect(t3).toContainText(/\$0\.0\d+/)
    await expect(t3).toContainText('2025-04-04')
    await expect(page.getByTestId('price-example')).toHaveText(
      /^A t3\.micro running a month \(730 h\) here costs \$\d+\.\d\d \(prices as of 2025-04-04\); in us-east-1 \$\d+\.\d\d \(prices as of \d{4}-\d{2}-\d{2}\)\.$/,
    )
    await expect(prices.getByRole('table', { name: 'S3 Standard storage prices per GB-month' })).toContainText('First 50 TB')
    await saveScreenshot(page, testInfo, 'region-prices-sydney')
  })

  test('names the Australia Privacy Act for Sydney, as text with its official address, and says it is not legal advice', async ({
    page,
  }, testInfo) => {
    await selectRow(page, 'ap-southeast-2')
    await section(page, 'Compliance').click()
    const compliance = page.getByTestId('region-compliance')
    await expect(compliance).toContainText('Australia Privacy Act')
    await expect(compliance).toContainText('https://www.legislation.gov.au/')
    await expect(compliance).toContainText('Not legal advice')
    await expect(compliance.locator('a')).toHaveCount(0)
    await saveScreenshot(page, testInfo, 'region-compliance-sydney')
  })

  test('lists the services with a search and the ones missing compared with us-east-1; China is unknown, not zero', async ({
    page,
  }, testInfo) => {
    await selectRow(page, 'ap-southeast-2')
    await section(page, /^Services \(\d+\)$/).click()
    const services = page.getByTestId('region-services')
    await services.getByRole('searchbox', { name: 'Search services' }).fill('lambda')
    await expect(services).toContainText('AWS Lambda')
    await expect(services.getByRole('combobox', { name: 'Missing compared with' })).toHaveValue('us-east-1')
    await saveScreenshot(page, testInfo, 'region-services-sydney')

    // The open section stays open while another region is selected.
    await selectRow(page, 'cn-north-1')
    await expect(section(page, 'Services (unknown)')).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByTestId('region-services')).toContainText('Service list unknown')
    await section(page, 'Compliance').click()
    await expect(page.getByTestId('region-compliance')).toContainText('China partition')
    await saveScreenshot(page, testInfo, 'region-compliance-beijing')
  })
})
