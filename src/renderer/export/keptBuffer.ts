/** A buffer lent out by KeptBuffer: hand it back with `done` once the export no longer needs it. */
export interface Lease<T> {
  value: T
  done(): void
}

/**
 * Keeps one of the export's full-size buffers (its render target, its
 * canvas) from one export to the next for a while, then releases it. With
 * software WebGL and a software 2D canvas, making a 4K buffer costs far more
 * than drawing into one already made (its memory is allocated and cleared
 * first): about 200 ms for the render target and 100 ms for the canvas, of
 * an export of about 1 s. A presenter often exports several images in a row
 * (or the scenes one after another); an app that exports once holds nothing
 * after `keepMs`.
 *
 * `key` says what the buffer is made for (size, renderer): a lease under
 * another key releases the kept buffer and keeps the new one instead. A
 * lease asked for while the kept buffer is lent out gets a buffer of its own,
 * released when it is handed back.
 */
export class KeptBuffer<T> {
  private kept: { value: T; key: readonly unknown[] } | null = null
  private lent = false
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly release: (value: T) => void,
    private readonly keepMs: number,
  ) {}

  /** The buffer kept for `key`, or one `create` makes (kept in its place). */
  lease(key: readonly unknown[], create: () => T): Lease<T> {
    if (this.lent) {
      const value = create()
      return { value, done: () => this.release(value) }
    }
    this.cancelTimer()
    if (this.kept && !sameKey(this.kept.key, key)) this.drop()
    const kept = this.kept ?? { value: create(), key: [...key] }
    this.kept = kept
    this.lent = true
    let returned = false
    return {
      value: kept.value,
      done: () => {
        if (returned) return
        returned = true
        this.lent = false
        this.timer = setTimeout(() => this.drop(), this.keepMs)
      },
    }
  }

  /** Releases the kept buffer now (unless it is lent out). */
  drop(): void {
    this.cancelTimer()
    if (!this.kept || this.lent) return
    this.release(this.kept.value)
    this.kept = null
  }

  private cancelTimer(): void {
    if (this.timer === null) return
    clearTimeout(this.timer)
    this.timer = null
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]))
}
