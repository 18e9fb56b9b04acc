import { describe, expect, it } from 'vitest'
import {
  MAX_LISTED_PROBLEMS,
  checkDataset,
  describeProblems,
  formatJsonPath,
  parseDataset,
} from '../../../../src/shared/dataset/validate'
import type { Dataset } from '../../../../src/shared/dataset/schema'
import { makeDataset, makeRegion } from '../../fixtures/dataset'

function problemsOf(mutate: (d: Dataset) => void): string[] {
  const d = makeDataset()
  mutate(d)
  const result = checkDataset(d)
  return result.ok ? [] : result.problems
}

describe('formatJsonPath', () => {
  it('formats array indexes in brackets and keys with dots', () => {
    expect(formatJsonPath(['regions', 3, 'lat'])).toBe('regions[3].lat')
  })

  it('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['services', 'byRegion', 'eu-central-1', 0])).toBe('services.byRegion["eu-central-1"][0]')
  })

  it('names the root when the path is empty', () => {
    expect(formatJsonPath([])).toBe('(root)')
  })
})

describe('checkDataset', () => {
  it('accepts the minimal fixture and returns it typed', () => {
    const result = checkDataset(makeDataset())
    expect(result).toEqual({ ok: true, dataset: makeDataset() })
  })

  it('reports schema problems with a readable JSON path', () => {
    expect(problemsOf((d) => (d.regions[1]!.lat = 123))).toEqual([expect.stringMatching(/^regions\[1\]\.lat: /)])
  })

  it('reports duplicate region codes', () => {
    expect(problemsOf((d) => (d.regions[1]!.code = 'eu-central-1'))).toContain(
      'regions[1].code: duplicate region code "eu-central-1"',
    )
  })

  it('reports duplicate source ids', () => {
    expect(problemsOf((d) => (d.sources[1]!.id = 'regions'))).toContain('sources[1].id: duplicate source id "regions"')
  })

  it('reports source ids that no source defines', () => {
    const problems = problemsOf((d) => {
      d.regions[0]!.sources = ['regions', 'nowhere']
      d.prices.sheets[0]!.source = 'gone'
      d.latency.sources = ['missing']
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'regions[0].sources[1]: unknown source id "nowhere"',
        'prices.sheets[0].source: unknown source id "gone"',
        'latency.sources[0]: unknown source id "missing"',
      ]),
    )
    expect(problems).toHaveLength(3)
  })

  it('reports region codes that no region defines', () => {
    const problems = problemsOf((d) => {
      d.latency.regions[1] = 'eu-west-3'
      d.network.links[0]!.to = 'eu-west-3'
      d.services.byRegion['sa-east-1'] = ['amazon-ec2']
      d.prices.ec2[0]!.region = 'us-east-1'
      d.prices.s3[0]!.region = 'ap-south-1'
    })
    expect(problems.sort()).toEqual([
      'latency.regions[1]: unknown region code "eu-west-3"',
      'network.links[0].to: unknown region code "eu-west-3"',
      'prices.ec2[0].region: unknown region code "us-east-1"',
      'prices.s3[0].region: unknown region code "ap-south-1"',
      'services.byRegion["sa-east-1"]: unknown region code "sa-east-1"',
    ])
  })

  it('reports service ids that the catalogue does not define', () => {
    expect(problemsOf((d) => d.services.byRegion['eu-central-1']!.push('amazon-s3'))).toEqual([
      'services.byRegion["eu-central-1"][1]: unknown service id "amazon-s3"',
    ])
  })

  it('reports a price row for an unknown sheet or instance type, and duplicate rows', () => {
    const problems = problemsOf((d) => {
      d.prices.ec2.push({ ...d.prices.ec2[0]! })
      d.prices.ec2.push({ sheet: 'other', region: 'eu-west-1', instanceType: 'm5.large', perHour: 0.1 })
    })
    expect(problems.sort()).toEqual([
      'prices.ec2[1]: duplicate price for ec2-2025/eu-central-1/t3.micro',
      'prices.ec2[2].instanceType: unknown instance type "m5.large"',
      'prices.ec2[2].sheet: unknown price sheet "other"',
    ])
  })

  it('reports a ragged latency matrix, row by row', () => {
    expect(problemsOf((d) => (d.latency.rttMs[1] = [24.3]))).toEqual(['latency.rttMs[1]: 1 columns for 2 regions'])
  })

  it('reports a latency matrix with a missing row', () => {
    expect(problemsOf((d) => d.latency.rttMs.pop())).toEqual(['latency.rttMs: 1 rows for 2 regions'])
  })

  it('reports a network link to a region the dataset does not have', () => {
    expect(problemsOf((d) => (d.network.links[0]!.from = 'ap-south-1'))).toEqual([
      'network.links[0].from: unknown region code "ap-south-1"',
      'network.links[0].rttMs: 24.1 ms, but latency gives no measurement from "ap-south-1" to "eu-west-1"',
    ])
  })

  it('reports a network link from a region to itself', () => {
    expect(problemsOf((d) => d.network.links.push({ from: 'eu-west-1', to: 'eu-west-1', rttMs: null, kind: 'neighbour' }))).toEqual([
      'network.links[1]: links region "eu-west-1" to itself',
    ])
  })

  it('reports the same pair linked twice, in either direction', () => {
    expect(problemsOf((d) => d.network.links.push({ from: 'eu-west-1', to: 'eu-central-1', rttMs: 24.3, kind: 'long-haul' }))).toEqual([
      'network.links[1]: duplicate link between "eu-west-1" and "eu-central-1"',
    ])
  })

  it('reports a link whose round trip is not the measured one, row "from" and column "to"', () => {
    expect(problemsOf((d) => (d.network.links[0]!.rttMs = 24.3))).toEqual([
      'network.links[0].rttMs: 24.3 ms, but latency gives 24.1 ms from "eu-central-1" to "eu-west-1"',
    ])
  })

  it('reads a link against the matrix in its own direction, so a reversed link carries the reverse figure', () => {
    const reversed = { from: 'eu-west-1', to: 'eu-central-1', rttMs: 24.3, kind: 'neighbour' } as const
    expect(problemsOf((d) => (d.network.links[0] = reversed))).toEqual([])
  })

  it('wants null on a link whose direction is not measured, and reports a figure there', () => {
    const unmeasured = { from: 'eu-west-1', to: 'eu-central-1', rttMs: null, kind: 'neighbour' } as const
    const withNull = (d: Dataset) => {
      d.latency.rttMs[1]![0] = null
      d.network.links[0] = { ...unmeasured }
    }
    expect(problemsOf(withNull)).toEqual([])
    expect(
      problemsOf((d) => {
        withNull(d)
        d.network.links[0]!.rttMs = 24.3
      }),
    ).toEqual(['network.links[0].rttMs: 24.3 ms, but latency gives no measurement from "eu-west-1" to "eu-central-1"'])
  })

  it('reports a network source that no source defines', () => {
    expect(problemsOf((d) => (d.network.sources = ['latency', 'backbone']))).toEqual([
      'network.sources[1]: unknown source id "backbone"',
    ])
  })

  it('reports more AZ IDs than the AZ count allows', () => {
    const ids = ['euc1-az1', 'euc1-az2', 'euc1-az3', 'euc1-az4', 'euc1-az5']
    expect(problemsOf((d) => (d.regions[0] = makeRegion({ azIds: ids })))).toEqual([
      'regions[0].azIds: 5 AZ IDs for an AZ count of 3',
    ])
  })
})

describe('parseDataset', () => {
  it('parses and validates valid JSON text', () => {
    expect(parseDataset(JSON.stringify(makeDataset(), null, 1)).ok).toBe(true)
  })

  it('reports invalid JSON with its line and column', () => {
    const text = '{\n "schemaVersion": 1,\n "asOf": "2026-11-21",\n}'
    const result = parseDataset(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([expect.stringMatching(/^\(root\): not valid JSON: .*\(line 4, column 1\)$/)])
  })

  it('reports an empty file as invalid JSON', () => {
    const result = parseDataset('')
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^\(root\): not valid JSON/)])
  })
})

describe('describeProblems', () => {
  it('names the file, lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: MAX_LISTED_PROBLEMS + 2 }, (_, i) => `p${i}`)
    const text = describeProblems('infrastructure.json', problems)
    const lines = text.split('\n')
    expect(lines[0]).toBe('infrastructure.json cannot be used:')
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 2)
    expect(lines.at(-1)).toBe('  … and 2 more problems')
  })
})
