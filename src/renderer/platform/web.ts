import { version } from '../../../package.json'
import datasetUrl from '../../../assets/data/infrastructure.json?url'
import type { InfraGlobeApi } from '../../shared/api'
import type { Dataset } from '../../shared/dataset/schema'
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
  let bytes: ArrayBuffer
  try {
    const response = await fetch(url)
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim()
      return failed(`the file could not be read: the server answered HTTP ${status}`)
    }
    bytes = await response.arrayBuffer()
  } catch (error) {
    return failed(`the file could not be read: ${describeError(error)}`)
  }
  const text = new TextDecoder().decode(bytes)
  if (await isCheckedAtBuild(bytes)) return { ok: true, file: DATASET_FILE, dataset: JSON.parse(text) as Dataset }
  const { parseDataset } = await import('../../shared/dataset/validate')
  const check = parseDataset(text)
  return check.ok
    ? { ok: true, file: DATASET_FILE, dataset: check.dataset }
    : { ok: false, file: DATASET_FILE, problems: check.problems }
}

/**
 * Whether these are the very bytes the build validated (scripts/build/checkedAssets.ts gives
 * their SHA-256): then the validator, zod and the schemas stay out of the first download. Any
 * other text (a file changed after the build, a development server, no Web Crypto outside a
 * secure context) is checked in full.
 */
async function isCheckedAtBuild(bytes: ArrayBuffer): Promise<boolean> {
  const expected: unknown = import.meta.env.BUILTIN_DATASET_SHA256
  if (typeof expected !== 'string' || !globalThis.crypto?.subtle) return false
  try {
    // A view, not the buffer itself: Web Crypto checks the buffer's realm, and a test DOM's fetch hands out another.
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)))
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('') === expected
  } catch {
    return false
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}
