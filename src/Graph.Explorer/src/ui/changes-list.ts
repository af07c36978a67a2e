// Year-over-year changes of an entity's counterparties: who is new, who vanished, what moved.

import type { Change, ChangeType } from "../api/model";
import { KIND_COLOURS, kindLabel } from "../graph/palette";
import { clear, h } from "./dom";
import { formatNumber } from "./format";

const ORDER: ChangeType[] = ["NEW", "VANISHED", "CHANGED"];

export function renderChanges(container: HTMLElement, changes: Change[], fromYear: number, toYear: number, openEntity: (id: string) => void): void {
  clear(container);
  const shown = changes
    .filter((c) => c.type !== "UNCHANGED")
    .sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || Math.abs(b.delta) - Math.abs(a.delta));
  container.appendChild(h("h3", {}, `Changes ${fromYear} → ${toYear}`));
  if (shown.length === 0) {
    container.appendChild(h("p", { class: "muted small" }, "No counterparty appeared, vanished or changed between these years."));
    return;
  }
  container.appendChild(
    h(
      "ul",
      { class: "changes" },
      ...shown.map((c) =>
        h(
          "li",
          { "data-testid": "change", "data-change-type": c.type, "data-entity-id": c.counterparty.id },
          h("span", { class: `change-type ${c.type.toLowerCase()}` }, c.type.toLowerCase()),
          " ",
          h("a", { href: "#", onclick: (e: Event) => (e.preventDefault(), openEntity(c.counterparty.id)) }, c.counterparty.name),
          h("div", { class: "small" },
            h("i", { class: "swatch line", style: `background:${KIND_COLOURS[c.kind] ?? KIND_COLOURS.OTHER}` }),
            `${kindLabel(c.kind)}: ${c.currency ?? ""} ${formatNumber(c.fromAmount)} → ${formatNumber(c.toAmount)}`,
          ),
        ),
      ),
    ),
  );
}
