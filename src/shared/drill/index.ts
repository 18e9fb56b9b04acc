/** The failure drill: deployment patterns placed in a region's AZs, AZs failed, and who keeps serving. */
export {
  DrillAzKeySchema,
  DrillServiceSchema,
  DrillPatternSchema,
  DrillPlacementSchema,
  DrillStateSchema,
  type DrillAzKey,
  type DrillService,
  type DrillPattern,
  type DrillPlacement,
  type DrillState,
} from './schema'
export { evaluateDrill, drillStateProblems, SERVICE_NAMES, type DrillOutcome, type PatternOutcome } from './evaluate'
