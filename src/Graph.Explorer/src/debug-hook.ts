// A small read-only window onto what is drawn, for end-to-end tests and for the curious in the
// browser console: `window.__explorer.nodeCount()`.

import type { Explorer } from "./app";

export interface ExplorerDebugHook {
  nodeCount(): number;
  edgeCount(): number;
  nodeIds(): string[];
  edgeIds(): string[];
  /** Drawn edges with their ends: the arrow points from source to target. */
  edgeEnds(): { id: string; source: string; target: string }[];
  /** Label of the "N more" node, null when the network was not cut at the node cap. */
  moreLabel(): string | null;
  highlighted(): { nodes: string[]; edges: string[] };
  /** Screen position of a node or edge (its midpoint), to click it like a person would. */
  positionOf(id: string): { x: number; y: number } | null;
  state(): unknown;
  busy(): boolean;
  /** Completed draws so far. */
  version(): number;
}

declare global {
  interface Window {
    __explorer?: ExplorerDebugHook;
  }
}

export function installDebugHook(explorer: Explorer): void {
  const view = explorer.view;
  window.__explorer = Object.freeze({
    nodeCount: () => view.nodeCount(),
    edgeCount: () => view.edgeCount(),
    nodeIds: () => view.nodeIds(),
    edgeIds: () => view.edgeIds(),
    edgeEnds: () => view.edgeEnds(),
    moreLabel: () => view.moreLabel(),
    highlighted: () => view.highlighted(),
    positionOf: (id: string) => view.renderedCentre(id),
    state: () => structuredClone(explorer.state),
    busy: () => explorer.busy,
    version: () => explorer.version,
  });
}
