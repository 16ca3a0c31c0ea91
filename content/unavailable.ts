/** What readers read when a page cannot be produced (e.g. the database is down). */
export const UNAVAILABLE_HEADING = 'This page is temporarily unavailable'
export const UNAVAILABLE_MESSAGE = 'Something went wrong on our side. Please try again in a moment.'
