import assert from "node:assert/strict";
import { test } from "node:test";
import type { Edge, EntitySummary } from "../src/api/model";
import { addEdges, addNodes, emptyGraph, hopsFromRoot, mergeNetwork } from "../src/graph/drawn-graph";

const node = (id: string) => ({ id, name: id, type: "COMPANY", isReporter: false, aliases: [] }) as EntitySummary;
const edge = (id: string, fromId: string, toId: string) => ({ id, fromId, toId }) as Edge;

test("hops are counted from the root over drawn edges either way", () => {
  const graph = emptyGraph("r");
  addNodes(graph, ["r", "a", "b", "lonely"].map(node));
  addEdges(graph, [edge("1", "a", "r"), edge("2", "a", "b")]);
  assert.deepEqual(Object.fromEntries(hopsFromRoot(graph)), { r: 0, a: 1, b: 2 });
});

test("an edge to an entity that is not drawn is left out rather than dangling", () => {
  const graph = emptyGraph("r");
  addNodes(graph, [node("r"), node("a")]);
  addEdges(graph, [edge("1", "r", "a"), edge("2", "r", "missing")]);
  assert.deepEqual([...graph.edges.keys()], ["1"]);
});

test("only the root's network says how many entities the cap left out", () => {
  const graph = emptyGraph("r");
  mergeNetwork(graph, { nodes: [node("r"), node("a")], edges: [edge("1", "r", "a")], truncated: true, omitted: 7, edgesOmitted: 12 }, true);
  mergeNetwork(graph, { nodes: [node("a"), node("b")], edges: [edge("2", "a", "b"), edge("1", "r", "a")], truncated: true, omitted: 3, edgesOmitted: 40 }, false);
  assert.equal(graph.omitted, 7);
  assert.equal(graph.edgesOmitted, 12);
  assert.equal(graph.nodes.size, 3);
  assert.equal(graph.edges.size, 2);
});
