import type { Dataset, ServiceNotice, ServiceOfferNote } from '../dataset/schema'

type ServicesInput = Pick<Dataset, 'services'>

/** The notices of a service (e.g. closed to new customers), wherever it appears; none for an unknown id. */
export function serviceNotices(dataset: ServicesInput, serviceId: string): readonly ServiceNotice[] {
  return dataset.services.catalogue.find((s) => s.id === serviceId)?.notices ?? []
}

/** A notice in words, for a list, a picker or a chooser reason: "closed to new customers from 2026-04-30". */
export function noticeText(notice: ServiceNotice): string {
  switch (notice.kind) {
    case 'closed-to-new-customers':
      return `closed to new customers from ${notice.from}`
  }
}

/**
 * Why a (region, service) pair is listed as offered when the sources
 * disagree: the note naming the source that says so. Null when the sources
 * agree (or the dataset predates the cross-check).
 */
export function offerNote(dataset: ServicesInput, region: string, serviceId: string): ServiceOfferNote | null {
  return dataset.services.offerNotes?.find((n) => n.region === region && n.service === serviceId) ?? null
}
