namespace Graph.Core.Model;

/// <summary>
/// How two sightings of one entity id combine: the first name stays, aliases are unioned
/// (the other name becomes an alias when it differs), identifiers fill in, and a specific
/// type wins over the default "company" only when the first sighting had no better one.
/// Stores use the same rule when a later filing names a known entity.
/// </summary>
public static class EntityMerging
{
    public static Entity Merge(Entity known, Entity seen)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(seen);
        var aliases = new List<string>(known.Aliases);
        foreach (var alias in seen.Aliases.Prepend(seen.Name))
        {
            if (!alias.Equals(known.Name, StringComparison.Ordinal) && !aliases.Contains(alias, StringComparer.Ordinal))
                aliases.Add(alias);
        }
        return known with
        {
            Aliases = aliases,
            IsReporter = known.IsReporter || seen.IsReporter,
            Cik = known.Cik ?? seen.Cik,
            Lei = known.Lei ?? seen.Lei,
            Jurisdiction = known.Jurisdiction ?? seen.Jurisdiction,
            Type = known.Type == "company" && seen.Type is not "company" and not "other" && known.Placeholder is null ? seen.Type : known.Type,
            Placeholder = known.Placeholder ?? seen.Placeholder,
        };
    }
}
