/**
 * Finds where JSON text first stops being valid JSON. V8 reports a position
 * for some syntax errors but not for an "Unexpected token" (it quotes the
 * text instead, which is useless for a large file), so the loader locates
 * the error itself. Only called after JSON.parse has failed: speed is
 * secondary, but it is linear and allocates nothing per character.
 *
 * Nesting is tracked on an explicit stack, not by recursion: a file nested
 * tens of thousands of levels deep (which JSON.parse itself accepts) is
 * located at its real position instead of overflowing the call stack.
 */

const OBJECT = 0
const ARRAY = 1

export function jsonErrorOffset(text: string): number {
  let i = 0
  const n = text.length
  /** The open containers, innermost last. */
  const open: number[] = []

  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i += 1
  }
  const fail = (): never => {
    throw i
  }
  const expect = (ch: string) => {
    if (text[i] !== ch) fail()
    i += 1
  }

  const string = () => {
    expect('"')
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i += 1
        return
      }
      if (c < 0x20) fail()
      if (c === 0x5c) {
        i += 1
        const e = text[i]
        if (e === 'u') {
          for (let k = 1; k <= 4; k += 1) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail()
          i += 5
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 1
        else fail()
      } else i += 1
    }
    fail()
  }

  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match) fail()
    i += match![0].length
  }

  const literal = (word: string) => {
    for (const ch of word) expect(ch)
  }

  /** An object key and its colon. */
  const key = () => {
    skipSpace()
    string()
    skipSpace()
    expect(':')
  }

  /** A string, number or literal. */
  const scalar = () => {
    const c = text[i]
    if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else number()
  }

  try {
    for (;;) {
      // A value starts here: a container is opened (and its first member awaited) or a scalar is read.
      skipSpace()
      const c = text[i]
      if (c === '{' || c === '[') {
        i += 1
        skipSpace()
        if (text[i] === (c === '{' ? '}' : ']')) i += 1
        else {
          open.push(c === '{' ? OBJECT : ARRAY)
          if (c === '{') key()
          continue
        }
      } else scalar()

      // The value is complete: close every container that ends here, or move on to the next member.
      for (;;) {
        skipSpace()
        if (open.length === 0) return i < n ? i : -1
        const inObject = open[open.length - 1] === OBJECT
        if (text[i] === ',') {
          i += 1
          if (inObject) key()
          break
        }
        expect(inObject ? '}' : ']')
        open.pop()
      }
    }
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, n) : 0
  }
}
