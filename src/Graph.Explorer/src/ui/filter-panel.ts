// Filters (year range with an animation, kinds, minimum amount, currency) and drawing options.
// The panel only reports changes; the controller decides what to fetch and draw.

import { FACT_KINDS, PARTY_TYPES, type FactKind } from "../api/model";
import { KIND_COLOURS, TYPE_COLOURS, kindLabel, typeLabel } from "../graph/palette";
import { MAX_LIMIT, type LayoutName, type ViewState } from "../state/view-state";
import { clear, h } from "./dom";

/** What the root's unfiltered network contains: the choices the filters offer. */
export interface Domain {
  years: number[];
  currencies: string[];
  kinds: FactKind[];
}

export type FilterChange = Partial<Pick<ViewState, "yearFrom" | "yearTo" | "kinds" | "minAmount" | "currency" | "depth" | "limit" | "layout">>;

export interface FilterEvents {
  changed(change: FilterChange): void;
  togglePlay(): void;
}

export class FilterPanel {
  private domain: Domain = { years: [], currencies: [], kinds: [] };
  private state: ViewState | null = null;
  private readonly yearFrom: HTMLInputElement;
  private readonly yearTo: HTMLInputElement;
  private readonly yearLabel: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly kinds: HTMLElement;
  private readonly minAmount: HTMLInputElement;
  private readonly currency: HTMLSelectElement;
  private readonly depth: HTMLSelectElement;
  private readonly limit: HTMLInputElement;
  private readonly layout: HTMLSelectElement;

  constructor(container: HTMLElement, private readonly events: FilterEvents) {
    this.yearFrom = h("input", { type: "range", "data-testid": "year-from", "aria-label": "First year", step: 1 });
    this.yearTo = h("input", { type: "range", "data-testid": "year-to", "aria-label": "Last year", step: 1 });
    this.yearLabel = h("span", { "data-testid": "year-label", class: "year-label" });
    this.play = h("button", { type: "button", "data-testid": "year-play", title: "Animate through the years" }, "▶ Play years");
    this.kinds = h("div", { class: "kinds", "data-testid": "kinds" });
    this.minAmount = h("input", { type: "number", min: 0, step: "any", "data-testid": "min-amount", placeholder: "any", "aria-label": "Minimum amount" });
    this.currency = h("select", { "data-testid": "currency", "aria-label": "Currency" });
    this.depth = h("select", { "data-testid": "depth", "aria-label": "Depth" }, ...[1, 2, 3].map((d) => h("option", { value: d }, `${d} hop${d > 1 ? "s" : ""}`)));
    this.limit = h("input", { type: "number", min: 1, max: MAX_LIMIT, step: 1, "data-testid": "node-cap", "aria-label": "Node cap" });
    this.layout = h(
      "select",
      { "data-testid": "layout", "aria-label": "Layout" },
      h("option", { value: "concentric" }, "Concentric (reporter in the middle)"),
      h("option", { value: "cose" }, "Force-directed"),
    );

    const onYears = (moved: "from" | "to") => {
      let from = Number(this.yearFrom.value);
      let to = Number(this.yearTo.value);
      // The two thumbs may not cross: the one moved pushes the other along.
      if (from > to) {
        if (moved === "from") to = from;
        else from = to;
        this.yearFrom.value = String(from);
        this.yearTo.value = String(to);
      }
      const [min, max] = this.yearBounds();
      this.events.changed({ yearFrom: from <= min ? null : from, yearTo: to >= max ? null : to });
      this.showYearLabel();
    };
    this.yearFrom.addEventListener("input", () => onYears("from"));
    this.yearTo.addEventListener("input", () => onYears("to"));
    this.play.addEventListener("click", () => this.events.togglePlay());
    this.minAmount.addEventListener("input", () => {
      const value = this.minAmount.value.trim() === "" ? null : Number(this.minAmount.value);
      this.events.changed({ minAmount: value != null && Number.isFinite(value) && value > 0 ? value : null });
    });
    this.currency.addEventListener("change", () => this.events.changed({ currency: this.currency.value || null }));
    this.depth.addEventListener("change", () => this.events.changed({ depth: Number(this.depth.value) }));
    this.limit.addEventListener("change", () => {
      const value = Math.round(Number(this.limit.value));
      if (Number.isFinite(value) && value >= 1) this.events.changed({ limit: Math.min(MAX_LIMIT, value) });
    });
    this.layout.addEventListener("change", () => this.events.changed({ layout: this.layout.value as LayoutName }));

    clear(container);
    container.append(
      h("h2", {}, "Filters"),
      h("fieldset", {}, h("legend", {}, "Years ", this.yearLabel), h("label", { class: "slider" }, "from", this.yearFrom), h("label", { class: "slider" }, "to", this.yearTo), this.play),
      h(
        "fieldset",
        {},
        h("legend", {}, "Kinds"),
        this.kinds,
        h(
          "div",
          { class: "actions small" },
          h("button", { type: "button", class: "link", "data-testid": "kinds-all", onclick: () => this.events.changed({ kinds: [] }) }, "all"),
        ),
      ),
      h("label", { class: "field" }, "Minimum amount (as printed)", this.minAmount),
      h("label", { class: "field" }, "Currency", this.currency),
      h("h2", {}, "Drawing"),
      h("label", { class: "field" }, "Depth", this.depth),
      h("label", { class: "field" }, "Node cap", this.limit),
      h("label", { class: "field" }, "Layout", this.layout),
      h(
        "div",
        { class: "legend", "data-testid": "type-legend" },
        h("h3", {}, "Node types"),
        ...PARTY_TYPES.map((t) => h("span", { class: "legend-item" }, h("i", { class: "swatch round", style: `background:${TYPE_COLOURS[t]}` }), typeLabel(t))),
        h("p", { class: "small muted" }, "Squares are reporters; the thick ring is the entity at the centre. Dashed edges are balances, solid ones flows; arrows point the way the money goes."),
      ),
    );
  }

  setDomain(domain: Domain): void {
    this.domain = domain;
    const [min, max] = this.yearBounds();
    for (const input of [this.yearFrom, this.yearTo]) {
      input.min = String(min);
      input.max = String(max);
      input.disabled = domain.years.length === 0;
    }
    this.play.disabled = domain.years.length < 2;
    clear(this.currency);
    this.currency.append(h("option", { value: "" }, "All currencies"), ...domain.currencies.map((c) => h("option", { value: c }, c)));
    if (this.state) this.show(this.state);
  }

  /** Puts the state into the controls (after a change, a reload or a shared link). */
  show(state: ViewState): void {
    this.state = state;
    const [min, max] = this.yearBounds();
    this.yearFrom.value = String(state.yearFrom ?? min);
    this.yearTo.value = String(state.yearTo ?? max);
    this.showYearLabel();

    const offered = [...new Set([...this.domain.kinds, ...state.kinds])].sort((a, b) => FACT_KINDS.indexOf(a) - FACT_KINDS.indexOf(b));
    clear(this.kinds);
    for (const kind of offered) {
      const box = h("input", { type: "checkbox", "data-testid": `kind-${kind}`, value: kind });
      box.checked = state.kinds.length === 0 || state.kinds.includes(kind);
      box.addEventListener("change", () => {
        const checked = [...this.kinds.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value as FactKind);
        // Every offered kind ticked means no constraint, which also keeps kinds the domain lacks.
        this.events.changed({ kinds: offered.every((k) => checked.includes(k)) ? [] : checked });
      });
      this.kinds.appendChild(h("label", { class: "kind" }, box, h("i", { class: "swatch line", style: `background:${KIND_COLOURS[kind]}` }), kindLabel(kind)));
    }
    if (offered.length === 0) this.kinds.appendChild(h("p", { class: "muted small" }, "No edges."));

    if (document.activeElement !== this.minAmount) this.minAmount.value = state.minAmount == null ? "" : String(state.minAmount);
    if (state.currency && ![...this.currency.options].some((o) => o.value === state.currency)) {
      this.currency.append(h("option", { value: state.currency }, state.currency));
    }
    this.currency.value = state.currency ?? "";
    if (![...this.depth.options].some((o) => o.value === String(state.depth))) this.depth.append(h("option", { value: state.depth }, `${state.depth} hops`));
    this.depth.value = String(state.depth);
    if (document.activeElement !== this.limit) this.limit.value = String(state.limit);
    this.layout.value = state.layout;
  }

  setPlaying(playing: boolean): void {
    this.play.textContent = playing ? "■ Stop" : "▶ Play years";
    this.play.setAttribute("aria-pressed", playing ? "true" : "false");
  }

  /** The years the root's edges fall in, in order. */
  years(): number[] {
    return [...this.domain.years];
  }

  yearBounds(): [number, number] {
    const years = this.domain.years;
    return years.length === 0 ? [0, 0] : [years[0], years[years.length - 1]];
  }

  private showYearLabel(): void {
    if (this.domain.years.length === 0) {
      this.yearLabel.textContent = "(none)";
      return;
    }
    const from = this.yearFrom.value;
    const to = this.yearTo.value;
    this.yearLabel.textContent = from === to ? from : `${from} – ${to}`;
  }
}
