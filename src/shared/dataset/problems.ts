import type { z } from 'zod'
import { clip, quoteValue } from '../text/quote'

/**
 * How problems with a checked file are told: paths as a person reads JSON, one bounded line per
 * issue, one report. Apart from the validator (./validate), so that showing a report loads no
 * schema.
 */

/** How many problems a report lists; the rest are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 10

/** Formats a zod issue path the way a person reads JSON: `regions[3].lat`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key
    else out += `[${quoteValue(String(key))}]`
  }
  return out || '(root)'
}

/**
 * One line per zod issue, each bounded: a message can quote what it refused
 * (an unknown key of a million characters), so it is clipped.
 */
export function issueMessages(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => clip(`${formatJsonPath(issue.path)}: ${issue.message}`))
}

/** One human-readable report, as the error window and the web edition show it. */
export function describeProblems(file: string, problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS)
  const more = problems.length - listed.length
  return [
    `${file} cannot be used:`,
    ...listed.map((p) => `  • ${p}`),
    ...(more > 0 ? [`  … and ${more} more problem${more === 1 ? '' : 's'}`] : []),
  ].join('\n')
}
