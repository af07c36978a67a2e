using Graph.Extraction.Text;

namespace Graph.Extraction.Periods;

/// <summary>
/// The period a note reports on, for figures stated without one: the date in an R-page header
/// ("12 Months Ended | Dec. 31, 2019"), else the latest year-end the note mentions.
/// </summary>
internal static class DocumentPeriod
{
    public static Period? Find(string text, IReadOnlyList<TextLine> lines)
    {
        // R-page headers sit in the first short lines, before the note's prose begins.
        foreach (var line in lines.Take(12))
        {
            if (line.Kind == LineKind.Prose) break;
            var dated = PeriodReader.Read(text, line.Start, line.End).SelectMany(p => p.Items).FirstOrDefault(p => p.Date is not null);
            if (dated is not null) return dated with { Duration = null };
        }
        // Only the latest year counts here, so the frames and durations of the lists need not be read.
        var years = PeriodReader.Years(text, 0, text.Length).Where(y => y <= DateTime.UtcNow.Year + 1).ToList();
        if (years.Count == 0) return null;
        var max = years.Max();
        return new Period(max, new DateOnly(max, 12, 31), null);
    }
}
