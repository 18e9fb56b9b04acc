/**
 * Service availability per region, for the "feature availability" factor of
 * choosing a region. A region without a service list is unknown: it neither
 * offers nor lacks a service.
 */
export {
  servicesOf,
  regionsOfferingAll,
  missingComparedWith,
  type ServicesInput,
  type OfferingAll,
} from './availability'
export { serviceCategories, categoryOf, SERVICE_CATEGORIES, type ServiceCategory, type CategoryGroup } from './categories'
export { serviceNotices, noticeText, offerNote } from './notices'
