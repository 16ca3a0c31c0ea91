import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { withoutScripts } from '@/delivery/readerHtml'

const JSON_LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A <b> in a headline"}</script>'
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`

describe('a reader page without its scripts', () => {
  it('loses Next’s chunks, its flight data and its script preloads, and keeps everything else', () => {
    const html = page(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
        '<script src="/_next/static/chunks/c.js" async=""></script><title>A story</title><script src="/_next/static/chunks/d.js" noModule=""></script>',
      '<main><h1>A story</h1></main><script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
        '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    )
    expect(withoutScripts(html)).toBe(
      page('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><title>A story</title>', '<main><h1>A story</h1></main>'),
    )
  })

  it('keeps data scripts byte for byte: JSON-LD, JSON, templates, import maps', () => {
    const data = [
      JSON_LD,
      '<script type="application/json" id="config">{"a":1}</script>',
      "<SCRIPT TYPE='APPLICATION/LD+JSON'>{}</SCRIPT>",
      '<script type="text/template"><p>later</p></script>',
      '<script type="importmap">{"imports":{}}</script>',
    ].join('')
    const html = page('', `<main>${data}</main>`)
    expect(withoutScripts(html)).toBe(html)
  })

  it('returns a page with nothing to remove as it was', () => {
    const html = page('<link rel="preload" href="/photo.png" as="image"/><link rel="preload" href="/font.woff2" as="font" crossorigin=""/>', '<p>Hello</p>')
    expect(withoutScripts(html)).toBe(html)
  })

  it.each([
    '<script>alert(1)</script>',
    '<script type="">alert(1)</script>',
    '<script type="text/javascript">alert(1)</script>',
    '<script type="module" src="/a.js"></script>',
    '<script type=" Module ">import "/a.js"</script>',
    '<script type="application/javascript">alert(1)</script>',
    '<script type="text/ecmascript">alert(1)</script>',
    '<script type="text/javascript; charset=utf-8">alert(1)</script>',
    '<SCRIPT SRC=/a.js ASYNC></SCRIPT>',
    '<Script Type=TEXT/JAVASCRIPT>alert(1)</Script >',
    "<script async src='/a.js' nonce=\"n\" type='text/javascript'></script>",
    '<script\nsrc="/a.js"\n></script\n>',
    '<script/src="/a.js"></script>',
    '<script data-type="application/ld+json">alert(1)</script>',
    '<script type="text/javascript" type="application/ld+json">alert(1)</script>',
    '<script src="/a.js"></script foo=">">',
  ])('removes %s', (script) => {
    expect(withoutScripts(`<p>before</p>${script}<p>after</p>`)).toBe('<p>before</p><p>after</p>')
  })

  it.each([
    '<link rel="preload" as="script" href="/a.js"/>',
    '<link href="/a.js" as="script" rel="preload">',
    "<LINK REL=PRELOAD AS=SCRIPT HREF='/a.js'>",
    '<link rel="modulepreload" href="/a.js"/>',
    '<link rel="modulepreload" as="worker" href="/a.js"/>',
    '<link rel="preload  prefetch" as=" script " href="/a.js"/>',
  ])('removes %s', (link) => {
    expect(withoutScripts(`<head><title>t</title>${link}</head>`)).toBe('<head><title>t</title></head>')
  })

  it.each([
    '<link rel="prefetch" href="/a.js"/>',
    '<link rel="preload" as="style" href="/a.css"/>',
    '<link rel="stylesheet" href="/a.css"/>',
    '<link rel="canonical" href="/articles/modulepreload"/>',
  ])('keeps %s', (link) => {
    const html = `<head>${link}</head>`
    expect(withoutScripts(html)).toBe(html)
  })

  it('ends a script where the browser does: at the first </script>, even inside a string', () => {
    // A browser runs `var a = "` and shows the rest as text: so does the page without it.
    expect(withoutScripts('<script>var a = "</script>";</script><p>x</p>')).toBe('";</script><p>x</p>')
    expect(withoutScripts('<script>var a = "</SCRIPT >";</script><p>x</p>')).toBe('";</script><p>x</p>')
    // `</scripts` and `</script-x` end nothing.
    expect(withoutScripts('<script>a("</scripts>", "</script-x>")</script><p>x</p>')).toBe('<p>x</p>')
  })

  it('follows the script’s escaped states: a <script> opened inside <!-- … --> is closed by the next </script>', () => {
    expect(withoutScripts('<script><!-- document.write("<script>x()</script>") --></script><p>x</p>')).toBe('<p>x</p>')
    expect(withoutScripts('<script><!-- a() --></script><p>x</p>')).toBe('<p>x</p>')
    expect(withoutScripts('<script><!--></script><p>x</p>')).toBe('<p>x</p>')
    // A <!-- that is left open does not hide the end tag.
    expect(withoutScripts('<script>if (a <!--b) c()</script><p>x</p>')).toBe('<p>x</p>')
    // After -->, a <script> in a string is only text again.
    expect(withoutScripts('<script><!-- --> "<script>"</script><p>x</p>')).toBe('<p>x</p>')
  })

  it('takes no <script> for a tag where the browser reads none: attributes, comments, raw text', () => {
    const html = [
      '<img alt="<script>alert(1)</script>" src="/a.png">',
      '<a title=\'</script><script>\' href="/a">a</a>',
      '<!-- <script>alert(1)</script> -->',
      '<!--><p>after an empty comment</p>',
      '<style>a::after { content: "<script>alert(1)</script>" }</style>',
      '<textarea><script>alert(1)</script></textarea>',
      '<title>About <script> tags</title>',
      '<p>5 &lt;script&gt; tags</p>',
      '<div data-x=<script>>unquoted</div>',
    ].join('')
    expect(withoutScripts(html)).toBe(html)
  })

  it('keeps the JSON-LD between removed scripts, and a `</script>` in a data script’s attribute does not end it', () => {
    const html = `<script src="/a.js"></script>${JSON_LD}<script>b()</script><script type="application/ld+json" data-note="</script>">{}</script><script>c()</script>`
    expect(withoutScripts(html)).toBe(`${JSON_LD}<script type="application/ld+json" data-note="</script>">{}</script>`)
  })

  it('removes a script left open at the end of the page, as the browser would never run it… nor show it', () => {
    expect(withoutScripts('<p>x</p><script>a()')).toBe('<p>x</p>')
    expect(withoutScripts('<p>x</p><script src="/a.js"')).toBe('<p>x</p>')
  })
})

describe('a page as Next renders it (the metered story)', () => {
  const rendered = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'story-metered.html'), 'utf8')
  const stripped = withoutScripts(rendered)

  it('has scripts and script preloads to begin with', () => {
    expect(rendered.match(/<script src=/g)?.length).toBeGreaterThan(5)
    expect(rendered).toContain('self.__next_f.push(')
    expect(rendered).toMatch(/<link rel="preload" as="script"/)
  })

  it('keeps no executable script, no script preload, and its two JSON-LD blocks as they were', () => {
    const scripts = stripped.match(/<script\b[^>]*>/gi) ?? []
    expect(scripts).toEqual(['<script type="application/ld+json">', '<script type="application/ld+json">'])
    expect(stripped).not.toContain('__next_f')
    expect(stripped).not.toContain('.js"')
    expect(stripped).not.toMatch(/<link[^>]+as="script"/)
    const jsonLd = (html: string) => html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)
    expect(jsonLd(stripped)).toEqual(jsonLd(rendered))
  })

  it('keeps everything between the scripts: what is left is the page with the scripts cut out', () => {
    const markup = (html: string) => html.replace(/<script(?! type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>|<link rel="preload" as="script"[^>]*>/g, '')
    expect(stripped).toBe(markup(rendered))
    expect(stripped).toContain('data-testid="remaining-notice"')
    expect(stripped).toMatch(/<link rel="stylesheet" href="[^"]+\.css"/)
    expect(stripped.endsWith('</footer></body></html>')).toBe(true)
  })
})
