import { entityFeed } from '@/reader/entityFeed'

// Purged with the reader pages (delivery/purge.ts).
export const dynamic = 'force-static'
export const revalidate = 300

export function generateStaticParams(): { slug: string }[] {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return entityFeed('countries', (await params).slug)
}
