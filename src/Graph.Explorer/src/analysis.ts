// Paths between two picked entities and counterparties shared by several: fetched through the
// API, then highlighted in the drawing (and the entities they pass through drawn too).

import { fetchPaths, fetchSharedCounterparties } from "./api/explorer-api";
import type { Edge, EntitySummary } from "./api/model";
import type { Highlight } from "./graph/graph-elements";
import { edgeFilterOf, type ViewState } from "./state/view-state";
import { sentence } from "./ui/format";

const PATH_MAX_HOPS = 4;

export interface AnalysisResult {
  /** What was asked (analysis, picks, filter): an unchanged question is not asked again. */
  key: string;
  nodes: EntitySummary[];
  edges: Edge[];
  highlight: Highlight;
  summary: string;
}

export function analysisKey(state: ViewState): string {
  return JSON.stringify([state.analysis, state.picks, edgeFilterOf(state)]);
}

/** Runs the analysis the state asks for; null when there is none or too few picks for it. */
export async function analyse(state: ViewState, summary: (id: string) => Promise<EntitySummary | null>): Promise<AnalysisResult | null> {
  const filter = edgeFilterOf(state);
  const key = analysisKey(state);
  const picks = await Promise.all(state.picks.map(summary));
  const pickNodes = picks.filter((p): p is EntitySummary => p != null);
  if (state.analysis === "paths" && state.picks.length === 2) {
    const paths = await fetchPaths(state.picks[0], state.picks[1], PATH_MAX_HOPS, filter);
    const edges = paths.flatMap((p) => p.edges);
    const hops = paths.length > 0 ? Math.min(...paths.map((p) => p.edges.length)) : 0;
    return {
      key,
      nodes: [...pickNodes, ...paths.flatMap((p) => p.nodes)],
      edges,
      highlight: { nodes: new Set(paths.flatMap((p) => p.nodes.map((n) => n.id))), edges: new Set(edges.map((e) => e.id)) },
      summary:
        paths.length === 0
          ? sentence(`No path within ${PATH_MAX_HOPS} hops between ${pickNodes.map((p) => p.name).join(" and ")}`)
          : `${paths.length} path${paths.length === 1 ? "" : "s"}, the shortest ${hops} hop${hops === 1 ? "" : "s"}.`,
    };
  }
  if (state.analysis === "shared" && state.picks.length >= 2) {
    const shared = await fetchSharedCounterparties(state.picks, filter);
    const edges = shared.flatMap((s) => s.edges);
    return {
      key,
      nodes: [...pickNodes, ...shared.map((s) => s.entity)],
      edges,
      highlight: { nodes: new Set([...state.picks, ...shared.map((s) => s.entity.id)]), edges: new Set(edges.map((e) => e.id)) },
      summary:
        shared.length === 0
          ? "No counterparty is shared by the picked entities."
          : sentence(`${shared.length} shared counterpart${shared.length === 1 ? "y" : "ies"}: ${shared.map((s) => s.entity.name).join("; ")}`),
    };
  }
  return null;
}
