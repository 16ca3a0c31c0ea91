import type { Media } from '@/payload-types'

import { mediaSource } from '../media'

export function MediaFigure({ media, size, className }: { media: Media; size: 'card' | 'hero'; className?: string }) {
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
