namespace Graph.Extraction.Tests;

/// <summary>Paths of the test data copied to the output folder (dev corpus notes and gold labels).</summary>
internal static class TestData
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Data");
    public static string DevNotes => Path.Combine(Root, "dev", "notes");
    public static string DevGold => Path.Combine(Root, "dev", "gold");
    public static string Html(string name) => Path.Combine(Root, "html", name);

    public const string SeedStem = "000_seed_uc-cpaas-20f-2024";

    public static string Note(string stem) => File.ReadAllText(Path.Combine(DevNotes, stem + ".txt"));

    public static Graph.Core.Notes.NoteFacts Gold(string stem) =>
        Output.NoteJson.Deserialize(File.ReadAllText(Path.Combine(DevGold, stem + ".json")))!;
}
