// The drawing: one Cytoscape instance, re-rendered from the drawn graph on every change.
// Node positions are kept between renders of one root, so that filtering (and the year
// animation) shows edges come and go without the picture jumping around.

import cytoscape, { type Core, type EdgeSingular, type LayoutOptions, type Position } from "cytoscape";
import type { LayoutName } from "../state/view-state";
import type { DrawnGraph } from "./drawn-graph";
import { graphElements, MORE_NODE_ID, type Highlight } from "./graph-elements";
import { GRAPH_STYLE } from "./graph-style";

const MAX_FIT_ZOOM = 1.5;

export interface GraphViewEvents {
  nodeTapped(id: string): void;
  edgeTapped(id: string): void;
  /** Double click: make the entity the centre. */
  nodeOpened(id: string): void;
  moreTapped(): void;
  backgroundTapped(): void;
}

export class GraphView {
  private readonly cy: Core;
  private positions = new Map<string, Position>();
  private positionsRoot: string | null = null;
  private positionsLayout: LayoutName | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on("tap", "node", (e) => {
      const id = e.target.id() as string;
      if (id === MORE_NODE_ID) events.moreTapped();
      else events.nodeTapped(id);
    });
    this.cy.on("tap", "edge", (e) => {
      if (!e.target.hasClass("more")) events.edgeTapped(e.target.id() as string);
    });
    this.cy.on("tap", (e) => {
      if (e.target === this.cy) events.backgroundTapped();
    });
    this.cy.on("dbltap", "node", (e) => {
      const id = e.target.id() as string;
      if (id !== MORE_NODE_ID) events.nodeOpened(id);
    });
    // A native tooltip names what is under the pointer: Cytoscape draws on a canvas.
    this.cy.on("mouseover", "node, edge", (e) => {
      container.title = (e.target.data("tooltip") as string | undefined) ?? "";
    });
    this.cy.on("mouseout", "node, edge", () => {
      container.title = "";
    });
  }

  render(graph: DrawnGraph, layout: LayoutName, picks: Set<string>, highlight: Highlight | null, selected: string | null): void {
    if (this.positionsRoot !== graph.root || this.positionsLayout !== layout) {
      this.positions.clear();
      this.positionsRoot = graph.root;
      this.positionsLayout = layout;
    }
    const elements = graphElements(graph, picks, highlight);
    const known = elements.every((e) => e.group !== "nodes" || this.positions.has(e.data.id!));
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.select(selected);
    if (known && this.positions.size > 0) {
      this.cy.nodes().forEach((n) => {
        n.position({ ...this.positions.get(n.id())! });
      });
      return;
    }
    const run = this.cy.layout(this.layoutOptions(layout, this.cy.nodes().length));
    run.one("layoutstop", () => {
      // A small web fitted to the window would be drawn huge: keep it at a readable size.
      if (this.cy.zoom() > MAX_FIT_ZOOM) {
        this.cy.zoom(MAX_FIT_ZOOM);
        this.cy.center();
      }
      this.savePositions();
    });
    run.run();
  }

  /** Marks one element as selected ("node:ID" or "edge:ID"), or none. */
  select(selected: string | null): void {
    this.cy.elements().unselect();
    if (!selected) return;
    const id = selected.slice(selected.indexOf(":") + 1);
    const element = this.cy.getElementById(id);
    if (element.nonempty()) element.select();
  }

  fit(): void {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }

  resize(): void {
    this.cy.resize();
  }

  nodeCount(): number {
    return this.cy.nodes().not(".more").length;
  }

  edgeCount(): number {
    return this.cy.edges().not(".more").length;
  }

  nodeIds(): string[] {
    return this.cy.nodes().not(".more").map((n) => n.id());
  }

  edgeIds(): string[] {
    return this.cy.edges().not(".more").map((e) => e.id());
  }

  /** Each drawn edge with the entity it starts from and the one its arrow points to. */
  edgeEnds(): { id: string; source: string; target: string }[] {
    const ends: { id: string; source: string; target: string }[] = [];
    this.cy.edges().forEach((e: EdgeSingular) => {
      if (!e.hasClass("more")) ends.push({ id: e.id(), source: e.source().id(), target: e.target().id() });
    });
    return ends;
  }

  moreLabel(): string | null {
    const more = this.cy.getElementById(MORE_NODE_ID);
    return more.nonempty() ? (more.data("label") as string) : null;
  }

  highlighted(): { nodes: string[]; edges: string[] } {
    return {
      nodes: this.cy.nodes(".highlight").map((n) => n.id()),
      edges: this.cy.edges(".highlight").map((e) => e.id()),
    };
  }

  /** The position of an element on the page, for clicking it like a person would. */
  renderedCentre(id: string): { x: number; y: number } | null {
    const element = this.cy.getElementById(id);
    if (element.empty()) return null;
    const box = this.cy.container()!.getBoundingClientRect();
    const p = element.isNode() ? element.renderedPosition() : (element as unknown as EdgeSingular).renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  private savePositions(): void {
    this.cy.nodes().forEach((n) => {
      this.positions.set(n.id(), { ...n.position() });
    });
  }

  private layoutOptions(layout: LayoutName, nodes: number): LayoutOptions {
    // Small webs get more room between rings, so they fill the window at a readable zoom.
    const spacingFactor = nodes <= 8 ? 3 : nodes <= 30 ? 1.6 : 1;
    if (layout === "cose") {
      return { name: "cose", animate: false, fit: true, padding: 30, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 };
    }
    // Reporter (root) in the middle, each ring one hop further out.
    return {
      name: "concentric",
      animate: false,
      fit: true,
      padding: 30,
      minNodeSpacing: 28,
      spacingFactor,
      concentric: (node) => 100 - (node.data("ring") as number),
      levelWidth: () => 1,
    };
  }
}
