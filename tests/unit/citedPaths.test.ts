import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

// A comment or a doc that points at a file which moved sends the next reader nowhere.
const tracked = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
const folders = new Set(tracked.flatMap((file) => file.split('/').slice(0, -1).map((_, index, parts) => parts.slice(0, index + 1).join('/'))))
const topFolders = [...new Set(tracked.filter((file) => file.includes('/')).map((file) => file.split('/')[0]))]
const CITATION = new RegExp(`(?<![\\w./@-])((?:${topFolders.map((name) => name.replace(/[.]/g, '\\.')).join('|')})/[\\w.\\-[\\]()/@…]*)`, 'g')
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|#)/

/** A citation as written, less the prose around it: a link's target, a bracket or a stop it does not own. */
function citedPath(raw: string): string {
  let cited = raw.split('](')[0].split('#')[0].split(':')[0]
  const unbalanced = (open: string, close: string) => cited.endsWith(close) && cited.split(open).length < cited.split(close).length
  while (unbalanced('(', ')') || unbalanced('[', ']') || /[.,;]$/.test(cited)) cited = cited.slice(0, -1)
  return cited.replace(/\/$/, '')
}

/** The lines of a file where a path is a reference: all of a document, a source file's comments. */
function referenceLines(file: string): string[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  return file.endsWith('.md') ? lines : lines.map((line) => (COMMENT_LINE.test(line) ? line : ''))
}

/** `docs/decisions/002` names decision 002 by its number. */
const isDecisionNumber = (cited: string) => /^docs\/decisions\/\d{3}$/.test(cited) && tracked.some((file) => file.startsWith(`${cited}-`))

const citing = tracked.filter((file) => /\.(md|ts|tsx|mjs|cjs)$/.test(file) || file === '.ci/run')

describe('the paths that docs and comments cite', () => {
  it('are found across the whole repository', () => {
    expect(citing.length).toBeGreaterThan(300)
  })

  it('all exist', () => {
    const missing = citing.flatMap((file) =>
      referenceLines(file).flatMap((line, index) =>
        [...line.matchAll(CITATION)]
          .map((match) => citedPath(match[1]))
          .filter((cited) => !cited.includes('…') && !tracked.includes(cited) && !folders.has(cited) && !isDecisionNumber(cited))
          .map((cited) => `${file}:${index + 1} cites ${cited}`),
      ),
    )
    expect(missing).toEqual([])
  })

  it('would catch a file that moved', () => {
    const moved = ' * Read by lib/noSuchHelper.ts.'
    expect([...moved.matchAll(CITATION)].map((match) => citedPath(match[1]))).toEqual(['lib/noSuchHelper.ts'])
  })
})
