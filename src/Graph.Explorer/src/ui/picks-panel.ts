// Picked entities: two give the paths between them, several reporters their shared counterparties.

import type { EntitySummary } from "../api/model";
import { clear, h } from "./dom";

export interface PicksActions {
  remove(id: string): void;
  clear(): void;
  paths(): void;
  shared(): void;
}

export function renderPicks(container: HTMLElement, picks: EntitySummary[], analysis: string | null, result: string | null, actions: PicksActions): void {
  clear(container);
  container.appendChild(
    h(
      "div",
      {},
      picks.length === 0
        ? h("p", { class: "muted small" }, "Pick entities (node panel or search) to find the paths between two, or the counterparties several reporters share.")
        : h(
            "ul",
            { class: "chips", "data-testid": "pick-list" },
            ...picks.map((p) =>
              h(
                "li",
                { "data-entity-id": p.id },
                p.name,
                h("button", { type: "button", class: "link", title: `Unpick ${p.name}`, "aria-label": `Unpick ${p.name}`, onclick: () => actions.remove(p.id) }, "×"),
              ),
            ),
          ),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", "data-testid": "find-paths", disabled: picks.length !== 2, "aria-pressed": analysis === "paths" ? "true" : "false", onclick: actions.paths }, "Paths between two"),
        h("button", { type: "button", "data-testid": "find-shared", disabled: picks.length < 2, "aria-pressed": analysis === "shared" ? "true" : "false", onclick: actions.shared }, "Shared counterparties"),
        picks.length > 0 ? h("button", { type: "button", "data-testid": "clear-picks", onclick: actions.clear }, "Clear") : null,
      ),
      result ? h("p", { "data-testid": "analysis-result" }, result) : null,
    ),
  );
}
