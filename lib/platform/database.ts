export const DEFAULT_DATABASE_URI = 'file:./data/newsroom.db'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string): DatabaseKind | null {
  if (/^mongodb(\+srv)?:\/\/\S+$/.test(uri)) return 'mongodb'
  if (/^file:\S+$/.test(uri)) return 'sqlite'
  return null
}

export const databaseKindOf = ({ db }: { db: { name: string } }): DatabaseKind => (db.name === 'mongoose' ? 'mongodb' : 'sqlite')
