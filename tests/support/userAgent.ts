/** A desktop Chrome's user agent, as the numbers count a reader: `detail` tells test readers apart. */
export const chromeUserAgent = (version: string, detail = ''): string =>
  `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version} Safari/537.36${detail ? ` ${detail}` : ''}`
