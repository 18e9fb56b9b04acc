import { create } from 'zustand'
import type { DatasetProblem } from '../../shared/dataset/openDataset'

/** Which dataset the app shows: the one bundled with it, or a file the teacher opened. */
export interface DatasetOrigin {
  origin: 'builtin' | 'file'
  /** The file as the person knows it: the bundled file's path, or the opened file's name or path. */
  file: string
}

/** What the last attempt to change the dataset said, for the notice over the globe. */
export type DatasetNotice =
  | { kind: 'opened'; file: string }
  | { kind: 'builtin' }
  | { kind: 'failed'; message: string; problems: readonly DatasetProblem[] }
  /** The platform loaded the built-in dataset instead of the remembered one, and says why. */
  | { kind: 'fallback'; message: string }

interface DatasetState {
  current: DatasetOrigin | null
  notice: DatasetNotice | null
  /** An open or a return to the built-in dataset is under way. */
  busy: boolean
}

/** The dataset feature's own state; the dataset itself lives in the app store. */
export const useDatasetStore = create<DatasetState>()(() => ({ current: null, notice: null, busy: false }))

export function dismissDatasetNotice(): void {
  useDatasetStore.setState({ notice: null })
}
