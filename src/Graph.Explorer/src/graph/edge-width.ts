// Edge width by amount on a log scale: amounts in one web span several orders of magnitude.

import type { Edge } from "../api/model";

export const MIN_WIDTH = 1;
export const MAX_WIDTH = 6;

/** The size an edge is drawn by: the value in currency units when the scale is known, else the amount. */
export function magnitude(edge: Edge): number | null {
  const v = edge.value ?? edge.amount;
  return v == null || !Number.isFinite(v) || v <= 0 ? null : v;
}

/** A function from edge to width, scaled over the given edges. */
export function widthScale(edges: Edge[]): (edge: Edge) => number {
  const logs = edges.map(magnitude).filter((v): v is number => v != null).map((v) => Math.log10(v));
  if (logs.length === 0) return () => MIN_WIDTH;
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  return (edge) => {
    const m = magnitude(edge);
    if (m == null) return MIN_WIDTH;
    if (hi === lo) return (MIN_WIDTH + MAX_WIDTH) / 2;
    return MIN_WIDTH + ((Math.log10(m) - lo) / (hi - lo)) * (MAX_WIDTH - MIN_WIDTH);
  };
}
