import { useMenuCommand } from '../state/menuCommands'
import { useAppStore } from '../state/store'

/** The View menu's theme choice (desktop): the store applies it (installTheme) and the settings remember it. */
export function useThemeCommands(): void {
  useMenuCommand('theme-dark', () => useAppStore.getState().setTheme('dark'))
  useMenuCommand('theme-light', () => useAppStore.getState().setTheme('light'))
}
