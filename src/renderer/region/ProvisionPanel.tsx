import { useEffect, useState } from 'react'
import type { Region } from '../../shared/dataset/schema'
import { provisioningNotes, provisioningSnippets, type ProvisioningSnippet } from '../../shared/provisioning/snippets'
import { usePlatform } from '../platform/PlatformContext'
import { TodayDataNotice } from '../timeline/TodayDataNotice'

type CopyStatus = { kind: 'copied' | 'failed'; text: string } | null

/**
 * The ways to provision in the region, each a ready-to-copy snippet with one
 * line on when it fits. Copying goes through the platform (the preload's
 * clipboard on the desktop, the browser's on the web); the outcome is
 * announced in words.
 */
export function ProvisionPanel({ region }: { region: Region }) {
  const api = usePlatform()
  const [status, setStatus] = useState<CopyStatus>(null)
  const snippets = provisioningSnippets(region)
  const notes = provisioningNotes(region)

  useEffect(() => setStatus(null), [region.code])

  const copy = async (snippet: ProvisioningSnippet) => {
    try {
      await api.copyText(snippet.code)
      setStatus({ kind: 'copied', text: `Copied the ${snippet.title} snippet for ${region.code}.` })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setStatus({ kind: 'failed', text: `Could not copy the ${snippet.title} snippet: ${reason}` })
    }
  }

  return (
    <div className="region-details__body" data-testid="region-provision">
      <TodayDataNotice what="provisioning" />
      {notes.map((note) => (
        <p key={note} className="region-details__callout">
          {note}
        </p>
      ))}
      <p role="status" aria-live="polite" className={`region-details__status region-details__status--${status?.kind ?? 'idle'}`}>
        {status?.text ?? ''}
      </p>
      {snippets.map((snippet) => (
        <section key={snippet.id} className="region-details__snippet" aria-label={snippet.title} data-method={snippet.method}>
          <div className="region-details__snippet-head">
            <h3 className="region-details__heading">{snippet.title}</h3>
            <button
              type="button"
              className="button region-details__copy"
              aria-label={`Copy ${snippet.title}`}
              onClick={() => void copy(snippet)}
            >
              Copy
            </button>
          </div>
          <p className="region-details__when">{snippet.whenToUse}</p>
          <pre className="region-details__code" data-language={snippet.language}>
            <code>{snippet.code}</code>
          </pre>
        </section>
      ))}
    </div>
  )
}
