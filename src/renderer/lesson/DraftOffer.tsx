import { useEffect, useId } from 'react'
import { usePlatform } from '../platform/PlatformContext'
import { discardDraft, dismissDraftNotice, lookForDraft, restoreDraft } from './draftActions'
import { useDraftStore } from './draftStore'
import { draftContentsText, savedAtText } from './draftWording'

/**
 * The lesson autosaved by an earlier session, offered back at start
 * (Restore / Discard), or the notice that it could not be restored.
 */
export function DraftOffer() {
  const api = usePlatform()
  const offer = useDraftStore((s) => s.offer)
  const notice = useDraftStore((s) => s.notice)
  const id = useId()

  useEffect(() => {
    void lookForDraft(api)
  }, [api])

  return (
    <>
      {offer && (
        <section className="notice notice--offer" aria-labelledby={`${id}-question`} data-testid="draft-offer">
          <p id={`${id}-question`} className="notice__title">
            Restore the lesson you were working on?
          </p>
          <p className="notice__text">
            {draftContentsText(offer.title, offer.sceneCount)}, {savedAtText(offer.savedAt)}.
          </p>
          <div className="notice__buttons">
            <button type="button" className="button button--small" onClick={() => void restoreDraft(api)}>
              Restore
            </button>
            <button type="button" className="button button--small" onClick={() => void discardDraft(api)}>
              Discard
            </button>
          </div>
        </section>
      )}
      {notice && (
        <div className="notice notice--error" role="alert" data-testid="draft-notice">
          <p className="notice__text">{notice}</p>
          <div className="notice__buttons">
            <button type="button" className="button button--small" onClick={dismissDraftNotice}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </>
  )
}
