// Colours for node types and edge kinds, shared by the drawing, the legend, the chart and the table.

import type { FactKind, PartyType } from "../api/model";

export const TYPE_COLOURS: Record<PartyType, string> = {
  COMPANY: "#4e79a7",
  PERSON: "#f28e2b",
  GROUP: "#59a14f",
  GOVERNMENT: "#b07aa1",
  OTHER: "#9c755f",
};

// Inflows to the reporter in greens, outflows in reds, lending in blues, obligations in purples,
// balances in olive/brown, so a glance tells which way the money goes.
export const KIND_COLOURS: Record<FactKind, string> = {
  REVENUE: "#2ca02c",
  PURCHASE: "#d62728",
  LOAN_TO: "#1f77b4",
  LOAN_FROM: "#17becf",
  REPAYMENT_RECEIVED: "#6baed6",
  REPAYMENT_MADE: "#9ecae1",
  INTEREST_INCOME: "#74c476",
  INTEREST_EXPENSE: "#fb6a4a",
  GUARANTEE_RECEIVED: "#c5b0d5",
  GUARANTEE_GIVEN: "#9467bd",
  COMPENSATION: "#e377c2",
  OTHER: "#7f7f7f",
  DUE_FROM: "#bcbd22",
  DUE_TO: "#8c564b",
};

export function kindLabel(kind: FactKind): string {
  return kind.toLowerCase().replace(/_/g, " ");
}

export function typeLabel(type: PartyType): string {
  return type.toLowerCase();
}
