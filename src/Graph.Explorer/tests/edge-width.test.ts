import assert from "node:assert/strict";
import { test } from "node:test";
import type { Edge } from "../src/api/model";
import { MAX_WIDTH, MIN_WIDTH, widthScale } from "../src/graph/edge-width";

const edge = (amount: number | null, scale: number | null = null) =>
  ({ amount, scale, value: amount == null ? null : amount * (scale ?? 1) }) as Edge;

test("widths grow with the amount on a log scale", () => {
  const edges = [edge(10), edge(1000), edge(100000)];
  const width = widthScale(edges);
  assert.equal(width(edges[0]), MIN_WIDTH);
  assert.equal(width(edges[2]), MAX_WIDTH);
  assert.equal(width(edges[1]), (MIN_WIDTH + MAX_WIDTH) / 2);
});

test("the value in currency units is what counts, so a scaled amount is wider", () => {
  const small = edge(900);
  const scaled = edge(5, 1000);
  const width = widthScale([small, scaled]);
  assert.ok(width(scaled) > width(small));
});

test("edges without an amount are drawn thin, and equal amounts alike", () => {
  const width = widthScale([edge(null), edge(7), edge(7)]);
  assert.equal(width(edge(null)), MIN_WIDTH);
  assert.equal(width(edge(7)), (MIN_WIDTH + MAX_WIDTH) / 2);
});
