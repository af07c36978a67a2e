// The controller: holds the view state, keeps it in the URL, fetches through the GraphQL API and
// re-draws the graph, the table and the detail panel whenever the state changes.

import { analyse, analysisKey, type AnalysisResult } from "./analysis";
import { fetchChanges, fetchEntityDetails, fetchNetwork } from "./api/explorer-api";
import type { EntitySummary, Network } from "./api/model";
import { addEdges, addNodes, emptyGraph, mergeNetwork, type DrawnGraph } from "./graph/drawn-graph";
import { GraphView } from "./graph/graph-view";
import { edgeFilterOf, MAX_LIMIT, parseState, serializeState, type ViewState } from "./state/view-state";
import { renderChanges } from "./ui/changes-list";
import { download } from "./ui/csv";
import { byTestId, clear, h } from "./ui/dom";
import { renderEdgeDetails } from "./ui/edge-details";
import { EdgeTable } from "./ui/edge-table";
import { FilterPanel, type Domain, type FilterChange } from "./ui/filter-panel";
import { sentence } from "./ui/format";
import { renderNodeDetails, sumTotals } from "./ui/node-details";
import { renderPicks } from "./ui/picks-panel";
import { SearchBox } from "./ui/search-box";
import { YearPlayer } from "./ui/year-player";

const REFRESH_DEBOUNCE_MS = 120;
const YEAR_STEP_MS = 1200;
/** Networks kept for instant redraws (the year animation revisits them); the oldest go first. */
const NETWORK_CACHE_SIZE = 64;

export class Explorer {
  state: ViewState;
  /** Completed draws; tests wait for it to move. */
  version = 0;
  busy = false;

  readonly view: GraphView;
  private readonly table: EdgeTable;
  private readonly filters: FilterPanel;
  private readonly player: YearPlayer;
  private readonly networks = new Map<string, Promise<Network>>();
  private readonly known = new Map<string, EntitySummary>();
  private domainKey: string | null = null;
  private graph: DrawnGraph | null = null;
  private analysis: AnalysisResult | null = null;
  private refreshSeq = 0;
  private detailsSeq = 0;
  private timer: number | undefined;
  private pendingDraw: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor() {
    this.state = parseState(location.search);
    this.view = new GraphView(byTestId("graph"), {
      nodeTapped: (id) => this.update({ selected: `node:${id}` }),
      edgeTapped: (id) => this.update({ selected: `edge:${id}` }),
      nodeOpened: (id) => this.openEntity(id),
      moreTapped: () => this.update({ limit: Math.min(MAX_LIMIT, this.state.limit * 2) }, { refresh: true }),
      backgroundTapped: () => this.update({ selected: null }),
    });
    this.table = new EdgeTable(byTestId("table-view"), (id) => this.update({ selected: `edge:${id}` }));
    this.filters = new FilterPanel(byTestId("filters"), {
      changed: (change) => this.filterChanged(change),
      togglePlay: () => void this.togglePlay(),
    });
    this.player = new YearPlayer(YEAR_STEP_MS, (playing) => this.filters.setPlaying(playing));
    new SearchBox(byTestId<HTMLInputElement>("search-input"), byTestId<HTMLUListElement>("search-results"), {
      open: (entity) => {
        this.known.set(entity.id, entity);
        this.openEntity(entity.id);
      },
      pick: (entity) => this.togglePick(entity, true),
      failed: (error) => this.showError(error),
    });

    byTestId("tab-graph").addEventListener("click", () => this.update({ view: "graph" }));
    byTestId("tab-table").addEventListener("click", () => this.update({ view: "table" }));
    byTestId("download-csv").addEventListener("click", () => download(`graph-edges${this.state.entity ? `-${this.state.entity}` : ""}.csv`, this.table.csv()));
    byTestId("fit").addEventListener("click", () => this.view.fit());
    byTestId("share").addEventListener("click", () => void this.share());
    window.addEventListener("popstate", () => {
      this.player.stop();
      this.state = parseState(location.search);
      this.filters.show(this.state);
      void this.refresh();
    });
    window.addEventListener("resize", () => this.view.resize());
  }

  start(): void {
    this.filters.show(this.state);
    void this.refresh();
  }

  /** Resolves after the next completed draw (used by the year animation and by tests). */
  nextDraw(): Promise<void> {
    if (!this.pendingDraw) {
      let resolve = () => {};
      const promise = new Promise<void>((r) => (resolve = r));
      this.pendingDraw = { promise, resolve };
    }
    return this.pendingDraw.promise;
  }

  openEntity(id: string): void {
    this.player.stop();
    this.update({ entity: id, expanded: [], selected: `node:${id}`, yearFrom: null, yearTo: null }, { push: true, refresh: true });
  }

  private filterChanged(change: FilterChange): void {
    if ("yearFrom" in change || "yearTo" in change) this.player.stop();
    this.update(change, { refresh: true, debounce: true });
  }

  /**
   * Applies a change: writes the URL (a new history entry for a new entity, else in place),
   * then re-draws. Selection and tab changes need no request, so they only re-render.
   */
  update(change: Partial<ViewState>, options: { push?: boolean; refresh?: boolean; debounce?: boolean } = {}): void {
    this.state = { ...this.state, ...change };
    const url = `${location.pathname}${serializeState(this.state)}`;
    if (options.push) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    this.filters.show(this.state);
    if (options.refresh) {
      window.clearTimeout(this.timer);
      this.setBusy(true);
      if (options.debounce) this.timer = window.setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
      else void this.refresh();
    } else {
      this.renderAll(false);
    }
  }

  private network(root: string, depth: number, limit: number, state: ViewState | null): Promise<Network> {
    const filter = state ? edgeFilterOf(state) : null;
    const key = JSON.stringify([root, depth, limit, filter]);
    let pending = this.networks.get(key);
    if (!pending) {
      pending = fetchNetwork(root, depth, limit, filter);
      // A failed request is not remembered, so a retry asks again.
      pending.catch(() => this.networks.delete(key));
      this.networks.set(key, pending);
      if (this.networks.size > NETWORK_CACHE_SIZE) this.networks.delete(this.networks.keys().next().value!);
    }
    return pending;
  }

  /** Fetches what the state asks for and draws it; an older refresh that finishes late is dropped. */
  async refresh(): Promise<void> {
    const seq = ++this.refreshSeq;
    const state = this.state;
    this.setBusy(true);
    this.showError(null);
    try {
      if (!state.entity) {
        this.graph = null;
        this.analysis = null;
        this.renderAll();
        return;
      }
      const domainKey = JSON.stringify([state.entity, state.depth, state.limit]);
      if (this.domainKey !== domainKey) {
        // The unfiltered network says which years, kinds and currencies the filters can offer.
        const all = await this.network(state.entity, state.depth, state.limit, null);
        if (seq !== this.refreshSeq) return;
        this.domainKey = domainKey;
        this.filters.setDomain(domainOf(all));
      }
      const [rootNetwork, ...expansions] = await Promise.all([
        this.network(state.entity, state.depth, state.limit, state),
        ...state.expanded.map((id) => this.network(id, 1, state.limit, state)),
      ]);
      const analysis = await this.runAnalysis(state);
      if (seq !== this.refreshSeq) return;

      const graph = emptyGraph(state.entity);
      mergeNetwork(graph, rootNetwork, true);
      expansions.forEach((n) => mergeNetwork(graph, n, false));
      if (analysis) {
        addNodes(graph, analysis.nodes);
        addEdges(graph, analysis.edges);
      }
      for (const node of graph.nodes.values()) this.known.set(node.id, node);
      if (!graph.nodes.has(state.entity)) {
        throw new Error(`No entity with id "${state.entity}" is in the graph.`);
      }
      this.graph = graph;
      this.analysis = analysis;
      this.renderAll();
    } catch (error) {
      if (seq === this.refreshSeq) {
        this.graph = null;
        this.renderAll();
        this.showError(error);
      }
    } finally {
      if (seq === this.refreshSeq) {
        this.setBusy(false);
        this.version++;
        document.body.dataset.drawVersion = String(this.version);
        const pending = this.pendingDraw;
        this.pendingDraw = null;
        pending?.resolve();
      }
    }
  }

  private async runAnalysis(state: ViewState): Promise<AnalysisResult | null> {
    if (!state.analysis) return null;
    const key = analysisKey(state);
    if (this.analysis?.key === key) return this.analysis;
    return analyse(state, (id) => this.summary(id));
  }

  private async summary(id: string): Promise<EntitySummary | null> {
    const known = this.known.get(id);
    if (known) return known;
    const details = await fetchEntityDetails(id, null);
    if (details) this.known.set(id, details);
    return details;
  }

  /** Re-renders everything from the state; `redraw` false keeps the drawn elements (selection, tab). */
  private renderAll(redraw = true): void {
    const state = this.state;
    const graph = this.graph;
    byTestId("empty").hidden = state.entity != null;
    byTestId("tab-graph").setAttribute("aria-selected", String(state.view === "graph"));
    byTestId("tab-table").setAttribute("aria-selected", String(state.view === "table"));
    byTestId("graph").classList.toggle("hidden-view", state.view !== "graph");
    byTestId("table-pane").hidden = state.view !== "table";

    if (graph && !redraw) {
      this.view.select(state.selected);
      this.table.render([...graph.edges.values()], (id) => this.name(id), state.selected?.startsWith("edge:") ? state.selected.slice(5) : null);
    } else if (graph) {
      this.view.render(graph, state.layout, new Set(state.picks), this.analysis?.highlight ?? null, state.selected);
      this.table.render([...graph.edges.values()], (id) => this.name(id), state.selected?.startsWith("edge:") ? state.selected.slice(5) : null);
    } else {
      this.view.render(emptyGraph(""), state.layout, new Set(), null, null);
      this.table.render([], (id) => id, null);
    }
    if (state.view === "graph") this.view.resize();
    this.renderStatus();
    this.renderPicks();
    void this.renderDetails();
  }

  private renderStatus(): void {
    const status = byTestId("status");
    const graph = this.graph;
    if (!graph) {
      status.textContent = this.state.entity ? "" : "No entity open.";
      return;
    }
    const root = graph.nodes.get(graph.root);
    status.textContent =
      `${root?.name ?? graph.root}: ${this.view.nodeCount()} entities, ${this.view.edgeCount()} edges` +
      (graph.truncated ? ` (${graph.omitted} more not drawn: raise the node cap or click "more")` : "") +
      (graph.edgesOmitted > 0 ? `; ${graph.edgesOmitted} lighter edges among them not drawn` : "");
  }

  private renderPicks(): void {
    const picks = this.state.picks.map((id) => this.known.get(id) ?? { id, name: id, type: "OTHER" as const, isReporter: false, aliases: [] });
    renderPicks(byTestId("picks"), picks, this.state.analysis, this.analysis?.summary ?? null, {
      remove: (id) => this.update({ picks: this.state.picks.filter((p) => p !== id), analysis: null }, { refresh: true }),
      clear: () => this.update({ picks: [], analysis: null }, { refresh: true }),
      paths: () => this.update({ analysis: "paths" }, { refresh: true }),
      shared: () => this.update({ analysis: "shared" }, { refresh: true }),
    });
  }

  private async renderDetails(): Promise<void> {
    const seq = ++this.detailsSeq;
    const container = byTestId("details");
    const selected = this.state.selected;
    const graph = this.graph;
    if (!selected || !graph) {
      clear(container);
      container.appendChild(h("p", { class: "muted" }, "Click a node or an edge to see its details."));
      return;
    }
    const id = selected.slice(selected.indexOf(":") + 1);
    if (selected.startsWith("edge:")) {
      const edge = graph.edges.get(id);
      if (!edge) {
        clear(container);
        container.appendChild(h("p", { class: "muted" }, "The selected edge is not drawn with the current filters."));
        return;
      }
      renderEdgeDetails(container, edge, { name: (e) => this.name(e), openEntity: (e) => this.openEntity(e) });
      return;
    }
    const node = graph.nodes.get(id) ?? this.known.get(id);
    if (!node) {
      clear(container);
      container.appendChild(h("p", { class: "muted" }, "The selected entity is not drawn with the current filters."));
      return;
    }
    try {
      const details = await fetchEntityDetails(id, edgeFilterOf(this.state));
      if (seq !== this.detailsSeq) return;
      const root = graph.nodes.get(graph.root) ?? null;
      const withRoot = id === graph.root ? null : details?.counterparties.find((c) => c.entity.id === graph.root);
      renderNodeDetails(
        container,
        {
          node,
          root,
          details,
          totals: withRoot ? withRoot.totals : sumTotals((details?.counterparties ?? []).map((c) => c.totals)),
          totalsScope: withRoot ? sentence(`Between ${node.name} and ${root?.name ?? graph.root}`) : sentence(`${node.name} with all its counterparties`),
          expanded: this.state.expanded.includes(id),
          picked: this.state.picks.includes(id),
        },
        {
          open: (e) => this.openEntity(e),
          expand: (e) => this.update({ expanded: [...this.state.expanded, e] }, { refresh: true }),
          togglePick: (n) => this.togglePick(n, !this.state.picks.includes(n.id)),
        },
      );
      const years = this.changeYears();
      if (years) {
        const changes = await fetchChanges(id, years[0], years[1]);
        if (seq !== this.detailsSeq) return;
        const target = container.querySelector<HTMLElement>('[data-testid="node-changes"]');
        if (target) renderChanges(target, changes, years[0], years[1], (e) => this.openEntity(e));
      }
    } catch (error) {
      if (seq === this.detailsSeq) this.showError(error);
    }
  }

  /** The two years compared: the ends of the year filter when it spans years, else the last two years drawn. */
  private changeYears(): [number, number] | null {
    const { yearFrom, yearTo } = this.state;
    const years = this.filters.years();
    const from = yearFrom ?? years[0];
    const to = yearTo ?? years[years.length - 1];
    if (from != null && to != null && from < to && (yearFrom != null || yearTo != null)) return [from, to];
    return years.length >= 2 ? [years[years.length - 2], years[years.length - 1]] : null;
  }

  private togglePick(entity: EntitySummary, picked: boolean): void {
    this.known.set(entity.id, entity);
    const picks = picked ? [...new Set([...this.state.picks, entity.id])] : this.state.picks.filter((p) => p !== entity.id);
    // Results for other picks would mislead: the analysis is asked for again.
    this.update({ picks, analysis: null }, { refresh: this.state.analysis != null });
  }

  private async togglePlay(): Promise<void> {
    if (this.player.playing) {
      this.player.stop();
      return;
    }
    const [first, last] = this.filters.yearBounds();
    await this.player.play(first, last, (year) => {
      const drawn = this.nextDraw();
      this.update({ yearFrom: year, yearTo: year }, { refresh: true });
      return drawn;
    });
  }

  private async share(): Promise<void> {
    const url = location.href;
    const field = byTestId<HTMLInputElement>("share-url");
    field.value = url;
    field.hidden = false;
    field.select();
    try {
      await navigator.clipboard.writeText(url);
      byTestId("share").textContent = "Link copied";
    } catch {
      byTestId("share").textContent = "Copy the link";
    }
  }

  private name(id: string): string {
    return this.graph?.nodes.get(id)?.name ?? this.known.get(id)?.name ?? id;
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    document.body.dataset.busy = String(busy);
  }

  private showError(error: unknown): void {
    const banner = byTestId("error");
    banner.hidden = error == null;
    banner.textContent = error == null ? "" : error instanceof Error ? error.message : String(error);
  }
}

function domainOf(network: Network): Domain {
  const years = [...new Set(network.edges.map((e) => e.year).filter((y): y is number => y != null))].sort((a, b) => a - b);
  const currencies = [...new Set(network.edges.map((e) => e.currency).filter((c): c is string => !!c))].sort();
  const kinds = [...new Set(network.edges.map((e) => e.kind))];
  return { years, currencies, kinds };
}
