// The table view: the drawn edges as rows, sortable by any column, downloadable as CSV.

import type { Edge } from "../api/model";
import { kindLabel } from "../graph/palette";
import { toCsv, type Cell } from "./csv";
import { clear, h } from "./dom";
import { formatNumber } from "./format";

interface Column {
  key: string;
  title: string;
  value(edge: Edge, name: (id: string) => string): Cell;
  numeric?: boolean;
  /** Years are numbers but are written without thousands separators. */
  plain?: boolean;
}

const COLUMNS: Column[] = [
  { key: "from", title: "From", value: (e, name) => name(e.fromId) },
  { key: "to", title: "To", value: (e, name) => name(e.toId) },
  { key: "kind", title: "Kind", value: (e) => kindLabel(e.kind) },
  { key: "year", title: "Year", value: (e) => e.year, numeric: true, plain: true },
  { key: "asOf", title: "As of", value: (e) => e.asOf },
  { key: "amount", title: "Amount", value: (e) => e.amount, numeric: true },
  { key: "currency", title: "Currency", value: (e) => e.currency },
  { key: "scale", title: "Scale", value: (e) => e.scale, numeric: true },
  { key: "value", title: "Value", value: (e) => e.value, numeric: true },
  { key: "reportedBy", title: "Reported by", value: (e) => e.reportedBy?.name ?? e.reportedById },
  { key: "filing", title: "Filing", value: (e) => e.filing?.id ?? null },
  { key: "description", title: "Description", value: (e) => e.description ?? e.nature },
];

function isBlank(cell: Cell): boolean {
  return cell == null || cell === "";
}

function compareValues(a: Cell, b: Cell): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: "base" });
}

export class EdgeTable {
  private sortKey = "year";
  private descending = true;
  private edges: Edge[] = [];
  private name: (id: string) => string = (id) => id;

  constructor(
    private readonly container: HTMLElement,
    private readonly edgeClicked: (id: string) => void,
  ) {}

  render(edges: Edge[], name: (id: string) => string, selectedEdge: string | null): void {
    this.edges = edges;
    this.name = name;
    const rows = this.sorted();

    const head = h(
      "tr",
      {},
      ...COLUMNS.map((c) =>
        h(
          "th",
          {
            scope: "col",
            "data-testid": `sort-${c.key}`,
            "aria-sort": c.key === this.sortKey ? (this.descending ? "descending" : "ascending") : "none",
            class: c.numeric ? "num" : null,
            onclick: () => this.sortBy(c.key),
          },
          c.title,
          c.key === this.sortKey ? (this.descending ? " ▼" : " ▲") : "",
        ),
      ),
    );
    const body = h(
      "tbody",
      {},
      ...rows.map((edge) =>
        h(
          "tr",
          {
            "data-testid": "edge-row",
            "data-edge-id": edge.id,
            class: `selectable${selectedEdge === edge.id ? " selected" : ""}`,
            onclick: () => this.edgeClicked(edge.id),
          },
          ...COLUMNS.map((c) => {
            const v = c.value(edge, name);
            return h("td", { class: c.numeric ? "num" : null }, typeof v === "number" && !c.plain ? formatNumber(v) : (v ?? ""));
          }),
        ),
      ),
    );
    clear(this.container);
    this.container.appendChild(
      h("table", { class: "edge-table", "data-testid": "edge-table" }, h("thead", {}, head), body),
    );
    if (edges.length === 0) this.container.appendChild(h("p", { class: "muted" }, "No edges match the filters."));
    this.container.querySelector("tr.selected")?.scrollIntoView({ block: "nearest" });
  }

  /** The rows in the current order, as CSV. */
  csv(): string {
    return toCsv(
      [...COLUMNS.map((c) => c.title), "Edge id"],
      this.sorted().map((e) => [...COLUMNS.map((c) => c.value(e, this.name)), e.id]),
    );
  }

  /** Sorted on the chosen column; blanks last in either direction; ties by edge id so the order is stable. */
  private sorted(): Edge[] {
    const column = COLUMNS.find((c) => c.key === this.sortKey) ?? COLUMNS[0];
    return [...this.edges].sort((a, b) => {
      const va = column.value(a, this.name);
      const vb = column.value(b, this.name);
      if (isBlank(va) || isBlank(vb)) return isBlank(va) === isBlank(vb) ? a.id.localeCompare(b.id) : isBlank(va) ? 1 : -1;
      const order = compareValues(va, vb);
      return (this.descending ? -order : order) || a.id.localeCompare(b.id);
    });
  }

  private sortBy(key: string): void {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = COLUMNS.find((c) => c.key === key)?.numeric === true;
    }
    this.render(this.edges, this.name, this.container.querySelector("tr.selected")?.getAttribute("data-edge-id") ?? null);
  }
}
