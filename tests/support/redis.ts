import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './server'

/**
 * A Redis of the test's own (Debian's `redis-server`, installed like Chromium): on a free
 * loopback port, in a temporary folder, keeping nothing on disk. `stop` ends it (an outage, as the
 * app would meet it, or the end of the suite); `restart` brings it back, stopped or not, empty,
 * on the same port and address, as a Redis restarted without persistence would come back.
 */
export type RunningRedis = { url: string; port: number; stop: () => Promise<void>; restart: () => Promise<void> }

/** One command over the wire (RESP inline form), its first line of answer; null when nothing listens. */
export async function redisCommand(port: number, command: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    let answer = ''
    socket.setTimeout(1_000, () => socket.destroy())
    socket.once('error', () => resolve(null))
    socket.once('close', () => resolve(answer.includes('\r\n') ? answer.slice(0, answer.indexOf('\r\n')) : null))
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString()
      if (answer.includes('\r\n')) socket.end()
    })
    socket.once('connect', () => socket.write(`${command}\r\n`))
  })
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true
  return Promise.race([
    new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ])
}

export async function startRedis(): Promise<RunningRedis> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-redis-'))
  const port = await freePort()
  const log = path.join(dir, 'redis.log')
  let child: ChildProcess | undefined

  const launch = async () => {
    fs.mkdirSync(dir, { recursive: true })
    const settings = {
      port: String(port),
      bind: '127.0.0.1',
      save: '',
      appendonly: 'no',
      dir,
      logfile: log,
      // Next's shared cache (delivery/cacheHandler.mjs) follows expired and evicted keys through these events.
      'notify-keyspace-events': 'Exe',
    }
    child = spawn(
      'redis-server',
      Object.entries(settings).flatMap(([name, value]) => [`--${name}`, value]),
      { stdio: 'ignore' },
    )
    const started = child
    const failed = new Promise<never>((_, reject) => {
      started.once('error', (error) => reject(new Error(`redis-server could not start (apt-get install -y redis-server): ${error.message}`)))
      started.once('exit', (code) => reject(new Error(`redis-server exited with code ${code}:\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`)))
    })
    failed.catch(() => {})
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      const answer = await Promise.race([redisCommand(port, 'PING'), failed])
      if (answer === '+PONG') return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    started.kill('SIGKILL')
    throw new Error(`redis-server on port ${port} did not answer PING within 10 s`)
  }

  const stop = async () => {
    if (!child) return
    const running = child
    child = undefined
    running.kill('SIGTERM')
    if (!(await exited(running, 5_000))) {
      running.kill('SIGKILL')
      await exited(running, 5_000)
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    restart: async () => {
      await stop()
      await launch()
    },
  }
}
