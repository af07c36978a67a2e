// Finds the figure of an edge in its evidence quote and marks it, so a reader sees at once
// which number in the sentence the edge stands for.

const NUMBER = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s*(?:billion|million|thousand|bn|mn|m|k)\b)?/gi;

const MULTIPLIERS: Record<string, number> = {
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
}

/** Character ranges [start, end) of the numbers in the quote whose value is the amount. */
export function figureRanges(quote: string, amount: number | null): [number, number][] {
  if (amount == null) return [];
  const ranges: [number, number][] = [];
  for (const match of quote.matchAll(NUMBER)) {
    const printed = Number(match[1].replace(/,/g, ""));
    const word = match[2]?.trim().toLowerCase();
    const multiplier = word ? (MULTIPLIERS[word] ?? 1) : 1;
    // "RMB1,341" is amount 1341; "$1.2 million" is amount 1,200,000 (FACTS.md: inline multipliers count).
    if (same(printed, amount) || same(printed * multiplier, amount)) {
      const start = match.index!;
      const end = same(printed, amount) && !same(printed * multiplier, amount) ? start + match[1].length : start + match[0].length;
      ranges.push([start, end]);
    }
  }
  return ranges;
}

/** The quote as text with the figure wrapped in <mark data-testid="evidence-figure">. */
export function highlightedQuote(quote: string, amount: number | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of figureRanges(quote, amount)) {
    fragment.appendChild(document.createTextNode(quote.slice(at, start)));
    const mark = document.createElement("mark");
    mark.dataset.testid = "evidence-figure";
    mark.textContent = quote.slice(start, end);
    fragment.appendChild(mark);
    at = end;
  }
  fragment.appendChild(document.createTextNode(quote.slice(at)));
  return fragment;
}
