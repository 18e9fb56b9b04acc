import { useEffect, useState } from 'react'
import type { InfraGlobeApi } from '../shared/api'
import { describeProblems, MAX_LISTED_PROBLEMS } from '../shared/dataset/validate'
import type { AppInfo } from '../shared/ipc/contract'
import { AboutDialog } from './about/AboutDialog'
import { AnnotationOverlay } from './annotations/AnnotationOverlay'
import { openDatasetFile, recordLoadedDataset } from './dataset/datasetActions'
import { DatasetNotice } from './dataset/DatasetNotice'
import { ExportDialog } from './export/ExportDialog'
import { useExportStore } from './export/exportStore'
import { Globe } from './globe/Globe'
import { GlobeToolbar } from './GlobeToolbar'
import { PresenterMode } from './lesson/PresenterMode'
import { usePresenting } from './lesson/presenting'
import { useUnsavedLesson } from './lesson/useUnsavedLesson'
import { NoticeArea } from './notices/NoticeArea'
import { DataFooter } from './panel/DataFooter'
import { Legend } from './panel/Legend'
import { SidePanel } from './panel/SidePanel'
import { TimeLapseExportDialog } from './timeline/export/TimeLapseExportDialog'
import { useTimeLapseExportStore } from './timeline/export/timeLapseExportStore'
import { YearBadge } from './timeline/YearBadge'
import { PlatformProvider } from './platform/PlatformContext'
import { dispatchMenuCommand } from './state/menuCommands'
import { useAppStore } from './state/store'
import { useDatasetLoad } from './state/useDatasetLoad'
import { usePersistedSettings } from './state/usePersistedSettings'
import { useSystemReducedMotion } from './state/useSystemReducedMotion'

export function App({ api }: { api: InfraGlobeApi }) {
  return (
    <PlatformProvider api={api}>
      <AppContent api={api} />
    </PlatformProvider>
  )
}

function AppContent({ api }: { api: InfraGlobeApi }) {
  const load = useDatasetLoad(api)
  const settingsReady = usePersistedSettings(api)
  const appInfo = useAppInfo(api)
  const aboutOpen = useAppStore((s) => s.aboutOpen)
  const setAboutOpen = useAppStore((s) => s.setAboutOpen)
  const presenting = usePresenting()
  const exportingView = useExportStore((s) => s.open)
  const exportingTimeLapse = useTimeLapseExportStore((s) => s.open)
  const exporting = exportingView || exportingTimeLapse
  useSystemReducedMotion()
  useUnsavedLesson(api)

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

  const about = aboutOpen && <AboutDialog appInfo={appInfo} />

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

  return (
    <>
      {/* While the dialog is open the app behind it is inert: no focus, no clicks, hidden from assistive tech. */}
      <div className={presenting ? 'app app--presenting' : 'app'} inert={aboutOpen || exporting}>
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
            <GlobeToolbar />
            <NoticeArea />
            <PresenterMode />
          </div>
          <SidePanel />
        </main>
        <DataFooter />
      </div>
      <ExportDialog />
      <TimeLapseExportDialog />
      {about}
    </>
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
