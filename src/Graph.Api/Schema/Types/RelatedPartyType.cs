using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class RelatedPartyType : ObjectGraphType<RelatedPartyLink>
{
    public RelatedPartyType()
    {
        Name = "RelatedParty";
        Description = "A RELATED_PARTY link: the reporter names the party as related, in the words of its filing.";
        Field<NonNullGraphType<IdGraphType>>("reporterId").Resolve(c => c.Source.ReporterId);
        Field<NonNullGraphType<IdGraphType>>("partyId").Resolve(c => c.Source.PartyId);
        Field<NonNullGraphType<EntityType>>("reporter").Resolve(c => c.Loaders().Entities.Load(c.Source.ReporterId));
        Field<NonNullGraphType<EntityType>>("party").Resolve(c => c.Loaders().Entities.Load(c.Source.PartyId));
        Field<StringGraphType>("relationship").Resolve(c => c.Source.Relationship);
        Field<NonNullGraphType<IdGraphType>>("filingId").Resolve(c => c.Source.FilingId);
        Field<FilingType>("filing").Resolve(c => c.Loaders().Filings.Load(c.Source.FilingId));
    }
}
