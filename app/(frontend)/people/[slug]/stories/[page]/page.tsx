import { entityStoriesRoute } from '@/reader/components/EntityStoriesPage'

// Per request, for the layer to keep (delivery/sharedPages.ts): Next's copy carries one nonce.
export const dynamic = 'force-dynamic'

const route = entityStoriesRoute('people')
export const generateMetadata = route.generateMetadata
export default route.Page
