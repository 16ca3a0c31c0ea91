'use client'

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

// Drawn in the admin's browser from numbers the server summed; nothing here reaches readers.
export function NumbersCharts({ days, referrers }: { days: { day: string; reads: number; gatesShown: number }[]; referrers: { name: string; value: number }[] }) {
  return (
    <div className="newsroom-numbers__charts">
      <figure>
        <figcaption>Reads and gates shown per day, the last 30 days</figcaption>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={days.map((each) => ({ ...each, day: each.day.slice(5) }))}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} width={40} />
            <Tooltip />
            <Legend />
            <Bar dataKey="reads" name="Reads" stackId="views" fill="#2f6f9f" />
            <Bar dataKey="gatesShown" name="Gates shown" stackId="views" fill="#c0843d" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <figure>
        <figcaption>Where readers came from, this week</figcaption>
        {referrers.length === 0 ? (
          <p className="newsroom-dashboard__empty">No reads yet this week.</p>
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={referrers} layout="vertical">
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} fontSize={11} />
              <YAxis type="category" dataKey="name" fontSize={11} width={80} />
              <Tooltip />
              <Bar dataKey="value" name="Reads" fill="#2f6f9f" />
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
    </div>
  )
}
