/**
 * Readers get story and home pages without Next's scripts: they need none, and those cost
 * ~180 KB gzip plus the whole page again as flight data. Data scripts (JSON-LD) stay, byte for byte.
 * The page is read as a browser's parser reads it, so a `<script` inside an attribute, a
 * comment, a style sheet or a script's own strings is never taken for a tag.
 */

// No type at all is JavaScript too.
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

const RAW_TEXT_ELEMENTS = new Set(['style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

type Tag = { name: string; endTag: boolean; attributes: Map<string, string>; end: number }

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
  // Browsers do not run a type with parameters ("text/javascript; charset=utf-8"): safe to drop.
  return type === undefined || EXECUTABLE_SCRIPT_TYPES.has(type.split(';')[0].trim().toLowerCase())
}

function preloadsScript(link: Tag): boolean {
  const rel = (link.attributes.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/)
  const as = (link.attributes.get('as') ?? '').trim().toLowerCase()
  return rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')
}

function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5
  if (html.startsWith('<!--->', at)) return at + 6
  const end = html.indexOf('-->', at + 4)
  return end === -1 ? html.length : end + 3
}

// `<!DOCTYPE …>`, `<?…>` and the like end at the first `>`.
function bogusCommentEnd(html: string, at: number): number {
  const end = html.indexOf('>', at + 2)
  return end === -1 ? html.length : end + 1
}

const TAG_NAME = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y
const ATTRIBUTE = /[\t\n\f\r /]*(?:(>)|([^\t\n\f\r />][^\t\n\f\r /=>]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"?|'([^']*)'?|([^\t\n\f\r >]*)))?)/y

// Names are lowercased; the first attribute of a name wins, as in a browser.
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
  // A tag still open at the end of the page reaches to the end, as the browser drops it.
  return tag
}

function tagNameAt(html: string, at: number, prefix: '<' | '</', name: string): boolean {
  const after = at + prefix.length + name.length
  return (
    html.startsWith(prefix, at) && html.slice(at + prefix.length, after).toLowerCase() === name && (after >= html.length || /[\t\n\f\r />]/.test(html[after]))
  )
}

function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    if (tagNameAt(html, at, '</', name)) return at
  }
  return html.length
}

/**
 * As the parser's script data states decide: the first `</script` ends it, unless inside
 * `<!--` … `-->` a `<script` opened a nested one, which that `</script` closes instead.
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
