import * as media_visible_to_readers from './20261128_232521_media_visible_to_readers'
import * as opening_paragraphs from './20261201_090820_opening_paragraphs'
import * as roles_review_authors from './20261201_094128_roles_review_authors'
import * as sections from './20261201_100517_sections'
import * as author_pages from './20261201_142506_author_pages'
import * as reader_email_verified from './20261201_164953_reader_email_verified'
import * as every_country from './20261207_203426_every_country'

/** MongoDB migrations: data changes only (MongoDB needs none for its schema). */
export const mongoMigrations = [
  { up: media_visible_to_readers.up, down: media_visible_to_readers.down, name: '20261128_232521_media_visible_to_readers' },
  { up: opening_paragraphs.up, down: opening_paragraphs.down, name: '20261201_090820_opening_paragraphs' },
  { up: roles_review_authors.up, down: roles_review_authors.down, name: '20261201_094128_roles_review_authors' },
  { up: sections.up, down: sections.down, name: '20261201_100517_sections' },
  { up: author_pages.up, down: author_pages.down, name: '20261201_142506_author_pages' },
  { up: reader_email_verified.up, down: reader_email_verified.down, name: '20261201_164953_reader_email_verified' },
  { up: every_country.up, down: every_country.down, name: '20261207_203426_every_country' },
]
