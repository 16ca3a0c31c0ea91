/** Where the reader site shows a person and a country (app/(frontend)/people, /countries). */
export const personPath = (slug: string): string => `/people/${slug}`
export const countryPath = (slug: string): string => `/countries/${slug}`
