/**
 * Raised when the raw inputs are inconsistent. It carries every problem found
 * in one pass so a single run shows all that needs fixing, and the CLI writes
 * nothing when it is thrown.
 */
export class BuildError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((p) => `  • ${p}`).join('\n')}`)
    this.name = 'BuildError'
    this.problems = problems
  }
}

/** Collects problems while a section is built, then throws them together. */
export class Problems {
  private readonly list: string[] = []

  add(problem: string): void {
    this.list.push(problem)
  }

  /** How many problems so far: a reader compares it before and after a row to know whether the row failed. */
  get count(): number {
    return this.list.length
  }

  throwIfAny(): void {
    if (this.list.length) throw new BuildError(this.list)
  }
}
