import type { Prices } from '../../src/shared/dataset/schema'
import { buildEc2Prices } from './ec2Prices'
import type { PriceContext } from './priceRows'
import { buildS3Prices } from './s3Prices'
import { SOURCE_ID } from './sources'

/** EC2 sheets (2025 feed, Karpenter USD, Karpenter CNY) then the S3 sheet. */
export function buildPrices(rawDir: string, context: PriceContext, projectDir?: string): Prices {
  const ec2 = buildEc2Prices(rawDir, context, projectDir)
  const s3 = buildS3Prices(rawDir, context)
  return {
    sources: [SOURCE_ID.ec2Prices2025, SOURCE_ID.ec2PricesKarpenter, SOURCE_ID.s3Prices, SOURCE_ID.ec2PriceAdditions],
    sheets: [...ec2.sheets, s3.sheet],
    instanceTypes: ec2.instanceTypes,
    ec2: ec2.ec2,
    s3: s3.s3,
  }
}
