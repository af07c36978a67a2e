namespace Graph.Extraction.Periods;

/// <summary>
/// One period a figure belongs to: its fiscal year (the calendar year in which it ends), the
/// date when the text gives one, and the interim length (3M, 6M, 9M) when it is not a full year.
/// </summary>
internal sealed record Period(int Year, DateOnly? Date, string? Duration)
{
    public string? IsoDate => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How the text frames a list of periods: over a span ("for the years ended"), at a point ("as of").</summary>
internal enum PeriodFrame { Span, Point, Event }

/// <summary>A list of periods read together ("December 31, 2022, 2023 and 2024").</summary>
internal sealed record PeriodList(int Start, int End, IReadOnlyList<Period> Items, PeriodFrame Frame);
