import assert from "node:assert/strict";
import { test } from "node:test";
import { figureRanges } from "../src/ui/evidence-highlight";

const marked = (quote: string, amount: number | null) => figureRanges(quote, amount).map(([s, e]) => quote.slice(s, e));

test("a figure with thousands separators is found by its amount", () => {
  assert.deepEqual(marked("Revenue from Yunrongxin was RMB1,341 and RMB913 in 2023 and 2024.", 1341), ["1,341"]);
});

test("an inline multiplier is part of the marked figure", () => {
  assert.deepEqual(marked("The Company borrowed $1.2 million from its CEO.", 1_200_000), ["1.2 million"]);
});

test("a figure printed in a scaled table is found as printed", () => {
  assert.deepEqual(marked("Due to Kyocera | 2,825 | 1,575", 2825), ["2,825"]);
});

test("every occurrence of the figure is marked", () => {
  assert.deepEqual(marked("| 106 | 106", 106), ["106", "106"]);
});

test("years and other numbers are not mistaken for the figure", () => {
  assert.deepEqual(marked("In 2023 the Company paid 500 to Mr. Smith.", 2024), []);
  assert.deepEqual(marked("No amount here.", null), []);
});

test("a decimal figure matches its amount exactly, not by rounding", () => {
  assert.deepEqual(marked("fees of $12.5 and $12 were paid", 12.5), ["12.5"]);
});
