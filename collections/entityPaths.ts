/** Where the reader site shows a person, a country and a quote (app/(frontend)/people, /countries, /quotes). */
export const personPath = (slug: string): string => `/people/${slug}`
export const countryPath = (slug: string): string => `/countries/${slug}`
export const quotePath = (id: string | number): string => `/quotes/${encodeURIComponent(String(id))}`
