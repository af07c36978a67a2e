// Everything a shared link restores: the entity, the filters and how the view is drawn.

import { FACT_KINDS, type EdgeFilter, type FactKind } from "../api/model";

export type LayoutName = "concentric" | "cose";
export type ViewMode = "graph" | "table";
export type Analysis = "paths" | "shared";

export interface ViewState {
  entity: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** Empty means every kind. */
  kinds: FactKind[];
  minAmount: number | null;
  currency: string | null;
  depth: number;
  limit: number;
  layout: LayoutName;
  view: ViewMode;
  /** Entities whose own counterparties were pulled in ("expand"). */
  expanded: string[];
  /** Entities picked for paths (two) or shared counterparties (several reporters). */
  picks: string[];
  /** What the picks are analysed for, highlighted in the drawing. */
  analysis: Analysis | null;
  /** "node:ID" or "edge:ID". */
  selected: string | null;
}

/** The API's own defaults for network(depth, limit), so the page draws what the API answers by default. */
export const DEFAULT_DEPTH = 2;
export const DEFAULT_LIMIT = 200;
/** The API refuses larger node caps and depths (GraphApiOptions). */
export const MAX_LIMIT = 2000;
export const MAX_DEPTH = 4;

export function defaultState(): ViewState {
  return {
    entity: null,
    yearFrom: null,
    yearTo: null,
    kinds: [],
    minAmount: null,
    currency: null,
    depth: DEFAULT_DEPTH,
    limit: DEFAULT_LIMIT,
    layout: "concentric",
    view: "graph",
    expanded: [],
    picks: [],
    analysis: null,
    selected: null,
  };
}

/** The API filter for the state; null when nothing constrains the edges. */
export function edgeFilterOf(state: ViewState): EdgeFilter | null {
  const filter: EdgeFilter = {};
  if (state.kinds.length > 0) filter.kinds = [...state.kinds];
  if (state.yearFrom != null) filter.yearFrom = state.yearFrom;
  if (state.yearTo != null) filter.yearTo = state.yearTo;
  if (state.minAmount != null && state.minAmount > 0) filter.minAmount = state.minAmount;
  if (state.currency) filter.currencies = [state.currency];
  return Object.keys(filter).length === 0 ? null : filter;
}

function int(value: string | null): number | null {
  if (value == null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

function num(value: string | null): number | null {
  if (value == null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function list(value: string | null): string[] {
  return value ? value.split(",").map((v) => decodeURIComponent(v)).filter((v) => v.length > 0) : [];
}

function clamp(value: number | null, min: number, max: number, fallback: number): number {
  return value == null ? fallback : Math.min(max, Math.max(min, value));
}

export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const state = defaultState();
  state.entity = q.get("entity") || null;
  state.yearFrom = int(q.get("from"));
  state.yearTo = int(q.get("to"));
  state.kinds = list(q.get("kinds"))
    .map((k) => k.toUpperCase())
    .filter((k): k is FactKind => (FACT_KINDS as readonly string[]).includes(k));
  state.minAmount = num(q.get("min"));
  state.currency = q.get("currency")?.toUpperCase() || null;
  state.depth = clamp(int(q.get("depth")), 1, MAX_DEPTH, DEFAULT_DEPTH);
  state.limit = clamp(int(q.get("limit")), 1, MAX_LIMIT, DEFAULT_LIMIT);
  state.layout = q.get("layout") === "cose" ? "cose" : "concentric";
  state.view = q.get("view") === "table" ? "table" : "graph";
  state.expanded = list(q.get("expand"));
  state.picks = list(q.get("picks"));
  const show = q.get("show");
  state.analysis = show === "paths" || show === "shared" ? show : null;
  state.selected = q.get("sel") || null;
  return state;
}

/** The query string for the state; defaults are left out to keep links short. */
export function serializeState(state: ViewState): string {
  const q = new URLSearchParams();
  const ids = (values: string[]) => values.map((v) => encodeURIComponent(v)).join(",");
  if (state.entity) q.set("entity", state.entity);
  if (state.yearFrom != null) q.set("from", String(state.yearFrom));
  if (state.yearTo != null) q.set("to", String(state.yearTo));
  if (state.kinds.length > 0) q.set("kinds", state.kinds.join(","));
  if (state.minAmount != null && state.minAmount > 0) q.set("min", String(state.minAmount));
  if (state.currency) q.set("currency", state.currency);
  if (state.depth !== DEFAULT_DEPTH) q.set("depth", String(state.depth));
  if (state.limit !== DEFAULT_LIMIT) q.set("limit", String(state.limit));
  if (state.layout !== "concentric") q.set("layout", state.layout);
  if (state.view !== "graph") q.set("view", state.view);
  if (state.expanded.length > 0) q.set("expand", ids(state.expanded));
  if (state.picks.length > 0) q.set("picks", ids(state.picks));
  if (state.analysis) q.set("show", state.analysis);
  if (state.selected) q.set("sel", state.selected);
  const text = q.toString();
  return text.length > 0 ? `?${text}` : "";
}
