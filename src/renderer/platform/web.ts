import { version } from '../../../package.json'
import datasetUrl from '../../../assets/data/infrastructure.json?url'
import type { InfraGlobeApi } from '../../shared/api'
import { parseDataset } from '../../shared/dataset/validate'
import type { AppInfo, DatasetLoadResult } from '../../shared/ipc/contract'
import { createWebClipboard } from './webClipboard'
import { createWebDatasets } from './webDataset'
import { createWebDrafts } from './webDrafts'
import { createWebFiles } from './webFiles'
import { createWebFullScreen } from './webFullScreen'
import { createWebPresentation } from './webPresentation'
import { createWebUnsavedGuard } from './webUnsaved'
import { createLocalSettings } from './webSettings'

/** The dataset as the person knows it: the path in the project, not the hashed bundle URL. */
export const DATASET_FILE = 'assets/data/infrastructure.json'

const appInfo: AppInfo = { name: 'InfraGlobe', version, edition: 'web' }

/**
 * The web edition: the dataset ships next to the page and is fetched from the
 * same origin (the Content Security Policy allows nothing else); settings live
 * in localStorage; files are downloads and the file picker; the clipboard and
 * full screen are the browser's; an unsaved lesson makes the browser ask
 * before the page is left; a presentation's audience view is a second
 * window of the same origin, kept in step over a BroadcastChannel. The web has no application menu, so menu
 * commands never arrive.
 */
export function createPlatform(): InfraGlobeApi {
  return {
    ...createWebDatasets({ loadBundled: () => loadBundledDataset(datasetUrl) }),
    appInfo: () => Promise.resolve(appInfo),
    ...createLocalSettings(),
    onMenuCommand: () => () => {},
    ...createWebClipboard(),
    ...createWebFiles(),
    ...createWebFullScreen(),
    ...createWebDrafts(),
    ...createWebUnsavedGuard(),
    ...createWebPresentation(),
  }
}

async function loadBundledDataset(url: string): Promise<DatasetLoadResult> {
  const failed = (problem: string): DatasetLoadResult => ({ ok: false, file: DATASET_FILE, problems: [problem] })
  let text: string
  try {
    const response = await fetch(url)
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim()
      return failed(`the file could not be read: the server answered HTTP ${status}`)
    }
    text = await response.text()
  } catch (error) {
    return failed(`the file could not be read: ${describeError(error)}`)
  }
  const check = parseDataset(text)
  return check.ok
    ? { ok: true, file: DATASET_FILE, dataset: check.dataset }
    : { ok: false, file: DATASET_FILE, problems: check.problems }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}
