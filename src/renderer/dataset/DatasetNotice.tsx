import { describeDatasetDates } from '../../shared/dataset/asOf'
import type { Dataset } from '../../shared/dataset/schema'
import { selectDatasetDates } from '../state/selectors'
import { useAppStore } from '../state/store'
import { dismissDatasetNotice, useDatasetStore, type DatasetNotice as Notice } from './datasetStore'

/** How many source titles the notice names before "and N more". */
const NAMED_SOURCES = 4

/**
 * What the last change of dataset did: the file now shown with its dates and
 * sources; or why a file was refused, its first problems (file, path in the
 * document, reason), and that the current dataset stays; or why the
 * remembered file was not used at start. Dismissed with its button.
 */
export function DatasetNotice() {
  const notice = useDatasetStore((s) => s.notice)
  const dataset = useAppStore((s) => s.dataset)
  const dates = useAppStore(selectDatasetDates)
  if (!notice || !dataset) return null
  const failed = notice.kind === 'failed' || notice.kind === 'fallback'
  return (
    <section
      className={`dataset-notice${failed ? ' dataset-notice--problem' : ''}`}
      role={failed ? 'alert' : 'status'}
      aria-label="Dataset"
      data-testid="dataset-notice"
    >
      <div className="dataset-notice__body">
        <NoticeBody notice={notice} dataset={dataset} datesText={dates ? describeDatasetDates(dates) : null} />
      </div>
      <button type="button" className="button dataset-notice__close" onClick={dismissDatasetNotice}>
        Close
      </button>
    </section>
  )
}

function NoticeBody({ notice, dataset, datesText }: { notice: Notice; dataset: Dataset; datesText: string | null }) {
  switch (notice.kind) {
    case 'failed':
      return (
        <>
          <p className="dataset-notice__title">{notice.message}</p>
          {notice.problems.length > 0 && (
            <ul className="dataset-notice__problems" data-testid="dataset-problems">
              {notice.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.file}</code>, <code>{p.path}</code>: {p.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )
    case 'fallback':
      return <p className="dataset-notice__title">{notice.message}</p>
    case 'opened':
    case 'builtin':
      return (
        <>
          <p className="dataset-notice__title">
            {notice.kind === 'opened' ? `Now showing ${notice.file}` : 'Back to the built-in dataset'}: data as of{' '}
            {dataset.asOf}, {dataset.regions.length} regions.
          </p>
          {datesText && <p>{datesText}.</p>}
          <p data-testid="dataset-notice-sources">{sourcesText(dataset)}</p>
        </>
      )
  }
}

/** "31 sources: AWS SDK …, …, and 27 more (all in About)." */
function sourcesText(dataset: Dataset): string {
  const titles = dataset.sources.map((s) => s.title)
  const named = titles.slice(0, NAMED_SOURCES).join('; ')
  const more = titles.length - NAMED_SOURCES
  return `${titles.length} ${titles.length === 1 ? 'source' : 'sources'}: ${named}${more > 0 ? `; and ${more} more` : ''} (all listed in About).`
}
