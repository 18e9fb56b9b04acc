import { DraftOffer } from '../lesson/DraftOffer'
import '../styles/notices.css'
import { RecoveryNotice } from './RecoveryNotice'
import { SettingsSaveNotice } from './SettingsSaveNotice'

/**
 * Notices about the user's work, over the bottom right of the globe: the page
 * was reloaded after it died, an autosaved lesson to restore, settings that
 * could not be saved. Empty (and not drawn) when there is nothing to say.
 */
export function NoticeArea() {
  return (
    <div className="notice-area">
      <RecoveryNotice />
      <DraftOffer />
      <SettingsSaveNotice />
    </div>
  )
}
