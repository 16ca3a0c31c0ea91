'use client'

import { useLivePreviewContext } from '@payloadcms/ui'

/**
 * The story editor's Preview button, with its name written out: Payload's own is an
 * unlabelled icon. It opens the latest draft as the story page (the draft preview),
 * in a new tab, for the signed-in staff member only.
 */
export function PreviewButton() {
  const { previewURL } = useLivePreviewContext()
  if (!previewURL) return null
  return (
    <a className="btn btn--style-secondary btn--size-medium newsroom-preview-button" href={previewURL} target="_blank" rel="noopener">
      Preview <span aria-hidden="true">↗</span>
    </a>
  )
}
