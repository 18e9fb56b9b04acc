import { useEffect, useRef, useState } from 'react'
import type { InfraGlobeApi } from '../../shared/api'
import type { DatasetLoadResult } from '../../shared/ipc/contract'
import { useAppStore } from './store'

export type DatasetLoadState =
  | { status: 'loading' }
  | {
      status: 'ready'
      /** The dataset's file as the person knows it, whether it is the bundled one or an opened file, and why a remembered file was not used. */
      file: string
      origin: 'builtin' | 'file'
      notice?: string
    }
  | { status: 'failed'; file: string; problems: string[] }

/**
 * Loads the dataset once per platform and puts it in the store. The request
 * is kept in a ref so a re-run effect (React's development double run) reuses
 * it instead of loading twice. A platform that throws is reported like an
 * invalid file: the app shows the problem, never a half-started globe.
 */
export function useDatasetLoad(api: InfraGlobeApi): DatasetLoadState {
  const setDataset = useAppStore((s) => s.setDataset)
  const request = useRef<{ api: InfraGlobeApi; result: Promise<DatasetLoadResult> } | null>(null)
  const [state, setState] = useState<DatasetLoadState>({ status: 'loading' })

  useEffect(() => {
    if (request.current?.api !== api) request.current = { api, result: requestDataset(api) }
    let current = true
    void request.current.result.then((result) => {
      if (!current) return
      if (result.ok) {
        setDataset(result.dataset)
        setState({ status: 'ready', file: result.file, origin: result.origin ?? 'builtin', ...(result.notice ? { notice: result.notice } : {}) })
      } else {
        setState({ status: 'failed', file: result.file, problems: result.problems })
      }
    })
    return () => {
      current = false
    }
  }, [api, setDataset])

  return state
}

async function requestDataset(api: InfraGlobeApi): Promise<DatasetLoadResult> {
  try {
    return await api.loadDataset()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, file: 'the dataset', problems: [`it could not be loaded: ${message}`] }
  }
}
