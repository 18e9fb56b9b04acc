import { useEffect, useState } from 'react'
import type { InfraGlobeApi } from '../shared/api'
import { describeProblems, MAX_LISTED_PROBLEMS } from '../shared/dataset/problems'
import type { AppInfo } from '../shared/ipc/contract'
import { AnnotationOverlay } from './annotations/AnnotationOverlay'
import { openDatasetFile, recordLoadedDataset } from './dataset/datasetActions'
import { DatasetNotice } from './dataset/DatasetNotice'
// The deferred views' styles stay in the first stylesheet, where they always were: no late cascade change.
import './styles/azs.css'
import { ExportDialog } from './export/ExportDialog'
import { useExportStore } from './export/exportStore'
import { Globe } from './globe/Globe'
import { GlobeToolbar } from './GlobeToolbar'
import { appLayoutClasses } from './layout/appLayoutClass'
import { useDrawerStore } from './layout/drawerStore'
import { useWindowLayout } from './layout/useWindowLayout'
import { aboutView, azView, presenterOverlayView, usePrefetchViews } from './loading/views'
import './layout/windowLayout.css'
import { PresenterConsole } from './lesson/PresenterConsole'
import { BlankScreen, PresenterMode } from './lesson/PresenterMode'
import { useAudienceLink } from './lesson/presentationLink'
import { isPresenterView, usePresentationStore } from './lesson/presentationStore'
import { usePresenting } from './lesson/presenting'
import { useUnsavedLesson } from './lesson/useUnsavedLesson'
import { NoticeArea } from './notices/NoticeArea'
import { useFirstMinute } from './welcome/useFirstMinute'
import { DataFooter } from './panel/DataFooter'
import { ThemeToggle } from './theme/ThemeToggle'
import { Legend } from './panel/Legend'
import { SidePanel } from './panel/SidePanel'
import { TimeLapseExportDialog } from './timeline/export/TimeLapseExportDialog'
import { useTimeLapseExportStore } from './timeline/export/timeLapseExportStore'
import { YearBadge } from './timeline/YearBadge'
import { PlatformProvider } from './platform/PlatformContext'
import { dispatchMenuCommand } from './state/menuCommands'
import { selectDrillView } from './state/selectors'
import { useAppStore } from './state/store'
import { useDatasetLoad } from './state/useDatasetLoad'
import { usePersistedSettings, type PersistedSettingsOptions } from './state/usePersistedSettings'
import { useSystemReducedMotion } from './state/useSystemReducedMotion'
import { useThemeCommands } from './theme/useThemeCommands'

export function App({ api }: { api: InfraGlobeApi }) {
  return (
    <PlatformProvider api={api}>
      <AppContent api={api} />
    </PlatformProvider>
  )
}

/** The audience view guesses no location of its own: everything it shows comes from the presenter. */
const AUDIENCE_SETTINGS: PersistedSettingsOptions = { timeZone: () => null }

function AppContent({ api }: { api: InfraGlobeApi }) {
  const role = usePresentationStore((s) => s.role)
  const load = useDatasetLoad(api)
  const settingsReady = usePersistedSettings(api, role === 'audience' ? AUDIENCE_SETTINGS : undefined)
  const appInfo = useAppInfo(api)
  const aboutOpen = useAppStore((s) => s.aboutOpen)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  const presenting = usePresenting()
  const presenterView = usePresentationStore((s) => isPresenterView(s, presenting))
  const exportingView = useExportStore((s) => s.open)
  const exportingTimeLapse = useTimeLapseExportStore((s) => s.open)
  const exporting = exportingView || exportingTimeLapse
  const layout = useWindowLayout()
  const drawerOpen = useDrawerStore((s) => s.open)
  useSystemReducedMotion()
  useThemeCommands()
  useAudienceLink(api)
  useFirstMinute(role === 'app' && load.status === 'ready' && settingsReady)

  useEffect(() => {
    if (load.status === 'ready') recordLoadedDataset(load)
  }, [load])

  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'about') setAboutOpen(true)
        else if (command === 'open-dataset') void openDatasetFile(api)
        else if (!dispatchMenuCommand(command)) console.warn(`InfraGlobe: nothing handles the menu command "${command}" yet`)
      }),
    [api, setAboutOpen],
  )

  const about = aboutOpen && <aboutView.View appInfo={appInfo} />

  // The saved settings (location, layers) are in place before the globe first draws.
  if (load.status === 'loading' || (load.status === 'ready' && !settingsReady)) {
    return (
      <main className="app-message" role="status">
        <p>Loading the AWS infrastructure data…</p>
      </main>
    )
  }

  if (load.status === 'failed') {
    return (
      <>
        <LoadError file={load.file} problems={load.problems} inert={aboutOpen} />
        {about}
      </>
    )
  }

  if (role === 'audience') return <AudienceView />

  const className = presenterView ? 'app app--presenting app--presenter-view' : presenting ? 'app app--presenting' : 'app'
  return (
    <>
      {/* While the dialog is open the app behind it is inert: no focus, no clicks, hidden from assistive tech. */}
      <div className={[className, ...appLayoutClasses(layout, drawerOpen)].join(' ')} inert={aboutOpen || exporting}>
        <h1 className="visually-hidden">InfraGlobe: the AWS global infrastructure</h1>
        <main className="app__main">
          <div className="globe-area">
            <div className="globe-area__slot">
              <Globe />
            </div>
            <AnnotationOverlay />
            <YearBadge />
            <DatasetNotice />
            <Legend />
            <AzViewWhenOpen />
            <GlobeToolbar />
            <NoticeArea />
            <UnsavedLessonGuard api={api} />
            <PrefetchViews />
            <PresenterMode />
          </div>
          <PresenterConsole />
          <SidePanel />
        </main>
        <DataFooter actions={<ThemeToggle />} />
        <BlankScreen />
      </div>
      <ExportDialog />
      <TimeLapseExportDialog />
      {about}
    </>
  )
}

/** The app's window fetches its other views ahead of need; the audience view has none to show. */
function PrefetchViews() {
  usePrefetchViews()
  return null
}

/** The view inside a region while it is open: its code is fetched on first need. */
function AzViewWhenOpen() {
  const open = useAppStore((s) => selectDrillView(s).kind !== 'closed')
  return open ? <azView.View /> : null
}

/**
 * The lesson's unsaved changes and draft: the app's window only, never the
 * audience view, whose lesson is the presenter's copy and no draft of its own.
 */
function UnsavedLessonGuard({ api }: { api: InfraGlobeApi }) {
  useUnsavedLesson(api)
  return null
}

/**
 * The audience view of a presentation on two screens: the globe and the
 * caption, nothing else (the presenter's window shows the rest), or black.
 */
function AudienceView() {
  const notice = usePresentationStore((s) => s.notice)
  // The caption is all this view shows besides the globe: its code comes at once, not when idle.
  useEffect(() => void presenterOverlayView.preload(), [])
  return (
    <div className="app app--presenting app--audience">
      <h1 className="visually-hidden">InfraGlobe: audience view</h1>
      <main className="app__main">
        <div className="globe-area">
          <div className="globe-area__slot">
            <Globe />
          </div>
          <AnnotationOverlay />
          <PresenterMode />
          {notice && (
            <p className="audience__notice" role="status">
              {notice}
            </p>
          )}
        </div>
      </main>
      <BlankScreen />
    </div>
  )
}

function LoadError({ file, problems, inert }: { file: string; problems: string[]; inert: boolean }) {
  useEffect(() => {
    // The full report, for whoever opens the developer tools to fix the file.
    console.error(describeProblems(file, problems))
  }, [file, problems])
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS)
  const more = problems.length - listed.length
  return (
    <main data-testid="load-error" className="app-message load-error" inert={inert}>
      <h1>The AWS infrastructure data cannot be shown</h1>
      <p>
        InfraGlobe could not use <code>{file}</code>. The globe stays hidden rather than show incomplete or wrong
        data.
      </p>
      <h2>
        {problems.length} {problems.length === 1 ? 'problem' : 'problems'}
      </h2>
      <ul className="load-error__problems">
        {listed.map((problem, index) => (
          <li key={index}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p>
          … and {more} more {more === 1 ? 'problem' : 'problems'}
        </p>
      )}
      <p>If you built InfraGlobe yourself, run “npm run data:build” and build again; otherwise reinstall it.</p>
    </main>
  )
}

/** The app's name, version and edition; null until (or unless) the platform answers. */
function useAppInfo(api: InfraGlobeApi): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let current = true
    api.appInfo().then(
      (answer) => current && setInfo(answer),
      (error: unknown) => console.warn('InfraGlobe: the app version is unknown', error),
    )
    return () => {
      current = false
    }
  }, [api])
  return info
}
