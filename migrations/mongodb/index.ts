import * as media_visible_to_readers from './20261128_232521_media_visible_to_readers'

/** MongoDB migrations: data changes only (MongoDB needs none for its schema). */
export const mongoMigrations = [
  { up: media_visible_to_readers.up, down: media_visible_to_readers.down, name: '20261128_232521_media_visible_to_readers' },
]
