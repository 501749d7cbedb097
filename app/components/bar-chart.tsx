/**
 * A bar chart drawn on the server as SVG: no chart library in the bundle, readable without
 * JavaScript. The SVG has a title and description; the same numbers follow as a table.
 */
export function BarChart({
  id,
  title,
  description,
  bars,
  format,
}: {
  id: string;
  title: string;
  description: string;
  bars: { label: string; value: number }[];
  format: (value: number) => string;
}) {
  const width = 640;
  const height = 220;
  const top = 16;
  const bottom = 40;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full rounded-lg border border-stone-200 bg-white"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const h = ((height - top - bottom) * bar.value) / max;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={bar.label}>
              <rect x={x} y={height - bottom - h} width={barWidth} height={h} fill="#1f6b46" />
              <text
                x={x + barWidth / 2}
                y={height - bottom + 16}
                textAnchor="middle"
                fontSize="12"
                fill="#44403c"
              >
                {bar.label}
              </text>
            </g>
          );
        })}
        <line x1="0" y1={height - bottom} x2={width} y2={height - bottom} stroke="#a8a29e" />
      </svg>
      <details>
        <summary className="cursor-pointer text-sm underline">{title}</summary>
        <table className="mt-1 text-sm">
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {bar.label}
                </th>
                <td className="text-right">{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
