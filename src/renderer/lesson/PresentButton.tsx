import { usePlatform } from '../platform/PlatformContext'
import '../styles/lesson.css'
import { startPresenting } from './lessonActions'
import { usePresenting } from './presenting'

/** Starts presenting the lesson (the built-in one when the lesson has no scenes yet). */
export function PresentButton() {
  const api = usePlatform()
  const presenting = usePresenting()
  if (presenting) return null
  return (
    <button type="button" className="button globe-toolbar__present" onClick={() => startPresenting(api)} title="Present the lesson (F5)">
      Present
    </button>
  )
}
