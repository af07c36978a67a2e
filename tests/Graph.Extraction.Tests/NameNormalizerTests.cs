using Graph.Extraction.Scoring;

namespace Graph.Extraction.Tests;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Shanghai Keshen Information Technology Co., Ltd", "shanghai keshen information technology")]
    [InlineData("Navigation Capital Partners, Inc.", "navigation capital partners")]
    [InlineData("Mr. Jun Zhu", "mr jun zhu")]
    [InlineData("Pascack Road, LLC", "pascack road")]
    [InlineData("AT&T Inc.", "at and t")]
    [InlineData("“Yi Gui”", "yi gui")]
    public void Normalises_case_punctuation_and_legal_suffixes(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));
}
