// Yearly totals per kind as a small grouped bar chart in inline SVG (one chart per currency).

import type { FactKind, KindYearTotal } from "../api/model";
import { KIND_COLOURS, kindLabel } from "../graph/palette";
import { h, svg } from "./dom";
import { formatNumber, shortNumber } from "./format";

const WIDTH = 300;
const HEIGHT = 130;
const PAD = { left: 38, right: 6, top: 10, bottom: 20 };

function chartForCurrency(currency: string, totals: KindYearTotal[]): SVGSVGElement {
  const years = [...new Set(totals.map((t) => t.year).filter((y): y is number => y != null))].sort((a, b) => a - b);
  const kinds = [...new Set(totals.map((t) => t.kind))] as FactKind[];
  const max = Math.max(...totals.map((t) => t.amount), 0);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const groupW = plotW / Math.max(1, years.length);
  const barW = Math.max(2, Math.min(18, (groupW - 6) / Math.max(1, kinds.length)));

  const chart = svg("svg", {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": `Yearly totals per kind in ${currency}`,
    "data-testid": "totals-chart",
    "data-currency": currency,
  });
  chart.appendChild(svg("line", { x1: PAD.left, y1: PAD.top + plotH, x2: WIDTH - PAD.right, y2: PAD.top + plotH, stroke: "#9aa3b2" }));
  chart.appendChild(svg("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", class: "axis" }, shortNumber(max)));
  chart.appendChild(svg("text", { x: PAD.left - 4, y: PAD.top + plotH, "text-anchor": "end", class: "axis" }, "0"));

  years.forEach((year, yi) => {
    const x0 = PAD.left + yi * groupW + (groupW - barW * kinds.length) / 2;
    chart.appendChild(svg("text", { x: PAD.left + yi * groupW + groupW / 2, y: HEIGHT - 5, "text-anchor": "middle", class: "axis" }, String(year)));
    kinds.forEach((kind, ki) => {
      const total = totals.find((t) => t.year === year && t.kind === kind);
      if (!total || max <= 0) return;
      const barH = Math.max(1, (total.amount / max) * plotH);
      const bar = svg("rect", {
        x: x0 + ki * barW,
        y: PAD.top + plotH - barH,
        width: barW - 1,
        height: barH,
        fill: KIND_COLOURS[kind] ?? KIND_COLOURS.OTHER,
        "data-kind": kind,
        "data-year": year,
        "data-amount": total.amount,
      });
      bar.appendChild(svg("title", {}, `${kindLabel(kind)} ${year}: ${currency} ${formatNumber(total.amount)} (${total.edgeCount} edge${total.edgeCount === 1 ? "" : "s"})`));
      chart.appendChild(bar);
    });
  });
  return chart;
}

/** Charts of the totals, largest currency first, with a legend of the kinds shown. */
export function totalsChart(totals: KindYearTotal[]): HTMLElement {
  const byCurrency = new Map<string, KindYearTotal[]>();
  for (const t of totals) {
    const key = t.currency ?? "(no currency)";
    (byCurrency.get(key) ?? byCurrency.set(key, []).get(key)!).push(t);
  }
  const wrapper = h("div", { class: "totals" });
  if (byCurrency.size === 0) {
    wrapper.appendChild(h("p", { class: "muted" }, "No totals for the current filters."));
    return wrapper;
  }
  for (const [currency, list] of [...byCurrency].sort((a, b) => b[1].length - a[1].length)) {
    wrapper.appendChild(h("div", { class: "chart-title" }, currency));
    wrapper.appendChild(chartForCurrency(currency, list));
  }
  const kinds = [...new Set(totals.map((t) => t.kind))];
  wrapper.appendChild(
    h(
      "div",
      { class: "legend small" },
      ...kinds.map((k) => h("span", { class: "legend-item" }, h("i", { class: "swatch", style: `background:${KIND_COLOURS[k]}` }), kindLabel(k))),
    ),
  );
  return wrapper;
}
