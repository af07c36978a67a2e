// The panel for a clicked node: who it is, how it relates to the reporter, yearly totals, and
// actions (open as the centre, expand its own counterparties, pick it for paths or shared parties).

import type { EntityDetails, EntitySummary, KindYearTotal } from "../api/model";
import { TYPE_COLOURS, typeLabel } from "../graph/palette";
import { clear, h } from "./dom";
import { totalsChart } from "./totals-chart";

export interface NodeDetailsInput {
  node: EntitySummary;
  root: EntitySummary | null;
  details: EntityDetails | null;
  /** Totals between the node and the root when they trade directly, else over all its counterparties. */
  totals: KindYearTotal[];
  totalsScope: string;
  expanded: boolean;
  picked: boolean;
}

export interface NodeDetailsActions {
  open(id: string): void;
  expand(id: string): void;
  togglePick(node: EntitySummary): void;
}

/** RELATED_PARTY statements between the node and the root first, then any other reporter's. */
function relationships(input: NodeDetailsInput): HTMLElement {
  const links = input.details?.relatedParties ?? [];
  const rootId = input.root?.id;
  const withRoot = links.filter((l) => (l.reporter.id === rootId && l.party.id === input.node.id) || (l.party.id === rootId && l.reporter.id === input.node.id));
  const asParty = links.filter((l) => l.party.id === input.node.id && !withRoot.includes(l));
  const shown = [...withRoot, ...asParty];
  if (shown.length === 0) {
    return h("p", { class: "muted", "data-testid": "node-relationship" }, input.node.id === rootId ? "The reporter at the centre." : "No relationship stated in the filings.");
  }
  return h(
    "ul",
    { "data-testid": "node-relationship" },
    ...shown.map((l) =>
      h(
        "li",
        {},
        l.reporter.id === input.node.id ? `Names ${l.party.name} as related` : `Related party of ${l.reporter.name}`,
        l.relationship ? `: ${l.relationship}` : "",
      ),
    ),
  );
}

export function renderNodeDetails(container: HTMLElement, input: NodeDetailsInput, actions: NodeDetailsActions): void {
  clear(container);
  const { node } = input;
  const isRoot = input.root?.id === node.id;
  container.appendChild(
    h(
      "section",
      { "data-testid": "node-details", "data-entity-id": node.id, class: "panel" },
      h("h2", { "data-testid": "node-name" }, node.name),
      h(
        "p",
        {},
        h("span", { class: "badge", style: `background:${TYPE_COLOURS[node.type] ?? TYPE_COLOURS.OTHER}`, "data-testid": "node-type" }, typeLabel(node.type)),
        node.isReporter ? h("span", { class: "badge reporter" }, "reporter") : null,
      ),
      node.aliases.length > 0
        ? h("p", { "data-testid": "node-aliases" }, h("span", { class: "muted" }, "Also known as: "), node.aliases.join("; "))
        : h("p", { class: "muted", "data-testid": "node-aliases" }, "No aliases."),
      h("h3", {}, isRoot ? "Relationships" : `Relationship to ${input.root?.name ?? "the reporter"}`),
      relationships(input),
      h("h3", {}, "Yearly totals per kind"),
      h("p", { class: "muted small" }, input.totalsScope),
      totalsChart(input.totals),
      // Filled in by the controller once the year-over-year changes are loaded.
      h("div", { "data-testid": "node-changes" }),
      h(
        "div",
        { class: "actions" },
        isRoot ? null : h("button", { type: "button", "data-testid": "open-node", onclick: () => actions.open(node.id) }, "Open"),
        isRoot || input.expanded
          ? null
          : h("button", { type: "button", "data-testid": "expand-node", onclick: () => actions.expand(node.id) }, "Expand"),
        h(
          "button",
          { type: "button", "data-testid": "pick-node", "aria-pressed": input.picked ? "true" : "false", onclick: () => actions.togglePick(node) },
          input.picked ? "Unpick" : "Pick",
        ),
      ),
    ),
  );
}

/** Sums totals over several counterparties, per kind, year and currency. */
export function sumTotals(lists: KindYearTotal[][]): KindYearTotal[] {
  const sums = new Map<string, KindYearTotal>();
  for (const t of lists.flat()) {
    const key = `${t.kind}|${t.year}|${t.currency}`;
    const known = sums.get(key);
    if (known) {
      known.amount += t.amount;
      known.edgeCount += t.edgeCount;
    } else sums.set(key, { ...t });
  }
  return [...sums.values()];
}
