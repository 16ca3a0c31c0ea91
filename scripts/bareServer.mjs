/**
 * The machine's ceiling for the bench: Node's own http answering the story's bytes from memory,
 * compressed once. Prints its port; `node scripts/bareServer.mjs <html file>`.
 */
import fs from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'

const plain = fs.readFileSync(process.argv[2])
const encoded = { br: zlib.brotliCompressSync(plain), gzip: zlib.gzipSync(plain) }

const server = http.createServer((request, response) => {
  const accepted = request.headers['accept-encoding'] ?? ''
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null
  const body = encoding ? encoded[encoding] : plain
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log(server.address().port))
