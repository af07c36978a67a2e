// How numbers, amounts and periods are written on the page.

import type { Edge } from "../api/model";

export function formatNumber(value: number | null | undefined): string {
  if (value == null) return "";
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** "in thousands" for a scale of 1000, and so on; null when the amount is in units. */
export function scaleWords(scale: number | null): string | null {
  if (scale == null || scale === 1) return null;
  const words: Record<number, string> = { 1000: "thousands", 1000000: "millions", 1000000000: "billions" };
  return `in ${words[scale] ?? `units of ${formatNumber(scale)}`}`;
}

/** The amount as printed with its currency and scale, e.g. "RMB 1,341 (in thousands)". */
export function formatAmount(edge: Pick<Edge, "amount" | "currency" | "scale">): string {
  if (edge.amount == null) return "—";
  const scale = scaleWords(edge.scale);
  return `${edge.currency ?? ""} ${formatNumber(edge.amount)}${scale ? ` (${scale})` : ""}`.trim();
}

/** The value in currency units, e.g. "RMB 1,341,000"; null when it would repeat the amount. */
export function formatValue(edge: Pick<Edge, "value" | "currency" | "scale">): string | null {
  if (edge.value == null || edge.scale == null || edge.scale === 1) return null;
  return `${edge.currency ?? ""} ${formatNumber(edge.value)}`.trim();
}

export function formatPeriod(edge: Pick<Edge, "year" | "asOf" | "period">): string {
  if (edge.asOf) return `as of ${edge.asOf}`;
  if (edge.year == null) return "";
  return edge.period ? `${edge.period} ${edge.year}` : `FY${edge.year}`;
}

export function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${(value / 1e9).toFixed(abs >= 1e10 ? 0 : 1)}B`;
  if (abs >= 1e6) return `${(value / 1e6).toFixed(abs >= 1e7 ? 0 : 1)}M`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(abs >= 1e4 ? 0 : 1)}K`;
  return formatNumber(value);
}

/** Ends a text with one full stop, also after names like "Inc.". */
export function sentence(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}
