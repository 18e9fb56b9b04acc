import type { LatencyModelFile } from '../../shared/latency'
import modelJson from '../../../assets/data/latency-model.json'

/**
 * The latency model shipped with the app. It is small and bundled with the code, and the build
 * checks it with the model's own check (scripts/build/checkedAssets.ts) before it bundles it, so
 * the page takes it as it is and loads no schema for it. The dataset (large, fetched) is checked
 * by the platform.
 */
export const latencyModel = modelJson as LatencyModelFile
