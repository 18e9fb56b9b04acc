/**
 * A section's list of addresses, each kept once: a raw row's `source` cell
 * holds several entries separated by " | ", and many rows cite the same ones.
 */
export class References {
  private readonly list: string[] = []
  private readonly index = new Map<string, number>()

  /** The indexes of a `source` cell's entries, adding the new ones. */
  cite(cell: string): number[] {
    return cell
      .split(' | ')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const known = this.index.get(entry)
        if (known !== undefined) return known
        this.list.push(entry)
        this.index.set(entry, this.list.length - 1)
        return this.list.length - 1
      })
  }

  toArray(): string[] {
    return [...this.list]
  }
}
