import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the page draws (tree-shaken); SVG: sharp at any zoom and in screenshots, no inline script (CSP).
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartProps {
  /** Said to screen readers; the table under every chart holds the same figures as links. */
  label: string;
  option: echarts.EChartsCoreOption;
  /** A click on a bar, slice or point: the series' name and the data index. */
  onPick?: (pick: { seriesIndex: number; dataIndex: number; name: string }) => void;
  height?: number;
  testId?: string;
}

/** One Apache ECharts chart; its drawing is presentation (role img with a label), the figures are links below it. */
export function Chart({ label, option, onPick, height = 260, testId }: ChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.on('click', (p) => pick.current?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex ?? 0, name: String(p.name ?? '') }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    if (!el.current) return;
    echarts.getInstanceByDom(el.current)?.setOption({ animation: false, aria: { enabled: false }, ...option }, true);
  }, [option]);
  return <div ref={el} role="img" aria-label={label} className="statistics-chart" data-testid={testId} style={{ height }} />;
}
