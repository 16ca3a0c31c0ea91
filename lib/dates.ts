const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

// In UTC, so the server and every reader agree on the day.
export const formatDate = (iso: string): string => longDate.format(new Date(iso))

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

export const formatDateTime = (iso: string): string => `${dateTime.format(new Date(iso))} UTC`
