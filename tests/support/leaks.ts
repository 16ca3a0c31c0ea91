/** What must never reach a reader: a stack frame, a source or server path, a database's own error. */
const INTERNALS = [
  /\bat [\w.<>$[\] ]+ \((?:file:\/\/|\/|node:)/,
  /node_modules\//,
  /\.tsx?:\d+:\d+/,
  /SQLITE_|CANTOPEN|MongoServerError|MongoNetworkError/,
  /newsroom-server-/,
]

export const leaksInternals = (body: string): boolean => INTERNALS.some((pattern) => pattern.test(body)) || body.includes(process.cwd())
