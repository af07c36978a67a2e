using Graph.Core.Storage;
using GraphQL.Types;

namespace Graph.Api.Schema.Inputs;

/// <summary>
/// Filters every edge listing and traversal accepts. Parsed straight into the store's
/// <see cref="EdgeFilter"/>; range checks happen in <see cref="FilterArguments"/> so they
/// produce coded errors.
/// </summary>
public sealed class EdgeFilterInputType : InputObjectGraphType<EdgeFilter>
{
    public EdgeFilterInputType()
    {
        Name = "EdgeFilter";
        Description = "Null or omitted fields mean no constraint.";
        Field<ListGraphType<NonNullGraphType<Types.FactKindType>>>("kinds");
        Field<IntGraphType>("yearFrom").Description("Inclusive; balances use the year of their as-of date.");
        Field<IntGraphType>("yearTo").Description("Inclusive.");
        Field<DecimalGraphType>("minAmount").Description("Lower bound on the value in currency units (amount × scale), so notes in thousands compare with notes in units.");
        Field<DecimalGraphType>("maxAmount").Description("Upper bound on the value in currency units.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("currencies").Description("ISO-like codes: RMB, USD, HKD, ...");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("reportedBy").Description("Reporter entity ids whose filings state the edges.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EdgeFilter
    {
        Kinds = Strings(value, "kinds"),
        YearFrom = Get<int?>(value, "yearFrom"),
        YearTo = Get<int?>(value, "yearTo"),
        MinAmount = Get<decimal?>(value, "minAmount"),
        MaxAmount = Get<decimal?>(value, "maxAmount"),
        Currencies = Strings(value, "currencies")?.Select(c => c.Trim().ToUpperInvariant()).ToList(),
        ReportedBy = Strings(value, "reportedBy"),
    };

    private static T? Get<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is T t ? t : default;

    private static IReadOnlyList<string>? Strings(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is IEnumerable<object?> items
            ? items.Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList()
            : null;
}
