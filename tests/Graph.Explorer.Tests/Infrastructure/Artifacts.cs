namespace Graph.Explorer.Tests.Infrastructure;

/// <summary>Files the tests leave for people to look at (screenshots), under the test output's artifacts/.</summary>
public static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }
}
