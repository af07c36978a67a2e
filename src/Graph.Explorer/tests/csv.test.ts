import assert from "node:assert/strict";
import { test } from "node:test";
import { toCsv } from "../src/ui/csv";

test("cells with commas, quotes or line breaks are quoted", () => {
  assert.equal(toCsv(["a", "b"], [["Kyocera, Inc.", 'the "Company"'], ["two\nlines", 3]]), 'a,b\r\n"Kyocera, Inc.","the ""Company"""\r\n"two\nlines",3\r\n');
});

test("blank cells stay empty and numbers stay numbers", () => {
  assert.equal(toCsv(["x", "y", "z"], [[null, undefined, -1200.5]]), "x,y,z\r\n,,-1200.5\r\n");
});

test("text that a spreadsheet would run as a formula is kept as text", () => {
  assert.equal(toCsv(["d"], [["=HYPERLINK(1)"], ["-loan"]]), "d\r\n'=HYPERLINK(1)\r\n'-loan\r\n");
});
