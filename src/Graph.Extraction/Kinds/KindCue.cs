namespace Graph.Extraction.Kinds;

/// <summary>
/// Words that say what kind of fact an amount is ("due from", "purchased", "interest expense").
/// <see cref="Weight"/> ranks cues inside a short label, where the most specific cue wins.
/// </summary>
internal sealed record KindCue(int Start, int End, string Kind, int Weight);
