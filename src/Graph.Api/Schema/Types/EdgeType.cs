using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

/// <summary>
/// One fact as an edge, pointing the way the money goes. Amounts use the Decimal scalar: JSON
/// numbers written from .NET decimals, so no digit is lost on the wire (clients in JavaScript
/// should read them with a decimal-aware parser when exactness matters).
/// </summary>
public sealed class EdgeType : ObjectGraphType<GraphEdge>
{
    public EdgeType()
    {
        Name = "Edge";
        Description = "A TRANSACTION (payer → payee) or BALANCE (debtor → creditor) edge: one extracted fact.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EdgeCategoryType>>("category").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<FactKindType>>("kind").Resolve(c => FactKindType.Known(c.Source.Kind));
        Field<IntGraphType>("year").Description("Fiscal year of a flow; year of the as-of date of a balance.").Resolve(c => c.Source.Year);
        Field<StringGraphType>("asOf").Description("Balance-sheet date (yyyy-MM-dd) of a balance.").Resolve(c => c.Source.AsOf);
        Field<StringGraphType>("period").Description("Interim period (3M, 6M, 9M) when not a full year.").Resolve(c => c.Source.Period);
        Field<DecimalGraphType>("amount").Description("The figure as printed, times any inline multiplier.").Resolve(c => c.Source.Amount);
        Field<StringGraphType>("currency").Resolve(c => c.Source.Currency);
        Field<DecimalGraphType>("scale").Description("Document unit (1000 for 'in thousands'); null means units.").Resolve(c => c.Source.Scale);
        Field<DecimalGraphType>("value").Description("amount × scale, in currency units.").Resolve(c => c.Source.Value);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<StringGraphType>("nature").Description("Balances: trade, prepayment, deposit, loan, dividend, other.").Resolve(c => c.Source.Nature);
        Field<NonNullGraphType<IdGraphType>>("fromId").Resolve(c => c.Source.FromId);
        Field<NonNullGraphType<IdGraphType>>("toId").Resolve(c => c.Source.ToId);
        Field<NonNullGraphType<IdGraphType>>("reportedById").Resolve(c => c.Source.ReportedBy);
        Field<NonNullGraphType<IdGraphType>>("filingId").Resolve(c => c.Source.FilingId);
        Field<NonNullGraphType<EntityType>>("from").Description("Payer, or debtor of a balance.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.FromId));
        Field<NonNullGraphType<EntityType>>("to").Description("Payee, or creditor of a balance.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.ToId));
        Field<NonNullGraphType<EntityType>>("reportedBy").Description("The reporter whose filing states the fact.")
            .Resolve(c => c.Loaders().Entities.Load(c.Source.ReportedBy));
        Field<FilingType>("filing").Resolve(c => c.Loaders().Filings.Load(c.Source.FilingId));
        Field<EvidenceType>("evidence")
            .Resolve(c => c.Source.EvidenceStart is null && c.Source.Quote is null ? null : c.Source);
    }
}
