namespace Graph.Extraction.Text;

/// <summary>A [Start, End) range of the analysed text.</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
}
