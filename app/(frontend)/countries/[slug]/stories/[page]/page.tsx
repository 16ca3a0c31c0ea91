import { entityStoriesRoute } from '@/reader/components/EntityStoriesPage'

/** Page 2 and on of the stories about a country (reader/components/EntityStoriesPage.tsx); cached like their page. */
// Rendered on each request, for the layer in front of Next to keep (delivery/sharedPages.ts): a copy
// of Next's own would carry the first reader's script nonce, and go stale after a change.
export const dynamic = 'force-dynamic'

const route = entityStoriesRoute('countries')
export const generateMetadata = route.generateMetadata
export default route.Page
