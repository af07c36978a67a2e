// What the page draws: the root's network, the networks of expanded nodes, and any extra nodes
// and edges that paths or shared counterparties brought in, merged without duplicates.

import type { Edge, EntitySummary, Network } from "../api/model";

export interface DrawnGraph {
  root: string;
  nodes: Map<string, EntitySummary>;
  edges: Map<string, Edge>;
  /** Entities the root's network left out at the node cap (the "N more" node). */
  omitted: number;
  truncated: boolean;
  /** Edges the root's network left out at the edge cap. */
  edgesOmitted: number;
}

export function emptyGraph(root: string): DrawnGraph {
  return { root, nodes: new Map(), edges: new Map(), omitted: 0, truncated: false, edgesOmitted: 0 };
}

export function addNodes(graph: DrawnGraph, nodes: Iterable<EntitySummary>): void {
  for (const node of nodes) if (!graph.nodes.has(node.id)) graph.nodes.set(node.id, node);
}

/** Adds edges whose both ends are drawn; an edge to a node left out would dangle. */
export function addEdges(graph: DrawnGraph, edges: Iterable<Edge>): void {
  for (const edge of edges) {
    if (graph.nodes.has(edge.fromId) && graph.nodes.has(edge.toId)) graph.edges.set(edge.id, edge);
  }
}

export function mergeNetwork(graph: DrawnGraph, network: Network, isRootNetwork: boolean): void {
  addNodes(graph, network.nodes);
  addEdges(graph, network.edges);
  if (isRootNetwork) {
    graph.truncated = network.truncated;
    graph.omitted = network.omitted;
    graph.edgesOmitted = network.edgesOmitted;
  }
}

/** Hops from the root over the drawn edges, ignoring direction; unreachable nodes get none. */
export function hopsFromRoot(graph: DrawnGraph): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const edge of graph.edges.values()) {
    (adjacent.get(edge.fromId) ?? adjacent.set(edge.fromId, []).get(edge.fromId)!).push(edge.toId);
    (adjacent.get(edge.toId) ?? adjacent.set(edge.toId, []).get(edge.toId)!).push(edge.fromId);
  }
  const hops = new Map<string, number>([[graph.root, 0]]);
  const queue = [graph.root];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of adjacent.get(id) ?? []) {
      if (!hops.has(next)) {
        hops.set(next, hops.get(id)! + 1);
        queue.push(next);
      }
    }
  }
  return hops;
}
