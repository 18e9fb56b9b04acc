// First: configures zod for the Content Security Policy before any module validates.
import './platform/jitless'
import './styles/base.css'
import './styles/layout.css'
import './styles/panel.css'
import './styles/dialog.css'
import './styles/latency.css'
import './styles/matrix.css'
import { createPlatform } from '@platform'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { InfraGlobeApi } from '../shared/api'
import { App } from './App'
import { preloadLayersSaved } from './globe/lazyLayers'
import { requestSettingsEarly } from './state/usePersistedSettings'
import { installTheme } from './theme/theme'

// Before the app renders: the theme is then the store's first listener (see installTheme).
installTheme()

const container = document.getElementById('root')
if (!container) throw new Error('InfraGlobe: index.html has no #root element')
const root = createRoot(container)

let api: InfraGlobeApi | null = null
try {
  api = createPlatform()
} catch (error) {
  // Without a platform nothing can load; say so on the page instead of leaving it blank.
  console.error(error)
  root.render(
    <main className="app-message">
      <h1>InfraGlobe cannot start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </main>,
  )
}

if (api) {
  // The saved settings are asked for now, and the code of the globe's layers they show is fetched
  // beside the dataset: the scene, which waits for that code, then finds it here when it is set up.
  void requestSettingsEarly(api).then(preloadLayersSaved)
  root.render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  )
}
