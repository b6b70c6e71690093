import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-js';
import type * as EchartsModule from 'echarts';
import type { CostRow } from './costs.ts';
import type { Chart } from './message.ts';

// echarts and resvg weigh tens of MB in memory: loaded on the first chart, not when the bot starts.
const require = createRequire(import.meta.url);
let libs: { echarts: typeof EchartsModule; Resvg: typeof ResvgModule.Resvg } | undefined;
function chartLibs(): NonNullable<typeof libs> {
  libs ??= { echarts: require('echarts'), Resvg: (require('@resvg/resvg-js') as typeof ResvgModule).Resvg };
  return libs;
}

/**
 * A bar chart of costs drawn by echarts' server-side SVG renderer and rasterised by resvg, because Slack
 * previews PNG but not SVG. No I/O: the caller uploads the bytes.
 */
export function costChart(rows: CostRow[], title: string): Chart {
  const top = rows.slice(0, 12);
  const { echarts, Resvg } = chartLibs();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 420 });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
      grid: { left: 70, right: 20, top: 50, bottom: 90 },
      xAxis: { type: 'category', data: top.map((r) => r.name), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: 'USD' },
      series: [
        {
          type: 'bar',
          data: top.map((r) => Number(r.total.toFixed(2))),
          label: { show: true, position: 'top' },
          itemStyle: { color: '#2eb67d' },
        },
      ],
    });
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    return { png, filename: 'costs.png', title };
  } finally {
    chart.dispose();
  }
}
