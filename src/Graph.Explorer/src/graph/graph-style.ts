// The Cytoscape stylesheet: colour by type and kind come from element data (see graph-elements.ts).

import type { StylesheetJson } from "cytoscape";

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      width: 24,
      height: 24,
      "font-size": 10,
      color: "#1d2330",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "130px",
      "text-outline-color": "#ffffff",
      "text-outline-width": 2,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.reporter", style: { shape: "round-rectangle", width: 32, height: 32 } },
  {
    selector: "node.root",
    style: { width: 46, height: 46, "border-width": 4, "border-color": "#1d2330", "font-size": 12, "font-weight": "bold" },
  },
  {
    selector: "node.more",
    style: {
      shape: "round-rectangle",
      width: 70,
      height: 24,
      "background-color": "#eceff4",
      "border-width": 1,
      "border-color": "#7a8699",
      "border-style": "dashed",
      "text-valign": "center",
      "text-margin-y": 0,
      "font-size": 10,
      "text-outline-width": 0,
    },
  },
  { selector: "node.picked", style: { "border-width": 5, "border-color": "#e6007e" } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
      // Many edges join one pair (one per year and kind): fan them out tightly.
      "control-point-step-size": 14,
      opacity: 0.8,
    },
  },
  { selector: "edge.balance", style: { "line-style": "dashed", "line-dash-pattern": [8, 4] } },
  {
    selector: "edge.more",
    style: { width: 1, "line-color": "#a7b0be", "line-style": "dotted", "target-arrow-shape": "none" },
  },
  { selector: ".dim", style: { opacity: 0.15 } },
  {
    selector: "node.highlight",
    style: { "underlay-color": "#ffc400", "underlay-opacity": 0.55, "underlay-padding": 8, "underlay-shape": "ellipse", opacity: 1 },
  },
  {
    selector: "edge.highlight",
    style: { "underlay-color": "#ffc400", "underlay-opacity": 0.7, "underlay-padding": 5, opacity: 1, "z-index": 10 },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#ffc400" } },
  { selector: "edge:selected", style: { "underlay-color": "#1d2330", "underlay-opacity": 0.3, "underlay-padding": 5, opacity: 1 } },
];
