/**
 * Nelder–Mead simplex minimisation (standard coefficients: reflection 1,
 * expansion 2, contraction 0.5, shrink 0.5). The fits here have 2–4
 * parameters and smooth but non-linear objectives; this needs no gradients
 * and no dependency. Deterministic for a given start.
 */
export interface MinimizeOptions {
  /** Initial step along each axis. */
  step?: number
  maxIterations?: number
  /** Stop when the simplex's objective values differ by less than this. */
  tolerance?: number
}

export interface Minimum {
  x: number[]
  value: number
}

export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: MinimizeOptions = {}): Minimum {
  const { step = 0.5, maxIterations = 5000, tolerance = 1e-10 } = options
  const n = start.length
  let simplex: Minimum[] = [{ x: [...start], value: f(start) }]
  for (let i = 0; i < n; i += 1) {
    const x = [...start]
    x[i] = (x[i] as number) + step
    simplex.push({ x, value: f(x) })
  }
  const combine = (a: readonly number[], b: readonly number[], t: number) => a.map((ai, i) => ai + t * ((b[i] as number) - ai))
  const at = (x: number[]): Minimum => ({ x, value: f(x) })

  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    simplex.sort((p, q) => p.value - q.value)
    const best = simplex[0] as Minimum
    const worst = simplex[n] as Minimum
    const secondWorst = simplex[n - 1] as Minimum
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break
    const centroid = new Array<number>(n).fill(0)
    for (const p of simplex.slice(0, n)) p.x.forEach((v, i) => (centroid[i] = (centroid[i] as number) + v / n))

    const reflected = at(combine(centroid, worst.x, -1))
    if (reflected.value < best.value) {
      const expanded = at(combine(centroid, worst.x, -2))
      simplex[n] = expanded.value < reflected.value ? expanded : reflected
    } else if (reflected.value < secondWorst.value) {
      simplex[n] = reflected
    } else {
      const outside = reflected.value < worst.value
      const contracted = at(combine(centroid, outside ? reflected.x : worst.x, 0.5))
      if (contracted.value < Math.min(worst.value, reflected.value)) {
        simplex[n] = contracted
      } else {
        simplex = simplex.map((p, i) => (i === 0 ? p : at(combine(best.x, p.x, 0.5))))
      }
    }
  }
  simplex.sort((p, q) => p.value - q.value)
  return simplex[0] as Minimum
}

/** Runs nelderMead from several starts, each polished by a restart at its optimum; returns the best. */
export function minimizeFromStarts(
  f: (x: readonly number[]) => number,
  starts: readonly (readonly number[])[],
  options?: MinimizeOptions,
): Minimum {
  let best: Minimum | null = null
  for (const start of starts) {
    let m = nelderMead(f, start, options)
    m = nelderMead(f, m.x, { ...options, step: 0.1 })
    if (!best || m.value < best.value) best = m
  }
  if (!best) throw new Error('no starting point')
  return best
}
