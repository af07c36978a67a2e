using Graph.Core.Notes;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>FACTS.md party types in upper case.</summary>
public sealed class PartyTypeType : EnumerationGraphType
{
    public PartyTypeType()
    {
        Name = "PartyType";
        foreach (var type in PartyTypes.All) Add(type.ToUpperInvariant(), type);
    }

    public static string Known(string type) => PartyTypes.All.Contains(type) ? type : PartyTypes.Other;
}
