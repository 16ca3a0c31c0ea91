import path from 'node:path'

import nextEnv from '@next/env'

/**
 * Next's own loader, so the files, their order and their precedence are those of `next start`.
 * What it remembers of each file lets a bad setting be reported with its file and line.
 */
type LoadedFile = { path: string; contents: string }

let loaded: { dir: string; files: LoadedFile[]; fromEnvironment: Set<string> } | undefined

export function loadEnvFiles(dir: string = process.cwd()): void {
  if (loaded) return
  const quiet = { info: () => {}, error: (...args: unknown[]) => console.error(...args) }
  const { loadedEnvFiles } = nextEnv.loadEnvConfig(dir, process.env.NODE_ENV === 'development', quiet)
  // Next's snapshot from before any file was loaded, also when Next loaded them first.
  const fromEnvironment = new Set(Object.keys(nextEnv.initialEnv ?? process.env))
  loaded = { dir, files: loadedEnvFiles.map(({ path, contents }) => ({ path, contents })), fromEnvironment }
}

export function settingOrigin(name: string, value: string | undefined): string {
  if (!loaded) return value === undefined ? 'not set in the environment or a .env file' : 'set in the environment'
  if (value !== undefined && loaded.fromEnvironment.has(name)) return 'set in the environment, which .env files do not override'
  for (const file of loaded.files) {
    const line = lineSetting(file.contents, name)
    if (line !== null) return `set in ${displayPath(loaded.dir, file.path)}, line ${line}`
  }
  const target = loaded.files[0]?.path ?? '.env'
  return `not set: add a line ${name}=… to ${displayPath(loaded.dir, target)}`
}

// The last one wins, as in dotenv.
export function lineSetting(contents: string, name: string): number | null {
  const pattern = new RegExp(`^\\s*(?:export\\s+)?${name.replace(/[^\w]/g, '')}\\s*=`)
  const index = contents.split(/\r?\n/).findLastIndex((line) => pattern.test(line))
  return index === -1 ? null : index + 1
}

function displayPath(dir: string, file: string): string {
  const absolute = path.resolve(dir, file)
  const relative = path.relative(process.cwd(), absolute)
  return relative.startsWith('..') ? absolute : relative
}
