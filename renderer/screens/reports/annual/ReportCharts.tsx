import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import type { AnnualReport, Figure } from '../../../../db/contract/annual-report';
import { AGE_BANDS } from '../../../../db/contract/annual-report';
import { formatNumber, monthAbbreviation } from '../../../../db/base/format';

// The charts of the rapport d'activité, drawn in SVG by recharts so that they print crisply:
// black outlines, grey fills and every value written on its bar, legible in black and white.
// Fixed sizes (no measuring container): the same drawing on screen, in the PDF and on paper.
// On screen a bar opens the list behind it, like the figure it draws in the tables.

export interface ChartBar {
  label: string;
  value: number;
  /** What is written on the bar. */
  text: string;
  figure: Figure;
}

const INK = '#000';
const FILL = '#8c8c8c';
const FONT = { fontSize: 11, fill: INK };

interface ChartProps {
  title: string;
  bars: ChartBar[];
  onOpen: ((figure: Figure) => void) | undefined;
  width: number;
  height?: number;
}

/** Columns, their values written above them. */
export function ColumnChart({ title, bars, onOpen, width, height = 210 }: ChartProps) {
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <BarChart width={width} height={height} data={bars} margin={{ top: 18, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#bbb" strokeDasharray="2 3" />
        <XAxis dataKey="label" tick={FONT} tickLine={false} axisLine={{ stroke: INK }} interval={0} />
        <YAxis tick={FONT} width={44} axisLine={{ stroke: INK }} tickFormatter={(v: number) => formatNumber(v)} allowDecimals={false} />
        <Bar
          dataKey="value"
          fill={FILL}
          stroke={INK}
          strokeWidth={0.8}
          isAnimationActive={false}
          cursor={onOpen ? 'pointer' : undefined}
          onClick={onOpen ? (_: unknown, i: number) => onOpen(bars[i]!.figure) : undefined}
        >
          <LabelList dataKey="text" position="top" style={FONT} />
        </Bar>
      </BarChart>
    </figure>
  );
}

/** Horizontal bars, for long labels (exit categories). */
export function RowChart({ title, bars, onOpen, width }: ChartProps) {
  const height = 34 + bars.length * 30;
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <BarChart width={width} height={height} data={bars} layout="vertical" margin={{ top: 4, right: 40, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#bbb" strokeDasharray="2 3" />
        <XAxis type="number" tick={FONT} axisLine={{ stroke: INK }} allowDecimals={false} tickFormatter={(v: number) => formatNumber(v)} />
        <YAxis type="category" dataKey="label" tick={FONT} width={150} axisLine={{ stroke: INK }} tickLine={false} />
        <Bar
          dataKey="value"
          fill={FILL}
          stroke={INK}
          strokeWidth={0.8}
          barSize={18}
          isAnimationActive={false}
          cursor={onOpen ? 'pointer' : undefined}
          onClick={onOpen ? (_: unknown, i: number) => onOpen(bars[i]!.figure) : undefined}
        >
          <LabelList dataKey="text" position="right" style={FONT} />
        </Bar>
      </BarChart>
    </figure>
  );
}

/** The bars of the three charts, from the report. */
export function chartBars(r: AnnualReport) {
  const years = new Set(r.hours.byMonth.map((m) => m.month.slice(0, 4))).size;
  const hoursByMonth: ChartBar[] = r.hours.byMonth.map((m) => {
    const label = monthAbbreviation(Number(m.month.slice(5, 7)));
    const hours = Math.round(m.minutes.value / 60);
    return { label: years > 1 ? `${label} ${m.month.slice(2, 4)}` : label, value: hours, text: hours > 0 ? formatNumber(hours) : '', figure: m.minutes };
  });
  const exits: ChartBar[] = r.exits.byCategory.map((e) => ({ label: e.label, value: e.count.value, text: formatNumber(e.count.value), figure: e.count }));
  const age = r.breakdowns.find((b) => b.dimension === 'age');
  const ages: ChartBar[] = AGE_BANDS.map((band) => {
    const f = age?.lines.find((l) => l.code === band.code)?.presents ?? { value: 0, key: `repartition:age:${band.code}:presents` };
    return { label: band.label, value: f.value, text: formatNumber(f.value), figure: f };
  });
  return { hoursByMonth, exits, ages };
}

/** The three charts of the report, side by side where there is room. */
export function ReportCharts({ report, onOpen, width = 520 }: { report: AnnualReport; onOpen?: (figure: Figure) => void; width?: number }) {
  const { hoursByMonth, exits, ages } = chartBars(report);
  return (
    <div className="report-charts">
      <ColumnChart title="Heures travaillées par mois (en heures)" bars={hoursByMonth} onOpen={onOpen} width={Math.max(width, hoursByMonth.length * 34)} />
      <RowChart title="Sorties par catégorie" bars={exits} onOpen={onOpen} width={width} />
      <ColumnChart title="Salariés présents par âge à l'entrée" bars={ages} onOpen={onOpen} width={Math.min(width, 420)} height={190} />
    </div>
  );
}
