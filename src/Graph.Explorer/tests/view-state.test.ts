import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_LIMIT, MAX_LIMIT, defaultState, edgeFilterOf, parseState, serializeState } from "../src/state/view-state";

test("a view survives the round trip through the URL", () => {
  const state = {
    ...defaultState(),
    entity: "avx-2880163b",
    yearFrom: 2018,
    yearTo: 2019,
    kinds: ["REVENUE" as const, "DUE_TO" as const],
    minAmount: 1500.5,
    currency: "USD",
    depth: 3,
    limit: 50,
    layout: "cose" as const,
    view: "table" as const,
    expanded: ["kyocera-d8db1708"],
    picks: ["avx-2880163b", "kyocera-d8db1708"],
    analysis: "paths" as const,
    selected: "edge:e-31adeed355acc6db",
  };
  assert.deepEqual(parseState(serializeState(state)), state);
});

test("defaults are left out of the URL", () => {
  assert.equal(serializeState(defaultState()), "");
  assert.equal(serializeState({ ...defaultState(), entity: "x-1" }), "?entity=x-1");
});

test("nonsense in a hand-edited URL falls back to defaults", () => {
  const state = parseState("?entity=a&kinds=REVENUE,NOPE,due_to&limit=999999&depth=zero&min=abc&layout=spiral&show=magic");
  assert.deepEqual(state.kinds, ["REVENUE", "DUE_TO"]);
  assert.equal(state.limit, MAX_LIMIT);
  assert.equal(state.depth, 2);
  assert.equal(state.minAmount, null);
  assert.equal(state.layout, "concentric");
  assert.equal(state.analysis, null);
  assert.equal(parseState("?limit=").limit, DEFAULT_LIMIT);
});

test("the API filter holds only the constraints that are set", () => {
  assert.equal(edgeFilterOf(defaultState()), null);
  assert.deepEqual(edgeFilterOf({ ...defaultState(), yearFrom: 2020, currency: "RMB", minAmount: 0 }), { yearFrom: 2020, currencies: ["RMB"] });
});
