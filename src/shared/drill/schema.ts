import { z } from 'zod'

/**
 * The failure drill's state: which deployment patterns a student placed in a
 * region, in which AZs, and which AZs are failed. Meant to become part of a
 * lesson scene, so it is a plain, versionable value checked by zod.
 *
 * An AZ is named by its AZ ID (use1-az4), or by az-N in a region whose IDs
 * are not published (see azs/summary.ts).
 */
export const DrillAzKeySchema = z
  .string()
  .regex(/^(?:[a-z0-9]+-az\d+|az-\d+)$/, 'expected an AZ ID such as use1-az4, or az-N where IDs are not published')

const distinct = (list: readonly string[]) => new Set(list).size === list.length

/** The regional services the drill can show keeping their data across AZs. */
export const DrillServiceSchema = z.enum(['s3', 'dynamodb'])

export const DrillPlacementSchema = z.discriminatedUnion('pattern', [
  /** (a) One EC2 instance, which lives in exactly one AZ. */
  z.object({ pattern: z.literal('single-instance'), az: DrillAzKeySchema }),
  /** (b) Two or more instances in different AZs behind an Elastic Load Balancer, which spans AZs. */
  z.object({
    pattern: z.literal('load-balanced'),
    azs: z.array(DrillAzKeySchema).min(2, 'a load-balanced deployment needs instances in at least two AZs').max(12)
      .refine(distinct, 'each instance of a load-balanced deployment is in a different AZ'),
  }),
  /** (c) A regional service that keeps its data across the region's AZs; it is not placed in one AZ. */
  z.object({ pattern: z.literal('regional-service'), service: DrillServiceSchema }),
])

export const DrillPatternSchema = z.enum(['single-instance', 'load-balanced', 'regional-service'])

export const DrillStateSchema = z
  .object({
    region: z.string().regex(/^[a-z]{2,4}(-[a-z]+)+-\d+$/, 'expected a region code such as us-east-1'),
    /** Each pattern at most once: "one at a time or together". */
    placements: z.array(DrillPlacementSchema).max(DrillPatternSchema.options.length)
      .refine((list) => distinct(list.map((p) => p.pattern)), 'each pattern is placed at most once'),
    /** The AZs taken out, in the order they failed. */
    failedAzIds: z.array(DrillAzKeySchema).max(12).refine(distinct, 'an AZ fails once'),
  })

export type DrillAzKey = z.infer<typeof DrillAzKeySchema>
export type DrillService = z.infer<typeof DrillServiceSchema>
export type DrillPattern = z.infer<typeof DrillPatternSchema>
export type DrillPlacement = z.infer<typeof DrillPlacementSchema>
export type DrillState = z.infer<typeof DrillStateSchema>
