/**
 * The story pages and the home page reach readers without JavaScript. Their one interaction, the ×
 * on the "free articles remaining" notice, works without a script (paywall/gateDesigns/RemainingNotice.tsx);
 * every link is a plain link. What Next puts on them is its App Router runtime and React (~180 KB gzip, a
 * dozen files to fetch and run) and the flight data, the whole page once more as a React payload inside
 * inline scripts, for the client-side navigation those pages do not need.
 *
 * So the proxy keeps each page without them: executable scripts, inline or not, and the links that
 * preload them. Data scripts (JSON-LD, what search engines read) stay, byte for byte.
 *
 * The page is read the way a browser's HTML parser reads it (tags, quoted attributes, comments,
 * raw text, where a script really ends), so a `<script` or `</script>` in an attribute, a comment,
 * a style sheet or a script's own strings is never taken for a tag.
 */

/** The types a browser runs as a classic script (a JavaScript MIME type) or as a module; no type at all is JavaScript too. */
const EXECUTABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
])

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT_ELEMENTS = new Set(['style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

type Tag = { name: string; endTag: boolean; attributes: Map<string, string>; end: number }

/** The page without its executable scripts and script preloads; everything else as it was. */
export function withoutScripts(html: string): string {
  let kept = ''
  let copiedUpTo = 0
  let at = 0
  while ((at = html.indexOf('<', at)) !== -1) {
    const tag = tagAt(html, at)
    if (!tag) {
      at = html.startsWith('<!--', at) ? commentEnd(html, at) : /^<[!?/]/.test(html.slice(at, at + 2)) ? bogusCommentEnd(html, at) : at + 1
    } else if (tag.endTag) {
      at = tag.end
    } else if (tag.name === 'script') {
      const contentEnd = scriptContentEnd(html, tag.end)
      const elementEnd = contentEnd === html.length ? contentEnd : tagAt(html, contentEnd)!.end
      if (isExecutable(tag)) {
        kept += html.slice(copiedUpTo, at)
        copiedUpTo = elementEnd
      }
      at = elementEnd
    } else if (tag.name === 'link' && preloadsScript(tag)) {
      kept += html.slice(copiedUpTo, at)
      copiedUpTo = at = tag.end
    } else if (RAW_TEXT_ELEMENTS.has(tag.name)) {
      at = rawTextEnd(html, tag.end, tag.name)
    } else {
      at = tag.end
    }
  }
  return kept + html.slice(copiedUpTo)
}

function isExecutable(script: Tag): boolean {
  const type = script.attributes.get('type')
  // A type with parameters ("text/javascript; charset=utf-8") is not run by browsers; dropping it anyway costs nothing.
  return type === undefined || EXECUTABLE_SCRIPT_TYPES.has(type.split(';')[0].trim().toLowerCase())
}

function preloadsScript(link: Tag): boolean {
  const rel = (link.attributes.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/)
  const as = (link.attributes.get('as') ?? '').trim().toLowerCase()
  return rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')
}

/** Where a comment that opens at `at` ends (after `-->`, or the end of the page). */
function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5
  if (html.startsWith('<!--->', at)) return at + 6
  const end = html.indexOf('-->', at + 4)
  return end === -1 ? html.length : end + 3
}

/** `<!DOCTYPE …>`, `<?…>` and other markup that is no tag end at the first `>`. */
function bogusCommentEnd(html: string, at: number): number {
  const end = html.indexOf('>', at + 2)
  return end === -1 ? html.length : end + 1
}

const TAG_NAME = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y
const ATTRIBUTE = /[\t\n\f\r /]*(?:(>)|([^\t\n\f\r />][^\t\n\f\r /=>]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"?|'([^']*)'?|([^\t\n\f\r >]*)))?)/y

/**
 * The start or end tag that opens at `at`: its lowercased name, its attributes (names lowercased,
 * the first of a name wins) and where it ends; null if no tag opens there.
 */
function tagAt(html: string, at: number): Tag | null {
  TAG_NAME.lastIndex = at
  const name = TAG_NAME.exec(html)
  if (!name) return null
  const tag: Tag = { name: name[2].toLowerCase(), endTag: name[1] === '/', attributes: new Map(), end: html.length }
  ATTRIBUTE.lastIndex = TAG_NAME.lastIndex
  for (let match = ATTRIBUTE.exec(html); match; match = ATTRIBUTE.exec(html)) {
    if (match[1]) return { ...tag, end: ATTRIBUTE.lastIndex }
    const attributeName = match[2].toLowerCase()
    if (!tag.attributes.has(attributeName)) tag.attributes.set(attributeName, match[3] ?? match[4] ?? match[5] ?? '')
  }
  // A tag still open at the end of the page: the browser drops it, and it reaches to the end here.
  return tag
}

/** Whether `prefix` + `name` (any case) stands at `at`, followed by what ends a tag name. */
function tagNameAt(html: string, at: number, prefix: '<' | '</', name: string): boolean {
  const after = at + prefix.length + name.length
  return (
    html.startsWith(prefix, at) && html.slice(at + prefix.length, after).toLowerCase() === name && (after >= html.length || /[\t\n\f\r />]/.test(html[after]))
  )
}

/** Where the raw text of a `name` element that starts at `from` ends: at its end tag. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    if (tagNameAt(html, at, '</', name)) return at
  }
  return html.length
}

/**
 * Where a script's content that starts at `from` ends, as the HTML parser decides (the script
 * data states): at the first `</script`, unless inside `<!--` … `-->` a `<script` opened a nested
 * one, whose `</script` then closes only that.
 */
function scriptContentEnd(html: string, from: number): number {
  let escaped = false
  let doubleEscaped = false
  for (let at = from; at < html.length; at += 1) {
    if (html[at] === '-' && html.startsWith('-->', at)) {
      if (escaped) {
        escaped = doubleEscaped = false
        at += 2
      }
    } else if (html[at] === '<') {
      if (!escaped && html.startsWith('<!--', at)) {
        escaped = true
        // The dashes of `<!--` may also be those of the `-->` that closes it.
        at += 1
      } else if (tagNameAt(html, at, '</', 'script')) {
        if (!doubleEscaped) return at
        doubleEscaped = false
        at += 7
      } else if (escaped && !doubleEscaped && tagNameAt(html, at, '<', 'script')) {
        doubleEscaped = true
        at += 6
      }
    }
  }
  return html.length
}
