import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One day of the chart: billed minutes and cost in major units (display only; the table shows exact amounts). */
export interface UsageDay {
  day: string;
  minutes: number;
  cost: number;
}

/** Minutes (bars, left axis) and cost (line, right axis) per UTC day. Loaded on its own, so the chart library stays out of the other screens. */
export default function UsageChart({ days, currency }: { days: UsageDay[]; currency: string }) {
  const price = (v: number) =>
    new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 4 }).format(v);
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart data={days} margin={{ top: 10, right: 20, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#eceff4" vertical={false} />
        <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} />
        <YAxis
          yAxisId="minutes"
          allowDecimals={false}
          label={{ value: 'Minutes', angle: -90, position: 'insideLeft' }}
        />
        <YAxis yAxisId="cost" orientation="right" tickFormatter={price} width={80} />
        <Tooltip formatter={(value, name) => (name === 'Cost' ? price(Number(value)) : value)} />
        <Legend />
        <Bar yAxisId="minutes" dataKey="minutes" name="Minutes" fill="#0b57d0" />
        <Line yAxisId="cost" dataKey="cost" name="Cost" stroke="#c98a00" strokeWidth={2} dot={false} type="linear" />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
