using System.Text.RegularExpressions;
using Graph.Extraction.Amounts;
using Graph.Extraction.Kinds;
using Graph.Extraction.Parties;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests;

/// <summary>
/// The cheap tests run before patterns may only skip text in which the pattern cannot match:
/// a gate that said "no" where the pattern matches would silently drop facts.
/// </summary>
public sealed class LiteralGateTests
{
    [Theory]
    [InlineData("Interest expense was $5", true)]
    [InlineData("INTEREST EXPENSE", true)]
    [InlineData("the loan was repaid", false)]
    [InlineData("", false)]
    public void Finds_any_of_its_words_ignoring_case(string text, bool expected) =>
        Assert.Equal(expected, new LiteralGate(ignoreCase: true, "interest", "fee").MayMatch(text));

    [Fact]
    public void Respects_case_when_the_pattern_does() =>
        Assert.False(new LiteralGate(ignoreCase: false, "Mr").MayMatch("mr smith"));

    [Fact]
    public void Lets_the_kelvin_sign_through_since_case_insensitive_patterns_read_it_as_k()
    {
        var text = "ban\u212A loan";
        Assert.Matches(new Regex("bank", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), text);
        Assert.True(new LiteralGate(ignoreCase: true, "bank").MayMatch(text));
    }

    [Fact]
    public void Refuses_words_it_cannot_compare_like_the_pattern() =>
        Assert.Throws<ArgumentException>(() => new LiteralGate(ignoreCase: true, "€"));

    [Theory]
    [InlineData("our Chief Executive Officer, Mr. Lee, lent", true)]
    [InlineData("the CEO and Director John Smith", true)]
    [InlineData("a director of the Company", false)]
    public void Finds_a_role_right_before_a_capital(string text, bool expected) =>
        Assert.Equal(expected, NamePrechecks.RoleBeforeCapital(text));

    [Theory]
    [InlineData("Portfolio Services, an affiliated entity, charged", true)]
    [InlineData("Kyocera,\tthe  shareholder", true)]
    [InlineData("Kyocera, the Company's parent", false)]
    public void Finds_a_comma_then_a_relationship(string text, bool expected) =>
        Assert.Equal(expected, NamePrechecks.CommaThenRelationship(text));

    // A gate states that every match of its pattern holds one of its words: so each match, taken on
    // its own, must pass the gate. Run over every dev note, this catches a word list that fell
    // behind its pattern.
    [Fact]
    public void Every_match_of_a_gated_pattern_in_the_dev_notes_passes_its_gate()
    {
        var gated = KindClassifier.GatedPatterns.Concat(PartyReader.GatedPatterns).ToList();
        var matched = new HashSet<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestData.Root, "dev", "notes")))
        {
            var text = File.ReadAllText(file);
            foreach (var (name, pattern, mayMatch) in gated)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    matched.Add(name);
                    Assert.True(mayMatch(m.Value), $"{name} matched \"{m.Value}\" in {Path.GetFileName(file)}, which its gate refuses.");
                }
            }
        }
        // Most patterns meet the corpus; a check that saw no match would prove nothing about them.
        Assert.True(matched.Count >= gated.Count - 2, $"only {matched.Count} of {gated.Count} gated patterns matched the dev notes");
    }

    // The scanner reads mark, number and multiplier back from each match instead of from named
    // groups: on every dev note it must agree with the pattern that still names them.
    [Fact]
    public void Money_parts_read_from_the_match_agree_with_named_groups()
    {
        var named = new Regex(
            @"(?<cur>" + Currencies.MarkPattern + @")\s{0,2}(?<neg2>\()?(?<num>\d[\d,]*(\.\d+)?)(\s{0,2}(?<mult>thousand|million|billion|bn)s?)?",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(2));
        var checkedTokens = 0;
        foreach (var file in Directory.GetFiles(TestData.DevNotes))
        {
            var text = File.ReadAllText(file);
            var expected = new List<MoneyToken>();
            foreach (Match m in named.Matches(text))
            {
                var num = m.Groups["num"].Value.TrimEnd(',', '.');
                if (NumberText.Parse(num) is not { } parsed) continue;
                var end = m.Groups["mult"].Success ? m.Index + m.Length : m.Groups["num"].Index + num.Length;
                expected.Add(new MoneyToken(m.Index, end, parsed.Value * NumberText.Multiplier(m.Groups["mult"].Success ? m.Groups["mult"].Value : null),
                    Currencies.Normalize(m.Groups["cur"].Value), m.Groups["neg2"].Success));
            }
            var actual = MoneyScanner.Scan(text, 0, text.Length).Where(t => !t.IsNil).ToList();
            Assert.Equal(expected, actual);
            checkedTokens += actual.Count;
        }
        Assert.True(checkedTokens > 100);
    }
}
