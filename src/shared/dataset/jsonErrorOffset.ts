/**
 * Finds where JSON text first stops being valid JSON. V8 reports a position
 * for some syntax errors but not for an "Unexpected token" (it quotes the
 * text instead, which is useless for a large file), so the loader locates
 * the error itself. Only called after JSON.parse has failed: speed is
 * secondary, but it is linear and allocates nothing per character.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const n = text.length

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

  const value = (): void => {
    skipSpace()
    const c = text[i]
    if (c === '{') {
      i += 1
      skipSpace()
      if (text[i] === '}') {
        i += 1
        return
      }
      for (;;) {
        skipSpace()
        string()
        skipSpace()
        expect(':')
        value()
        skipSpace()
        if (text[i] === ',') i += 1
        else return expect('}')
      }
    }
    if (c === '[') {
      i += 1
      skipSpace()
      if (text[i] === ']') {
        i += 1
        return
      }
      for (;;) {
        value()
        skipSpace()
        if (text[i] === ',') i += 1
        else return expect(']')
      }
    }
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    return number()
  }

  try {
    value()
    skipSpace()
    return i < n ? i : -1
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, n) : 0
  }
}
