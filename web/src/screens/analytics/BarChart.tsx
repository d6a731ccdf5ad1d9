import { useId } from 'react';
import { bars } from './shape.ts';

export interface BarChartProps {
  title: string;
  items: Array<{ label: string; value: number }>;
  format?(value: number): string;
  unit: string;
}

const ROW = 28;
const LABEL_WIDTH = 38;

/** Horizontal bars in SVG, described in words for screen readers; the numbers are also in a table beside it. */
export function BarChart({ title, items, format = String, unit }: BarChartProps) {
  const descId = useId();
  const data = bars(items);
  const height = Math.max(data.length * ROW, ROW);
  const description = data.map((bar) => `${bar.label}: ${format(bar.value)} ${unit}`).join('; ');
  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-label={title}
        aria-describedby={descId}
        viewBox={`0 0 100 ${height}`}
        preserveAspectRatio="none"
        width="100%"
        height={height}
      >
        {data.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * ROW})`}>
            <rect
              x={LABEL_WIDTH}
              y={6}
              height={ROW - 12}
              width={Math.max(bar.share * (100 - LABEL_WIDTH - 12), bar.value > 0 ? 0.5 : 0)}
              className="bar"
            />
          </g>
        ))}
      </svg>
      <div className="bar-labels" aria-hidden="true" style={{ height }}>
        {data.map((bar, i) => (
          <span key={bar.label} className="bar-label" style={{ top: i * ROW }}>
            <span className="bar-name">{bar.label}</span>
            <span
              className="bar-value"
              style={{ left: `calc(${LABEL_WIDTH + bar.share * (100 - LABEL_WIDTH - 12)}% + 4px)` }}
            >
              {format(bar.value)}
            </span>
          </span>
        ))}
      </div>
      <figcaption id={descId} className="visually-hidden">
        {description || 'No data'}
      </figcaption>
    </figure>
  );
}
