namespace Graph.Storage.Neo4j.Tests.Transport;

public sealed class Neo4jSettingsTests
{
    private static Func<string, string?> Vars(params (string Name, string Value)[] vars) =>
        name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Defaults_point_at_a_local_server_and_the_neo4j_database()
    {
        var settings = Neo4jSettings.FromLookup(Vars());

        Assert.Equal(new Uri("http://localhost:7474"), settings.Uri);
        Assert.Equal("neo4j", settings.Database);
        Assert.Null(settings.User);
    }

    [Fact]
    public void Variables_set_address_database_and_credentials()
    {
        var settings = Neo4jSettings.FromLookup(Vars(
            ("NEO4J_URI", "https://abc.databases.neo4j.io"), ("NEO4J_DATABASE", "graph"),
            ("NEO4J_USER", "reader"), ("NEO4J_PASSWORD", "pw")));

        Assert.Equal(("https://abc.databases.neo4j.io/", "graph", "reader", "pw"),
            (settings.Uri.AbsoluteUri, settings.Database, settings.User, settings.Password));
    }

    [Fact]
    public void Docker_style_auth_variable_is_split_at_the_first_slash()
    {
        var settings = Neo4jSettings.FromLookup(Vars(("NEO4J_AUTH", "neo4j/pass/with/slashes")));

        Assert.Equal(("neo4j", "pass/with/slashes"), (settings.User, settings.Password));
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "Bolt address")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "Bolt address")]
    [InlineData("ftp://host", "http:// or https://")]
    [InlineData("localhost:7474x", "")]
    public void Addresses_the_query_api_cannot_use_are_refused_clearly(string uri, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jSettings.FromLookup(Vars(("NEO4J_URI", uri))));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
