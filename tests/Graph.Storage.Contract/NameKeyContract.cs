using Graph.Core.Model;
using Graph.Core.Notes;

namespace Graph.Storage.Contract;

/// <summary>
/// Looking entities up by the matching keys of their names and aliases, as the alias match at
/// ingest does: exact keys, kept current as filings add, correct and drop entities.
/// </summary>
public abstract class NameKeyContract : StoreContract
{
    private static string Key(string name) => EntityIds.NormalizeName(name);

    [Fact]
    public async Task A_key_finds_the_entities_whose_name_or_alias_has_it_and_only_whole()
    {
        await SeedAsync();

        var byName = await Store.FindByNameKeysAsync([Key("Keshen Information Co., Ltd")], Ct);
        var byAlias = await Store.FindByNameKeysAsync([Key("KIC")], Ct);
        // "keshen info" lies inside Keshen's key "keshen information", which must not count.
        var whole = await Store.FindByNameKeysAsync([Key("Keshen Info Company")], Ct);
        var several = await Store.FindByNameKeysAsync([Key("Keshen"), Key("Delta LLC"), "no such key"], Ct);

        Assert.Equal([ContractGraph.KeshenId], byName.Select(e => e.Id));
        Assert.Equal([ContractGraph.KeshenInfoId], byAlias.Select(e => e.Id));
        Assert.Equal([ContractGraph.KeshenInfoId], whole.Select(e => e.Id));
        Assert.Equal(new[] { ContractGraph.DeltaId, ContractGraph.KeshenId }.Order(), several.Select(e => e.Id).Order());
        Assert.Empty(await Store.FindByNameKeysAsync(["no such key"], Ct));
        Assert.Empty(await Store.FindByNameKeysAsync([], Ct));
        Assert.Empty(await Store.FindByNameKeysAsync(["", " "], Ct));
    }

    [Fact]
    public async Task A_merged_member_is_found_as_its_cluster()
    {
        await SeedAsync();
        await Store.MergeAsync(ContractGraph.KeshenInfoId, ContractGraph.KeshenId, "manual", 1.0, "analyst", null, Ct);
        var canonical = (await Store.GetEntitiesAsync([ContractGraph.KeshenInfoId], Ct))[ContractGraph.KeshenInfoId];

        var found = await Store.FindByNameKeysAsync([Key("KIC")], Ct);

        Assert.Equal(canonical, Assert.Single(found));
    }

    [Fact]
    public async Task Keys_follow_a_correction_and_an_alias_learnt_later()
    {
        await SeedAsync();
        Assert.Equal([ContractGraph.SmithId], (await Store.FindByNameKeysAsync([Key("John Smith")], Ct)).Select(e => e.Id));
        Assert.Empty(await Store.FindByNameKeysAsync([Key("Gamma Lighting")], Ct));

        await Store.IngestAsync(ContractGraph.AlphaCorrected(), Ct);
        var note = new NoteFacts
        {
            Note = "omega.txt",
            Currency = "USD",
            Parties = [new Party { Name = "Gamma Limited", Aliases = ["Gamma Lighting"], Type = PartyTypes.Company }],
            Facts = [new NoteFact { Party = "Gamma Lighting", Kind = FactKinds.Purchase, Year = 2024, Amount = 5 }],
        };
        await Store.IngestAsync(ContractGraph.Build(note, "Omega Inc.", "omega-2024", "10-K", "omega-v1"), Ct);

        // John Smith went with the correction; Epsilon came with it; Gamma learnt an alias.
        Assert.Empty(await Store.FindByNameKeysAsync([Key("John Smith")], Ct));
        Assert.Equal([EntityIds.ForName("Epsilon Trading Ltd")], (await Store.FindByNameKeysAsync([Key("Epsilon Trading Ltd")], Ct)).Select(e => e.Id));
        Assert.Equal([ContractGraph.GammaId], (await Store.FindByNameKeysAsync([Key("Gamma Lighting")], Ct)).Select(e => e.Id));
        Assert.Equal([ContractGraph.GammaId], (await Store.FindByNameKeysAsync([Key("Gamma Limited")], Ct)).Select(e => e.Id));
    }
}
