using Graph.Core.Model;
using Graph.Storage.Neo4j.Resolution;

namespace Graph.Storage.Neo4j.Tests.Store;

public sealed class SameAsClustersTests
{
    private static SameAsLink Link(string entity, string target) =>
        new($"sa-{entity}-{target}", entity, target, "manual", 1.0, "analyst", DateTimeOffset.UnixEpoch, null);

    [Fact]
    public void The_first_judgements_target_stays_canonical_through_a_chain()
    {
        var clusters = new SameAsClusters([Link("b", "a"), Link("c", "b"), Link("a", "z")]);

        Assert.Equal("z", clusters.CanonicalOf("b"));
        Assert.Equal("z", clusters.CanonicalOf("c"));
        Assert.Equal("z", clusters.CanonicalOf("a"));
        Assert.Equal(["a", "b", "c", "z"], clusters.Members("z"));
        Assert.Equal(["a", "b", "c"], clusters.MergedAway.Order());
    }

    [Fact]
    public void A_judgement_inside_one_cluster_changes_nothing()
    {
        var clusters = new SameAsClusters([Link("b", "a"), Link("a", "b")]);

        Assert.Equal("a", clusters.CanonicalOf("b"));
        Assert.Equal("a", clusters.CanonicalOf("a"));
        Assert.True(clusters.SameCluster("a", "b"));
    }

    [Fact]
    public void Entities_in_no_judgement_are_their_own_cluster()
    {
        var clusters = new SameAsClusters([]);

        Assert.Equal("x", clusters.CanonicalOf("x"));
        Assert.Equal(["x"], clusters.Members("x"));
        Assert.Empty(clusters.MergedAway);
    }
}
