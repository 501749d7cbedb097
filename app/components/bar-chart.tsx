/**
 * A bar chart drawn on the server as SVG: no chart library in the bundle, readable without
 * JavaScript. The picture carries a one-sentence summary for screen readers (role="img"); the
 * same numbers sit in a real table behind a <details> toggle, which opens without JavaScript.
 */

export interface Bar {
  /** Stable key, e.g. the month `2026-01`. */
  key: string;
  /** Under the bar: short ("Jan"). */
  label: string;
  /** In the table: in full ("Januari 2026"). */
  longLabel: string;
  /** A second line under the label where it changes (the year under January), optional. */
  group?: string;
  value: number;
}

export interface BarChartTexts {
  /** The toggle: "Tampilkan tabel" / "Show table". */
  showTable: string;
  /** Header of the label column ("Bulan"). */
  category: string;
  /** Header of the value column ("Nilai transaksi"). */
  value: string;
}

// A narrow drawing, so its 12 px labels stay about 10 px on a 390 px phone.
const WIDTH = 420;
const HEIGHT = 260;
const TOP = 12;
const BOTTOM = 44;
const LEFT = 100;
const RIGHT = 8;
const MAX_LABELS = 12;

/** Round gridline values from 0 past `max`: 1, 2, 2.5 or 5 times a power of ten, about `count` steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let i = 0; i * step < max + step; i++) ticks.push(i * step);
  return ticks;
}

export function BarChart({
  id,
  title,
  summary,
  bars,
  format,
  texts,
}: {
  id: string;
  title: string;
  /** What a sighted reader takes from the picture, in one sentence. */
  summary: string;
  bars: Bar[];
  format: (value: number) => string;
  texts: BarChartTexts;
}) {
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks.at(-1) ?? 1;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = HEIGHT - BOTTOM;
  const y = (value: number) => baseline - (plotHeight * Math.max(0, value)) / top;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  // Past a year of bars, label every other (or third) month; the table has them all.
  const every = Math.ceil(bars.length / MAX_LABELS);
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}. ${summary}`}
        className="h-auto w-full max-w-xl rounded-lg border border-stone-200 bg-white"
      >
        <g data-axis="value">
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={LEFT}
                x2={WIDTH - RIGHT}
                y1={y(tick)}
                y2={y(tick)}
                stroke={tick === 0 ? "#78716c" : "#e7e5e4"}
              />
              <text
                x={LEFT - 6}
                y={y(tick)}
                dominantBaseline="middle"
                textAnchor="end"
                fontSize="12"
                fill="#44403c"
              >
                {format(tick)}
              </text>
            </g>
          ))}
        </g>
        <g data-axis="category">
          {bars.map((bar, i) => {
            const x = LEFT + i * slot + (slot - barWidth) / 2;
            const showGroup = bar.group && (i === 0 || bars[i - 1]?.group !== bar.group);
            return (
              <g key={bar.key}>
                <rect
                  x={x}
                  y={y(bar.value)}
                  width={barWidth}
                  height={baseline - y(bar.value)}
                  fill="#1f6b46"
                />
                {i % every === 0 ? (
                  <text
                    x={x + barWidth / 2}
                    y={baseline + 16}
                    textAnchor="middle"
                    fontSize="12"
                    fill="#44403c"
                  >
                    {bar.label}
                  </text>
                ) : null}
                {showGroup ? (
                  <text
                    x={x + barWidth / 2}
                    y={baseline + 32}
                    textAnchor="middle"
                    fontSize="12"
                    fontWeight="600"
                    fill="#44403c"
                  >
                    {bar.group}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm underline">
          {texts.showTable}
        </summary>
        <table className="mt-1 text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                {texts.category}
              </th>
              <th scope="col" className="text-right">
                {texts.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-t border-stone-200">
                <th scope="row" className="pr-4 text-left font-normal">
                  {bar.longLabel}
                </th>
                <td className="text-right tabular-nums">{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
