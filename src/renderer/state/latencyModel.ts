import { LatencyModelFileSchema } from '../../shared/latency'
import modelJson from '../../../assets/data/latency-model.json'

/**
 * The latency model shipped with the app, validated once. It is small and
 * bundled with the code; the dataset (large, validated by main) is not.
 */
export const latencyModel = LatencyModelFileSchema.parse(modelJson)
