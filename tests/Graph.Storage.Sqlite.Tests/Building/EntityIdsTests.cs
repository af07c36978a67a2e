using Graph.Core.Model;

namespace Graph.Storage.Sqlite.Tests.Building;

public sealed class EntityIdsTests
{
    [Theory]
    [InlineData("Shanghai Keshen Information Technology Co., Ltd", "Shanghai Keshen Information Technology Co. Ltd.")]
    [InlineData("Shanghai Keshen Information Technology Co., Ltd", "SHANGHAI KESHEN INFORMATION TECHNOLOGY COMPANY LIMITED")]
    [InlineData("Kyocera Corporation", "Kyocera Corp.")]
    [InlineData("Kyocera Corporation", "KYOCERA")]
    [InlineData("The Walsin Lihwa Corp", "Walsin Lihwa Corporation")]
    [InlineData("Mr. John Smith", "John Smith")]
    [InlineData("Société Générale S.A.", "Societe Generale SA")]
    [InlineData("Navigation Capital, LLC", "Navigation Capital L.L.C.")]
    [InlineData("AT&T Inc.", "AT and T")]
    public void Spellings_of_one_legal_name_give_one_id(string a, string b) =>
        Assert.Equal(EntityIds.ForName(a), EntityIds.ForName(b));

    [Theory]
    [InlineData("Shanghai Keshen", "Shanghai Keshen Information Technology Co., Ltd")]
    [InlineData("Jimu Group", "Jimu Holdings")]
    [InlineData("John Smith", "Jane Smith")]
    public void Different_names_give_different_ids(string a, string b) =>
        Assert.NotEqual(EntityIds.ForName(a), EntityIds.ForName(b));

    [Fact]
    public void Id_is_a_readable_slug_with_a_short_hash()
    {
        var id = EntityIds.ForName("Shenyang Yunrongxin Technology Co., Ltd");

        Assert.Matches("^shenyang-yunrongxin-technology-[0-9a-f]{8}$", id);
    }

    [Fact]
    public void Long_names_keep_short_ids_that_still_differ()
    {
        var a = EntityIds.ForName("Very Long Name Of A Company With Many Words In It That Goes On Alpha");
        var b = EntityIds.ForName("Very Long Name Of A Company With Many Words In It That Goes On Beta");

        Assert.NotEqual(a, b);
        Assert.True(a.Length <= 48 + 9);
    }

    [Fact]
    public void A_legal_suffix_alone_is_still_a_name()
    {
        Assert.Equal("limited", EntityIds.NormalizeName("Limited"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--- ,,, ")]
    public void A_name_without_letters_is_refused(string name) =>
        Assert.Throws<ArgumentException>(() => EntityIds.ForName(name));

    [Fact]
    public void Placeholders_are_scoped_to_their_reporter()
    {
        var a = EntityIds.ForPlaceholder(EntityIds.ForName("Alpha"), "aggregate", "related parties");
        var b = EntityIds.ForPlaceholder(EntityIds.ForName("Beta"), "aggregate", "related parties");

        Assert.NotEqual(a, b);
        Assert.NotEqual(EntityIds.ForName("related parties"), a);
    }
}
