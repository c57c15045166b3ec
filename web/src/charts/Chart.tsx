import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

export interface ChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
  /** Called with the data index and series index of a clicked item. */
  onItemClick?: (item: { dataIndex: number; seriesIndex: number; name: string; value: unknown }) => void;
  testId?: string;
}

/**
 * One ECharts chart, described to screen readers by `label`; every chart in the console also has
 * a table of its numbers next to it, which is what keyboard and screen-reader users read.
 */
export function Chart({ option, label, height = 320, onItemClick, testId }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const item = params as unknown as { dataIndex: number; seriesIndex: number; name: string; value: unknown };
      clickHandler.current?.(item);
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  // ECharts' ARIA module writes its own generated description (in English, every raw value
  // listed) over the container's aria-label unless the option names one. The table beside each
  // chart carries the numbers, so screen readers hear what the chart shows, in the current language.
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option, aria: { enabled: true, label: { description: label } } }, { notMerge: true });
  }, [option, label]);

  return <div ref={element} className="chart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
