using Graph.Core.Model;
using GraphQL.Types;

namespace Graph.Api.Schema.Types;

public sealed class EdgeCategoryType : EnumerationGraphType
{
    public EdgeCategoryType()
    {
        Name = "EdgeCategory";
        Add("TRANSACTION", EdgeCategory.Transaction, "A flow within a period, payer → payee.");
        Add("BALANCE", EdgeCategory.Balance, "A balance at a date, debtor → creditor.");
    }
}
