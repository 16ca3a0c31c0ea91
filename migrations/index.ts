import * as migration_20261128_204834_initial from './20261128_204834_initial';
import * as migration_20261128_213201_scheduled_publishing from './20261128_213201_scheduled_publishing';
import * as migration_20261128_214748_site_lead_story from './20261128_214748_site_lead_story';
import * as migration_20261128_225923_readers_and_paywall_break from './20261128_225923_readers_and_paywall_break';
import * as migration_20261128_232521_media_visible_to_readers from './20261128_232521_media_visible_to_readers';
import * as migration_20261128_233929_subscription_provider_event_at from './20261128_233929_subscription_provider_event_at';
import * as migration_20261201_090820_opening_paragraphs from './20261201_090820_opening_paragraphs';
import * as migration_20261201_094128_roles_review_authors from './20261201_094128_roles_review_authors';
import * as migration_20261201_100517_sections from './20261201_100517_sections';
import * as migration_20261201_101551_autosave from './20261201_101551_autosave';
import * as migration_20261201_102549_quotes_in_the_body from './20261201_102549_quotes_in_the_body';
import * as migration_20261201_103735_redirects from './20261201_103735_redirects';
import * as migration_20261201_122634_quote_public_record from './20261201_122634_quote_public_record';
import * as migration_20261201_135622_search_index from './20261201_135622_search_index';
import * as migration_20261201_141652_share_overrides from './20261201_141652_share_overrides';
import * as migration_20261201_142305_quote_in_opening from './20261201_142305_quote_in_opening';
import * as migration_20261201_142506_author_pages from './20261201_142506_author_pages';
import * as migration_20261201_164953_reader_email_verified from './20261201_164953_reader_email_verified';
import * as migration_20261201_170016_reader_query_indexes from './20261201_170016_reader_query_indexes';
import * as migration_20261201_194951_media_storage_fields from './20261201_194951_media_storage_fields';
import * as migration_20261207_105345_no_account_locks from './20261207_105345_no_account_locks';
import * as migration_20261207_124514_newsroom_numbers from './20261207_124514_newsroom_numbers';
import * as migration_20261207_203426_every_country from './20261207_203426_every_country';

export const migrations = [
  {
    up: migration_20261128_204834_initial.up,
    down: migration_20261128_204834_initial.down,
    name: '20261128_204834_initial',
  },
  {
    up: migration_20261128_213201_scheduled_publishing.up,
    down: migration_20261128_213201_scheduled_publishing.down,
    name: '20261128_213201_scheduled_publishing',
  },
  {
    up: migration_20261128_214748_site_lead_story.up,
    down: migration_20261128_214748_site_lead_story.down,
    name: '20261128_214748_site_lead_story',
  },
  {
    up: migration_20261128_225923_readers_and_paywall_break.up,
    down: migration_20261128_225923_readers_and_paywall_break.down,
    name: '20261128_225923_readers_and_paywall_break',
  },
  {
    up: migration_20261128_232521_media_visible_to_readers.up,
    down: migration_20261128_232521_media_visible_to_readers.down,
    name: '20261128_232521_media_visible_to_readers',
  },
  {
    up: migration_20261128_233929_subscription_provider_event_at.up,
    down: migration_20261128_233929_subscription_provider_event_at.down,
    name: '20261128_233929_subscription_provider_event_at',
  },
  {
    up: migration_20261201_090820_opening_paragraphs.up,
    down: migration_20261201_090820_opening_paragraphs.down,
    name: '20261201_090820_opening_paragraphs',
  },
  {
    up: migration_20261201_094128_roles_review_authors.up,
    down: migration_20261201_094128_roles_review_authors.down,
    name: '20261201_094128_roles_review_authors',
  },
  {
    up: migration_20261201_100517_sections.up,
    down: migration_20261201_100517_sections.down,
    name: '20261201_100517_sections',
  },
  {
    up: migration_20261201_101551_autosave.up,
    down: migration_20261201_101551_autosave.down,
    name: '20261201_101551_autosave',
  },
  {
    up: migration_20261201_102549_quotes_in_the_body.up,
    down: migration_20261201_102549_quotes_in_the_body.down,
    name: '20261201_102549_quotes_in_the_body',
  },
  {
    up: migration_20261201_103735_redirects.up,
    down: migration_20261201_103735_redirects.down,
    name: '20261201_103735_redirects',
  },
  {
    up: migration_20261201_122634_quote_public_record.up,
    down: migration_20261201_122634_quote_public_record.down,
    name: '20261201_122634_quote_public_record',
  },
  {
    up: migration_20261201_135622_search_index.up,
    down: migration_20261201_135622_search_index.down,
    name: '20261201_135622_search_index',
  },
  {
    up: migration_20261201_141652_share_overrides.up,
    down: migration_20261201_141652_share_overrides.down,
    name: '20261201_141652_share_overrides',
  },
  {
    up: migration_20261201_142305_quote_in_opening.up,
    down: migration_20261201_142305_quote_in_opening.down,
    name: '20261201_142305_quote_in_opening',
  },
  {
    up: migration_20261201_142506_author_pages.up,
    down: migration_20261201_142506_author_pages.down,
    name: '20261201_142506_author_pages',
  },
  {
    up: migration_20261201_164953_reader_email_verified.up,
    down: migration_20261201_164953_reader_email_verified.down,
    name: '20261201_164953_reader_email_verified',
  },
  {
    up: migration_20261201_170016_reader_query_indexes.up,
    down: migration_20261201_170016_reader_query_indexes.down,
    name: '20261201_170016_reader_query_indexes',
  },
  {
    up: migration_20261201_194951_media_storage_fields.up,
    down: migration_20261201_194951_media_storage_fields.down,
    name: '20261201_194951_media_storage_fields',
  },
  {
    up: migration_20261207_105345_no_account_locks.up,
    down: migration_20261207_105345_no_account_locks.down,
    name: '20261207_105345_no_account_locks',
  },
  {
    up: migration_20261207_124514_newsroom_numbers.up,
    down: migration_20261207_124514_newsroom_numbers.down,
    name: '20261207_124514_newsroom_numbers',
  },
  {
    up: migration_20261207_203426_every_country.up,
    down: migration_20261207_203426_every_country.down,
    name: '20261207_203426_every_country'
  },
];
