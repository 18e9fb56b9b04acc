import { useAppStore } from '../state/store'

/** A failed settings save, in one line; it goes when a later save works (or is dismissed). */
export function SettingsSaveNotice() {
  const message = useAppStore((s) => s.settingsSaveError)
  const dismiss = useAppStore((s) => s.setSettingsSaveError)
  if (!message) return null
  return (
    <div className="notice notice--error notice--line" role="alert" data-testid="settings-save-notice">
      <p className="notice__text">{message}</p>
      <button type="button" className="button button--small" onClick={() => dismiss(null)} aria-label="Dismiss the settings notice">
        Dismiss
      </button>
    </div>
  )
}
