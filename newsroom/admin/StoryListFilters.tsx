import { READY_FOR_REVIEW_LIST } from './Dashboard'

export function StoryListFilters() {
  return (
    <p className="newsroom-list-filters">
      <a href="/admin/collections/articles">All stories</a> · <a href={READY_FOR_REVIEW_LIST}>Ready for review</a> ·{' '}
      <a href="/admin/collections/articles?where[_status][equals]=draft">Drafts</a> · <a href="/admin/import-story">Import a story</a>
    </p>
  )
}
