'use client'

import { useLivePreviewContext } from '@payloadcms/ui'

// Payload's own Preview button is an unlabelled icon.
export function PreviewButton() {
  const { previewURL } = useLivePreviewContext()
  if (!previewURL) return null
  return (
    <a className="btn btn--style-secondary btn--size-medium newsroom-preview-button" href={previewURL} target="_blank" rel="noopener">
      Preview <span aria-hidden="true">↗</span>
    </a>
  )
}
