import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { formatTime } from '../../components/time-format.ts';

export interface LineSeries {
  label: string;
  color: string;
}

export interface LineChartProps {
  title: string;
  description: string;
  /** x (Unix seconds) first, then one column per series. */
  columns: number[][];
  series: LineSeries[];
  zone: string;
}

const HEIGHT = 240;

/** A day-by-day line chart drawn by uPlot; screen readers get the description (the table follows it). */
export function LineChart({ title, description, columns, series, zone }: LineChartProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const width = () => Math.max(element.clientWidth, 280);
    const dayOf = (seconds: number, style: 'day' | 'date') =>
      formatTime(new Date(seconds * 1000).toISOString(), zone, style);
    const plot = new uPlot(
      {
        width: width(),
        height: HEIGHT,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), zone),
        scales: { x: { time: true } },
        // Days written as everywhere else in the dashboard, in the viewer's locale.
        axes: [{ values: (_plot, splits) => splits.map((at) => dayOf(at, 'day')) }, { size: 40 }],
        series: [
          { label: 'Day', value: (_plot, at) => (at === null ? '—' : dayOf(at, 'date')) },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: columns[0]?.length === 1 },
          })),
        ],
      },
      columns as uPlot.AlignedData,
      element,
    );
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      plot.destroy();
    };
  }, [columns, series, zone]);

  return (
    <figure className="line-chart">
      <div ref={container} role="img" aria-label={`${title}. ${description}`} />
    </figure>
  );
}
