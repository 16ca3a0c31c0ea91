/** Where the reader site shows a person, a country, a quote and a staff author (app/(frontend)/people, /countries, /quotes, /authors). */
export const personPath = (slug: string): string => `/people/${slug}`
export const countryPath = (slug: string): string => `/countries/${slug}`
export const quotePath = (id: string | number): string => `/quotes/${encodeURIComponent(String(id))}`
export const authorPath = (slug: string): string => `/authors/${slug}`
