export function Pagination({ page, totalPages, pathOf, label }: { page: number; totalPages: number; pathOf: (page: number) => string; label: string }) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 && (
        <a rel="prev" href={pathOf(page - 1)}>
          Previous
        </a>
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <a rel="next" href={pathOf(page + 1)}>
          Next
        </a>
      )}
    </nav>
  )
}
