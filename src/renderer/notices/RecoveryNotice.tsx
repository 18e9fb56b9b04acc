import { useEffect, useState } from 'react'
import { RECOVERY_PARAM, recoveryNotice } from '../../shared/recovery'

/** The page's address without the recovery notice, so that a later reload does not show it again. */
export function withoutRecoveryParam(href: string): string {
  const url = new URL(href)
  url.searchParams.delete(RECOVERY_PARAM)
  return url.href
}

/**
 * Says that the page was reloaded because the previous one died (main puts
 * the reason in the address; see shared/recovery). The draft of an unsaved
 * lesson is offered next to it (DraftOffer).
 */
export function RecoveryNotice() {
  const [notice, setNotice] = useState(() => recoveryNotice(window.location.search))

  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has(RECOVERY_PARAM)) return
    window.history.replaceState(window.history.state, '', withoutRecoveryParam(window.location.href))
  }, [])

  if (!notice) return null
  return (
    <div className="notice notice--error" role="alert" data-testid="recovery-notice">
      <p className="notice__text">{notice}</p>
      <div className="notice__buttons">
        <button type="button" className="button button--small" onClick={() => setNotice(null)}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
