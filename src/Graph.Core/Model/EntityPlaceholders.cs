namespace Graph.Core.Model;

/// <summary>Values of <see cref="Entity.Placeholder"/>.</summary>
public static class EntityPlaceholders
{
    /// <summary>"related parties": a total the note gives over several or unnamed parties.</summary>
    public const string Aggregate = "aggregate";
    /// <summary>A party the note only describes ("an entity controlled by our CEO").</summary>
    public const string Unnamed = "unnamed";
}
