import { describe, expect, it } from 'vitest'
import { AfterFrameList } from '../../../../src/renderer/globe/afterFrame'

describe('AfterFrameList', () => {
  it('runs every step after a frame, in the order the steps were added, with the frame', () => {
    const list = new AfterFrameList()
    const ran: string[] = []
    list.add('labels', (frame) => ran.push(`labels ${frame.drawCalls}`))
    list.add('hover', () => ran.push('hover'))
    list.run({ drawCalls: 5 })
    expect(ran).toEqual(['labels 5', 'hover'])
    expect(list.names()).toEqual(['labels', 'hover'])
  })

  it('removes exactly the step whose dispose function is called', () => {
    const list = new AfterFrameList()
    const ran: string[] = []
    const removeFirst = list.add('same name', () => ran.push('first'))
    list.add('same name', () => ran.push('second'))
    removeFirst()
    removeFirst()
    list.run({ drawCalls: 0 })
    expect(ran).toEqual(['second'])
  })

  it('leaves a step added while the list runs for the next frame', () => {
    const list = new AfterFrameList()
    const ran: string[] = []
    list.add('adds', () => {
      if (ran.length === 0) list.add('late', () => ran.push('late'))
      ran.push('adds')
    })
    list.run({ drawCalls: 0 })
    expect(ran).toEqual(['adds'])
    list.run({ drawCalls: 0 })
    expect(ran).toEqual(['adds', 'adds', 'late'])
  })
})
