namespace Graph.Extraction.Scoring;

/// <summary>Counts for one note (or a total) and the facts missed and invented.</summary>
public sealed record NoteScore(string Note, int Gold, int Predicted, int Matched, int MatchedIgnoringKind)
{
    public IReadOnlyList<FactKey> Missed { get; init; } = [];
    public IReadOnlyList<FactKey> Spurious { get; init; } = [];

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double PrecisionIgnoringKind => Predicted == 0 ? 0 : (double)MatchedIgnoringKind / Predicted;
    public double RecallIgnoringKind => Gold == 0 ? 0 : (double)MatchedIgnoringKind / Gold;
    public double F1IgnoringKind => PrecisionIgnoringKind + RecallIgnoringKind == 0 ? 0
        : 2 * PrecisionIgnoringKind * RecallIgnoringKind / (PrecisionIgnoringKind + RecallIgnoringKind);

    /// <summary>Micro-average: counts summed over notes.</summary>
    public static NoteScore Total(IEnumerable<NoteScore> notes)
    {
        var list = notes.ToList();
        return new NoteScore("total", list.Sum(n => n.Gold), list.Sum(n => n.Predicted), list.Sum(n => n.Matched),
            list.Sum(n => n.MatchedIgnoringKind));
    }
}
