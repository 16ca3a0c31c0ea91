import type { Media } from '@/payload-types'

type Size = 'card' | 'hero'

export function mediaSource(media: Media, size: Size): { src: string; width?: number; height?: number } | null {
  const sized = media.sizes?.[size]
  if (sized?.url) return { src: sized.url, width: sized.width ?? undefined, height: sized.height ?? undefined }
  return media.url ? { src: media.url, width: media.width ?? undefined, height: media.height ?? undefined } : null
}

/** An image with its caption and credit, as a photo desk would print it. */
export function MediaFigure({ media, size, className }: { media: Media; size: Size; className?: string }) {
  const source = mediaSource(media, size)
  if (!source) return null
  return (
    <figure className={className ?? 'figure'}>
      <img src={source.src} width={source.width} height={source.height} alt={media.alt} loading={size === 'hero' ? 'eager' : 'lazy'} />
      {(media.caption || media.credit) && (
        <figcaption>
          {media.caption && <span className="figure-caption">{media.caption}</span>}{' '}
          {media.credit && <span className="figure-credit">{media.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
