const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** "July 25, 2023", in UTC so the server and every reader agree on the day. */
export const formatDate = (iso: string): string => longDate.format(new Date(iso))
