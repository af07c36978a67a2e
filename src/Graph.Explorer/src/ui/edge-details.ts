// The panel for a clicked edge: what, when, how much, where it was reported, and the evidence.

import type { Edge } from "../api/model";
import { kindLabel } from "../graph/palette";
import { clear, h } from "./dom";
import { highlightedQuote } from "./evidence-highlight";
import { formatAmount, formatPeriod, formatValue } from "./format";

export interface EdgeDetailsActions {
  name(id: string): string;
  openEntity(id: string): void;
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, ...value));
}

export function renderEdgeDetails(container: HTMLElement, edge: Edge, actions: EdgeDetailsActions): void {
  clear(container);
  const entityLink = (id: string) =>
    h("a", { href: "#", "data-entity-id": id, onclick: (e: Event) => (e.preventDefault(), actions.openEntity(id)) }, actions.name(id));
  const filing = edge.filing;
  const value = formatValue(edge);
  container.appendChild(
    h(
      "section",
      { "data-testid": "edge-details", "data-edge-id": edge.id, class: "panel" },
      h("h2", {}, h("span", { "data-testid": "edge-kind" }, kindLabel(edge.kind)), " ", h("span", { class: "muted" }, edge.category.toLowerCase())),
      h(
        "dl",
        {},
        row("From", entityLink(edge.fromId)),
        row("To", entityLink(edge.toId)),
        row("Period", h("span", { "data-testid": "edge-year" }, formatPeriod(edge))),
        row("Amount", h("span", { "data-testid": "edge-amount" }, formatAmount(edge))),
        value ? row("Value", value) : null,
        edge.description ? row("What", edge.description) : null,
        edge.nature ? row("Nature", edge.nature) : null,
        row("Reported by", entityLink(edge.reportedById)),
        row(
          "Filing",
          h(
            "span",
            { "data-testid": "edge-filing" },
            filing ? [filing.id, filing.form, filing.fiscalYear ? `FY${filing.fiscalYear}` : null, filing.periodEnd].filter((v) => v).join(" · ") : "—",
          ),
          filing?.source ? h("div", { class: "muted small" }, filing.source) : null,
        ),
      ),
      h("h3", {}, "Evidence"),
      edge.evidence?.quote
        ? h(
            "blockquote",
            { "data-testid": "evidence-quote" },
            highlightedQuote(edge.evidence.quote, edge.amount),
          )
        : h("p", { class: "muted", "data-testid": "evidence-quote" }, "No quote was kept for this fact."),
      edge.evidence?.start != null
        ? h("p", { class: "muted small" }, `Characters ${edge.evidence.start}–${edge.evidence.end ?? "?"} of the filing's note.`)
        : null,
    ),
  );
}
