// Turns the drawn graph into Cytoscape elements: colour by type and kind, width by amount.

import type { ElementDefinition } from "cytoscape";
import { hopsFromRoot, type DrawnGraph } from "./drawn-graph";
import { widthScale } from "./edge-width";
import { formatAmount, formatPeriod } from "../ui/format";
import { KIND_COLOURS, TYPE_COLOURS, kindLabel, typeLabel } from "./palette";

export const MORE_NODE_ID = "__more__";
const MORE_EDGE_ID = "__more_edge__";

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export function graphElements(graph: DrawnGraph, picks: Set<string>, highlight: Highlight | null): ElementDefinition[] {
  const hops = hopsFromRoot(graph);
  const maxHop = Math.max(0, ...hops.values());
  const width = widthScale([...graph.edges.values()]);
  const dimOthers = highlight != null && (highlight.nodes.size > 0 || highlight.edges.size > 0);
  const elements: ElementDefinition[] = [];

  for (const node of graph.nodes.values()) {
    const classes = [
      node.isReporter ? "reporter" : "",
      node.id === graph.root ? "root" : "",
      picks.has(node.id) ? "picked" : "",
      highlight?.nodes.has(node.id) ? "highlight" : dimOthers ? "dim" : "",
    ];
    elements.push({
      group: "nodes",
      data: {
        id: node.id,
        label: node.name,
        tooltip: `${node.name} (${typeLabel(node.type)}${node.isReporter ? ", reporter" : ""})`,
        colour: TYPE_COLOURS[node.type] ?? TYPE_COLOURS.OTHER,
        // Nodes not reachable over the drawn edges go to the outer ring.
        ring: hops.get(node.id) ?? maxHop + 1,
      },
      classes: classes.filter((c) => c).join(" "),
    });
  }

  for (const edge of graph.edges.values()) {
    const classes = [
      edge.category === "BALANCE" ? "balance" : "",
      highlight?.edges.has(edge.id) ? "highlight" : dimOthers ? "dim" : "",
    ];
    elements.push({
      group: "edges",
      data: {
        id: edge.id,
        source: edge.fromId,
        target: edge.toId,
        colour: KIND_COLOURS[edge.kind] ?? KIND_COLOURS.OTHER,
        width: width(edge),
        tooltip: `${kindLabel(edge.kind)} ${formatPeriod(edge)}: ${formatAmount(edge)}`,
      },
      classes: classes.filter((c) => c).join(" "),
    });
  }

  if (graph.truncated && graph.omitted > 0 && graph.nodes.has(graph.root)) {
    elements.push({
      group: "nodes",
      data: {
        id: MORE_NODE_ID,
        label: `${graph.omitted} more`,
        tooltip: `${graph.omitted} more entities were left out at the node cap: click to draw twice as many`,
        colour: "#eceff4",
        ring: maxHop + 2,
      },
      classes: "more",
    });
    elements.push({ group: "edges", data: { id: MORE_EDGE_ID, source: graph.root, target: MORE_NODE_ID, colour: "#a7b0be", width: 1 }, classes: "more" });
  }
  return elements;
}
