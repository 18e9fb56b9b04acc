/**
 * Region prices from the dataset's price sheets. Every figure keeps its
 * sheet, source, as-of date and currency; a missing row is "unknown"; USD and
 * CNY are never mixed. The price index (priceIndex.ts) is the one-number
 * comparison used to weigh pricing when choosing a region.
 */
export { type SheetRef, type PricesInput } from './sheets'
export { ec2PriceSheetFor, type Ec2Quote, type Ec2PriceLine } from './ec2Sheet'
export { priceIndex, MIN_TYPES_COMPARED, type PriceIndex } from './priceIndex'
export { priceIndexesOf, PRICE_INDEX_REFERENCE, type PriceIndexes } from './priceIndexes'
export { monthlyCost, HOURS_PER_MONTH } from './monthly'
export { s3Tiers, type S3Tier, type S3Prices } from './s3Tiers'
export { formatPrice, formatAmount, roundDecimal } from './format'
export { ec2PriceStatus, type Ec2PriceStatus } from './availability'
export { compareEc2Prices, comparableRows, dateBasis, describeQuotePair, type DateBasis, type QuotePair } from './compare'
