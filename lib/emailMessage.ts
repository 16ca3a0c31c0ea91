// One builder, so every email looks alike and none can carry unescaped input from the database.
export type EmailMessage = { subject: string; html: string; text: string }

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

export function emailMessage(content: {
  subject: string
  heading: string
  paragraphs: string[]
  link?: { href: string; text: string }
  footnote?: string
}): EmailMessage {
  const { subject, heading, paragraphs, link, footnote } = content
  const html = [
    `<h1 style="font-family:Georgia,serif;font-size:22px">${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((paragraph) => `<p style="font-family:Georgia,serif;font-size:16px;line-height:1.5">${escapeHtml(paragraph)}</p>`),
    link ? `<p><a href="${escapeHtml(link.href)}" style="font-family:Georgia,serif;font-size:16px">${escapeHtml(link.text)}</a></p>` : '',
    link ? `<p style="font-family:Georgia,serif;font-size:13px;color:#555">Or paste this address into your browser: ${escapeHtml(link.href)}</p>` : '',
    footnote ? `<p style="font-family:Georgia,serif;font-size:13px;color:#555">${escapeHtml(footnote)}</p>` : '',
  ]
    .filter(Boolean)
    .join('\n')
  const text = [heading, ...paragraphs, ...(link ? [`${link.text}: ${link.href}`] : []), ...(footnote ? [footnote] : [])].join('\n\n')
  return { subject, html, text }
}
