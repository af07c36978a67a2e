using Graph.Extraction.Scoring;

namespace Graph.Extraction.Tests;

/// <summary>The whole dev corpus through the extractor, scored like score.py: a floor that fails on regressions.</summary>
public sealed class DevCorpusTests
{
    /// <summary>Slightly under the F1 the extractor reaches on the dev corpus.</summary>
    private const double F1Floor = 0.91;

    [Fact]
    public async Task Dev_corpus_micro_F1_stays_above_the_floor()
    {
        var scores = await new CorpusScorer(new NoteExtractor()).ScoreAsync(TestData.DevGold, TestData.DevNotes, TestContext.Current.CancellationToken);
        var total = NoteScore.Total(scores);

        Assert.Equal(28, scores.Count);
        Assert.Equal(174, total.Gold);
        Assert.True(total.F1 >= F1Floor, $"dev F1 {total.F1:0.000} (P {total.Precision:0.000} R {total.Recall:0.000}) fell below {F1Floor}");
    }

    [Fact]
    public void Every_dev_note_gives_evidence_inside_its_input()
    {
        var extractor = new NoteExtractor();
        foreach (var file in Directory.EnumerateFiles(TestData.DevNotes, "*.txt"))
        {
            var input = File.ReadAllText(file);
            var note = extractor.Extract(input, new ExtractionOptions(), TestContext.Current.CancellationToken);
            foreach (var fact in note.Facts)
            {
                Assert.NotNull(fact.Evidence);
                Assert.InRange(fact.Evidence.Start, 0, input.Length);
                Assert.InRange(fact.Evidence.End, fact.Evidence.Start, input.Length);
                Assert.Contains(fact.Party, note.Parties.SelectMany(p => p.Aliases.Prepend(p.Name)));
            }
        }
    }

    [Fact]
    public void Scoring_gold_against_itself_is_perfect()
    {
        foreach (var file in Directory.EnumerateFiles(TestData.DevGold, "*.json"))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var gold = TestData.Gold(stem);
            var score = FactScorer.Score(stem, gold, gold);
            Assert.Equal(score.Gold, score.Matched);
            Assert.Empty(score.Spurious);
        }
    }
}
