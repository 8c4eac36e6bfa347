/**
 * Extrapolation for alternating NMF solvers (Ang & Gillis 2019, "Accelerating nonnegative matrix
 * factorization algorithms using extrapolation", Neural Computation 31): after each update a factor
 * moves on along its last step, F̂ = max(0, F + β(F − F_prev)), and the next update starts there.
 * β grows by `growth` while the error falls (up to a ceiling that itself creeps up to 1) and is cut
 * by `shrink` when the error rises, at which point the solver restarts from the plain iterate.
 */
export class Extrapolation {
  /** The current step factor β. */
  beta: number
  private ceiling = 1
  private previousBeta: number
  private previousError = Number.POSITIVE_INFINITY

  constructor(
    beta = 0.5,
    private readonly shrink = 1.5,
    private readonly growth = 1.1,
    private readonly ceilingGrowth = 1.05,
  ) {
    this.beta = beta
    this.previousBeta = beta
  }

  /**
   * Records an iteration's error. True when it did not rise: keep extrapolating (β grows). False
   * when it rose: the caller drops this iteration's extrapolation; β shrinks and its ceiling falls
   * to the last β that worked.
   */
  accept(error: number): boolean {
    const improved = error <= this.previousError
    if (improved) {
      this.previousBeta = this.beta
      this.beta = Math.min(this.ceiling, this.beta * this.growth)
      this.ceiling = Math.min(1, this.ceiling * this.ceilingGrowth)
      this.previousError = error
    } else {
      this.ceiling = this.previousBeta
      this.beta /= this.shrink
    }
    return improved
  }
}

/** `current` becomes max(0, current + β(current − previous)), and `previous` the plain `current`. */
export function extrapolate(current: Float64Array, previous: Float64Array, beta: number): void {
  for (let e = 0; e < current.length; e++) {
    const plain = current[e]!
    const moved = plain + beta * (plain - previous[e]!)
    previous[e] = plain
    current[e] = moved > 0 ? moved : 0
  }
}
