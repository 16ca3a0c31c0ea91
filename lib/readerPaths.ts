// Every reader address built in one place; slugs are URL-safe already.
export const storyPath = (slug: string): string => `/articles/${encodeURIComponent(slug)}`
// The gate's buttons pass through here, which counts the click (app/(frontend)/go/[action]/route.ts).
export const gateClickPath = (action: 'subscribe' | 'login' | 'register', slug: string): string => `/go/${action}?from=${encodeURIComponent(slug)}`
export const sectionPath = (slug: string): string => `/sections/${slug}`
export const personPath = (slug: string): string => `/people/${slug}`
export const countryPath = (slug: string): string => `/countries/${slug}`
export const quotePath = (id: string | number): string => `/quotes/${encodeURIComponent(String(id))}`
export const authorPath = (slug: string): string => `/authors/${slug}`
