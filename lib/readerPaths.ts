/** Every address of the reader site, built in one place (app/(frontend) serves them); slugs are URL-safe. */
export const storyPath = (slug: string): string => `/articles/${encodeURIComponent(slug)}`
export const sectionPath = (slug: string): string => `/sections/${slug}`
export const personPath = (slug: string): string => `/people/${slug}`
export const countryPath = (slug: string): string => `/countries/${slug}`
export const quotePath = (id: string | number): string => `/quotes/${encodeURIComponent(String(id))}`
export const authorPath = (slug: string): string => `/authors/${slug}`
