namespace Graph.Extraction;

/// <summary>What the caller knows that the note may not say.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The reporting company, used when the text only says "the Company".</summary>
    public string? Reporter { get; init; }
    /// <summary>Written to <c>note</c> in the output: the file stem or filing id.</summary>
    public string? NoteName { get; init; }
}
