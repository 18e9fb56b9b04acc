import { useEdition } from '../platform/useEdition'
import { useAppStore } from '../state/store'
import { toggleTheme } from './theme'

/**
 * The web edition's theme control: the desktop chooses in its View menu,
 * the web has no menu. Pressed: the light, high-contrast projector theme.
 */
export function ThemeToggle() {
  const edition = useEdition()
  const light = useAppStore((s) => s.theme === 'light')
  if (edition !== 'web') return null
  return (
    <button
      type="button"
      className="button"
      aria-pressed={light}
      title="Dark ink on a light ground: keeps its contrast on a projector in a lit room"
      onClick={toggleTheme}
    >
      Projector theme
    </button>
  )
}
