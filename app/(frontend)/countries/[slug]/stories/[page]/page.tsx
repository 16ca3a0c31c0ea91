import { entityStoriesRoute } from '@/story/EntityStoriesPage'

/** Page 2 and on of the stories about a country (story/EntityStoriesPage.tsx); cached like their page. */
export const dynamic = 'force-static'
export const revalidate = 3600

const route = entityStoriesRoute('countries')
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
