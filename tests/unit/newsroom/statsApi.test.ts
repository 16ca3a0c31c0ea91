import { describe, expect, it } from 'vitest'

import { periodOf } from '@/newsroom/statsApi'

const now = Date.UTC(2026, 11, 7, 15)
const asked = (query: string) => periodOf(new URLSearchParams(query), now)

describe('the period /api/stats is asked for', () => {
  it('is the days from and to name, both included, as JSON unless CSV is asked for', () => {
    expect(asked('from=2026-12-01&to=2026-12-07')).toEqual({ ok: true, period: { from: '2026-12-01', to: '2026-12-07' }, format: 'json' })
    expect(asked('from=2026-12-07&to=2026-12-07&format=csv')).toMatchObject({ ok: true, format: 'csv' })
  })

  it('is the last seven days to today, or to the day named, when not told', () => {
    expect(asked('')).toMatchObject({ period: { from: '2026-12-01', to: '2026-12-07' } })
    expect(asked('to=2026-11-30')).toMatchObject({ period: { from: '2026-11-24', to: '2026-11-30' } })
  })

  it('refuses a bad date, naming the parameter', () => {
    expect(asked('from=yesterday&to=2026-12-07')).toEqual({ ok: false, error: 'from must be a date written YYYY-MM-DD' })
    expect(asked('from=2026-12-01&to=2026-02-30')).toEqual({ ok: false, error: 'to is not a date on the calendar' })
    expect(asked('from=2026-12-01&from=2026-12-02&to=2026-12-07')).toEqual({ ok: false, error: 'from must be one date, like 2026-12-07' })
  })

  it('refuses a period that runs backwards or is longer than a year', () => {
    expect(asked('from=2026-12-08&to=2026-12-07')).toEqual({ ok: false, error: 'from must not be after to' })
    expect(asked('from=2025-12-06&to=2026-12-07')).toEqual({ ok: false, error: 'to must be within 366 days of from' })
    expect(asked('from=2025-12-07&to=2026-12-07')).toMatchObject({ ok: true })
  })

  it('refuses a format it does not write', () => {
    expect(asked('format=xlsx')).toEqual({ ok: false, error: 'format must be json or csv' })
  })
})
