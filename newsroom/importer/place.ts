// Quotes not in their paragraph, or overlapping another's, cannot be marked, and say so.
export type QuotePlacement = { ok: true; starts: number[] } | { ok: false; problems: { index: number; message: string }[] }

export function placeQuotes(paragraphs: string[], quotes: { text: string; paragraph: number }[]): QuotePlacement {
  const taken = new Map<number, { start: number; end: number }[]>()
  const starts: number[] = []
  const problems: { index: number; message: string }[] = []
  quotes.forEach((quote, index) => {
    const paragraph = paragraphs[quote.paragraph]
    const spans = taken.get(quote.paragraph) ?? []
    let start = paragraph?.indexOf(quote.text) ?? -1
    while (start >= 0 && spans.some((span) => start === span.start)) start = paragraph.indexOf(quote.text, start + 1)
    if (start < 0) {
      problems.push({ index, message: 'is not in the paragraph it is said to stand in' })
      return
    }
    const end = start + quote.text.length
    if (spans.some((span) => start < span.end && span.start < end)) {
      problems.push({ index, message: 'overlaps another quote kept in the same paragraph: keep one of them' })
      return
    }
    taken.set(quote.paragraph, [...spans, { start, end }])
    starts.push(start)
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, starts }
}
