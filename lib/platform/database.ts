export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

export type DatabaseKind = 'mongodb' | 'sqlite'

/** Which adapter a DATABASE_URI asks for; null when it names neither. */
export function databaseKind(uri: string): DatabaseKind | null {
  if (/^mongodb(\+srv)?:\/\/\S+$/.test(uri)) return 'mongodb'
  if (/^file:\S+$/.test(uri)) return 'sqlite'
  return null
}

/** Which kind of database a running Payload, or a built config, stands on. */
export const databaseKindOf = ({ db }: { db: { name: string } }): DatabaseKind => (db.name === 'mongoose' ? 'mongodb' : 'sqlite')
