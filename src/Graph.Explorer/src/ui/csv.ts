// CSV (RFC 4180) for the table download.

export type Cell = string | number | null | undefined;

function quoteCell(cell: Cell): string {
  if (cell == null) return "";
  if (typeof cell === "number") return String(cell);
  // A text cell starting like a formula would run in a spreadsheet; a leading apostrophe keeps it text.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(quoteCell).join(",")).join("\r\n") + "\r\n";
}

export function download(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
