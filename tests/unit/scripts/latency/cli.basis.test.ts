import { describe, expect, it } from 'vitest'
import { EXIT_OK, loadCliInputs, runCli, type CliInputs } from '../../../../scripts/latency/cli'
import { interRegionErrorSet, userErrorSet } from '../../../../src/shared/latency'

const inputs = loadCliInputs()
const load = (): CliInputs => inputs

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, load)
  return { code, out, err }
}

const lineOf = (out: string, code: string) => out.split('\n').find((l) => new RegExp(`^\\s*\\d+\\s+${code}\\s`).test(l)) ?? ''

describe('latency from a region’s city', () => {
  it('prints London from Frankfurt as a user’s estimate, with what it is based on and a band that is not zero wide', () => {
    const { code, out, err } = run(['--from', 'Frankfurt'])
    expect(code).toBe(EXIT_OK)
    expect(err).toBe('')
    const london = lineOf(out, 'eu-west-2')
    expect(london).toMatch(/estimate, based on the measured eu-central-1→eu-west-2 round trip plus the access path$/)
    const [, rtt, low, high] = /\s(\d+\.\d)\s+(\d+\.\d)–(\d+\.\d)\s/.exec(london) ?? []
    expect(Number(low)).toBeLessThan(Number(rtt))
    expect(Number(high)).toBeGreaterThan(Number(rtt))
    expect(out).not.toMatch(/\smeasured$/m)
  })

  it('quotes the user error under a user’s figures and the inter-region error under the backbone’s', () => {
    const user = userErrorSet(inputs.model).model
    const interRegion = interRegionErrorSet(inputs.model).model
    const internet = run(['--from', 'Frankfurt']).out
    expect(internet).toContain(`median error ${user.medianAbsPctError} %, 90th percentile ${user.p90AbsPctError} %`)
    expect(internet).toMatch(/Every figure is a user’s: the public internet plus the access path\./)
    const backbone = run(['--path', 'backbone', '--from', 'Frankfurt']).out
    expect(backbone).toContain(`median error ${interRegion.medianAbsPctError} %, 90th percentile ${interRegion.p90AbsPctError} %`)
    expect(lineOf(backbone, 'eu-west-2')).toMatch(/measured eu-central-1→eu-west-2 round trip$/)
  })

  it('says in the JSON what each figure rests on', () => {
    const { out } = run(['--json', '--from', 'Frankfurt'])
    const [frankfurt] = JSON.parse(out) as { regions: { code: string; basis: string; basedOn: string }[] }[]
    expect(frankfurt?.regions.find((r) => r.code === 'eu-west-2')).toMatchObject({
      basis: 'estimated',
      basedOn: 'estimate, based on the measured eu-central-1→eu-west-2 round trip plus the access path',
    })
    expect(frankfurt?.regions.every((r) => r.basedOn.endsWith('access path'))).toBe(true)
  })
})
