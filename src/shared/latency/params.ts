import { z } from 'zod'

/**
 * The parameters of the latency model. `assets/data/latency-model.json`
 * holds them with their provenance (see ./modelFile.ts); this schema is the
 * single source of their types.
 */

const ratioAtMostOne = z.number().positive().max(1)
const ratioAtLeastOne = z.number().min(1)

/**
 * RTT over a path of great-circle length d (km):
 *   rtt(d) = overheadMs + fibreBound(d) · stretch(d)
 *   stretch(d) = stretchFar + (stretchNear − stretchFar) · halfDistanceKm / (d + halfDistanceKm)
 * Real routes detour more, relative to the distance, over short hops than
 * over long ones; the stretch falls from stretchNear towards stretchFar and
 * is half-way there at halfDistanceKm. d · stretch(d) grows with d whatever
 * the values, so the estimate is monotone in distance.
 */
export const RttCurveSchema = z
  .object({
    /** Fixed cost of a round trip between two hosts in one metro (switching, host stack), ms. */
    overheadMs: z.number().nonnegative(),
    stretchNear: ratioAtLeastOne,
    stretchFar: ratioAtLeastOne,
    halfDistanceKm: z.number().positive(),
  })
  .refine((c) => c.stretchNear >= c.stretchFar, { message: 'stretchNear must be at least stretchFar' })

/**
 * Multiplicative band around a user's figure, [figure · low, figure · high]:
 * strictly around it, so it is never zero wide.
 */
export const UserBandSchema = z.object({ low: z.number().positive().lt(1), high: z.number().gt(1) })

/**
 * What a user's round trip adds to the model's host-to-host curve. A user is
 * never inside AWS's network: every figure for a user is the public-internet
 * path to the region plus the access path.
 */
export const InternetPremiumSchema = z.object({
  /** Public-internet propagation over backbone propagation (≥ 1: the internet is not modelled faster). */
  pathPremium: ratioAtLeastOne,
  /**
   * The access path, ms: the round trip from a user's line (home, office or
   * mobile) through their provider to where the internet meets the region's
   * network. Part of every user figure; positive, so that a user standing
   * in a region's city still gets more than the region's own round trip.
   */
  accessMs: z.number().positive(),
  /** The band around a user's figure, from held-out public-internet measurements. */
  band: UserBandSchema,
})

export const RouteCorrectionSchema = z.object({
  /** An anchor region's measured route informs points within about this distance of it, km. */
  lengthKm: z.number().positive(),
  /** Pseudo-weight of "no correction": with one anchor at weight 1 the correction is 1 / (1 + priorWeight) of its residual. */
  priorWeight: z.number().positive(),
  /** An anchor informs a target only if it is much nearer the point than the target is (this fraction of it). */
  nearFraction: z.number().positive().max(1),
})

/** Multiplicative band around an estimate: [estimate · low, estimate · high]. */
export const BandFactorsSchema = z.object({ low: ratioAtMostOne, high: ratioAtLeastOne })

/** The band of backbone (region-to-region) estimates; a user's figure has its own (internet.band). */
export const BandSchema = z.object({
  /** The residual quantiles the factors come from, e.g. [0.05, 0.95]; internet.band uses the same. */
  quantiles: z.tuple([z.number().gt(0).lt(0.5), z.number().gt(0.5).lt(1)]),
  /** For an estimate from distance alone (no measured route nearby). */
  distanceOnly: BandFactorsSchema,
  /** For an estimate fully corrected by measured routes of nearby regions. */
  routeCorrected: BandFactorsSchema,
})

export const LatencyParamsSchema = z.object({
  backbone: RttCurveSchema,
  internet: InternetPremiumSchema,
  routeCorrection: RouteCorrectionSchema,
  band: BandSchema,
})

export type RttCurve = z.infer<typeof RttCurveSchema>
export type InternetPremium = z.infer<typeof InternetPremiumSchema>
export type UserBand = z.infer<typeof UserBandSchema>
export type RouteCorrection = z.infer<typeof RouteCorrectionSchema>
export type BandFactors = z.infer<typeof BandFactorsSchema>
export type Band = z.infer<typeof BandSchema>
export type LatencyParams = z.infer<typeof LatencyParamsSchema>

/**
 * Which network a round trip crosses: the public internet from a user (their
 * access path included) or AWS's backbone (region to region).
 */
export type RttPath = 'internet' | 'backbone'
