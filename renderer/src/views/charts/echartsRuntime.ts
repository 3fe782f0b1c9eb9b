// ECharts with only the chart kinds and components the app uses, registered once. Loaded on
// demand (EChart imports it dynamically): the library is large, and most sessions draw a chart
// only after the first simulation.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerChartParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

registerChartParts([BarChart, LineChart, AriaComponent, GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { init };
