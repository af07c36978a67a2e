namespace Graph.Core.Notes;

/// <summary>The party types FACTS.md allows, as they are written in JSON.</summary>
public static class PartyTypes
{
    public const string Company = "company";
    public const string Person = "person";
    public const string Group = "group";
    public const string Government = "government";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Company, Person, Group, Government, Other];
}
