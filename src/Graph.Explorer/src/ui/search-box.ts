// Type-ahead search over entities(search): debounced, the latest request wins, keyboard friendly.

import { searchEntities } from "../api/explorer-api";
import type { EntitySummary } from "../api/model";
import { TYPE_COLOURS, typeLabel } from "../graph/palette";
import { clear, h } from "./dom";

export interface SearchActions {
  open(entity: EntitySummary): void;
  pick(entity: EntitySummary): void;
  failed(error: unknown): void;
}

const DEBOUNCE_MS = 150;
const RESULTS = 12;

export class SearchBox {
  private timer: number | undefined;
  private inFlight: AbortController | null = null;
  private results: EntitySummary[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly actions: SearchActions,
  ) {
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("focus", () => this.schedule());
    input.addEventListener("keydown", (e) => this.key(e));
    document.addEventListener("click", (e) => {
      if (!input.parentElement?.contains(e.target as Node)) this.close();
    });
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.search(), DEBOUNCE_MS);
  }

  private async search(): Promise<void> {
    const text = this.input.value.trim();
    this.inFlight?.abort();
    if (text.length === 0) {
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    try {
      const result = await searchEntities(text, RESULTS, controller.signal);
      if (controller.signal.aborted) return;
      this.results = result.entities;
      this.active = result.entities.length > 0 ? 0 : -1;
      this.show(result.totalCount);
    } catch (error) {
      if (!controller.signal.aborted) this.actions.failed(error);
    }
  }

  private show(totalCount: number): void {
    clear(this.list);
    this.results.forEach((entity, i) => {
      this.list.appendChild(
        h(
          "li",
          {
            role: "option",
            "data-testid": "search-result",
            "data-entity-id": entity.id,
            "aria-selected": i === this.active ? "true" : "false",
            onmousedown: (e: Event) => e.preventDefault(),
            onclick: () => this.choose(entity),
          },
          h("i", { class: "swatch", style: `background:${TYPE_COLOURS[entity.type] ?? TYPE_COLOURS.OTHER}` }),
          h("span", { class: "name" }, entity.name),
          h("span", { class: "muted small" }, ` ${typeLabel(entity.type)}${entity.isReporter ? " · reporter" : ""}`),
          entity.aliases.length > 0 ? h("div", { class: "muted small" }, entity.aliases.slice(0, 3).join("; ")) : null,
          h(
            "button",
            {
              type: "button",
              class: "link pick",
              "data-testid": "search-pick",
              title: "Pick for paths or shared counterparties",
              onclick: (e: Event) => (e.stopPropagation(), this.actions.pick(entity)),
            },
            "+ pick",
          ),
        ),
      );
    });
    if (this.results.length === 0) this.list.appendChild(h("li", { class: "muted" }, "No entity matches."));
    else if (totalCount > this.results.length) this.list.appendChild(h("li", { class: "muted small" }, `${totalCount - this.results.length} more: keep typing to narrow down.`));
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private choose(entity: EntitySummary): void {
    this.close();
    this.input.value = entity.name;
    this.actions.open(entity);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  private key(e: KeyboardEvent): void {
    if (this.list.hidden || this.results.length === 0) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + this.results.length) % this.results.length;
      this.list.querySelectorAll('[data-testid="search-result"]').forEach((li, i) => li.setAttribute("aria-selected", i === this.active ? "true" : "false"));
    } else if (e.key === "Enter" && this.active >= 0) {
      e.preventDefault();
      this.choose(this.results[this.active]);
    } else if (e.key === "Escape") this.close();
  }
}
