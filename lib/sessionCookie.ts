/**
 * Payload's session cookie (`${cookiePrefix}-token` with the default prefix),
 * shared by staff (/admin) and readers (/login). Its presence only means "ask
 * the server": Payload verifies it.
 */
export const SESSION_COOKIE = 'payload-token'
