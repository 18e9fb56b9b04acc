/** A region's Availability Zones as the AZ view and the failure drill see them. */
export { azSummary, azSummaryText, type AzSummary, type AzSlot } from './summary'
