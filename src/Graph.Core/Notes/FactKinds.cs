namespace Graph.Core.Notes;

/// <summary>
/// The fact kinds of FACTS.md and the direction money (or the obligation) moves for each.
/// </summary>
public static class FactKinds
{
    public const string Revenue = "revenue";
    public const string Purchase = "purchase";
    public const string LoanTo = "loan_to";
    public const string LoanFrom = "loan_from";
    public const string RepaymentReceived = "repayment_received";
    public const string RepaymentMade = "repayment_made";
    public const string InterestIncome = "interest_income";
    public const string InterestExpense = "interest_expense";
    public const string GuaranteeReceived = "guarantee_received";
    public const string GuaranteeGiven = "guarantee_given";
    public const string Compensation = "compensation";
    public const string Other = "other";
    public const string DueFrom = "due_from";
    public const string DueTo = "due_to";

    public static readonly IReadOnlyList<string> Flows =
    [
        Revenue, Purchase, LoanTo, LoanFrom, RepaymentReceived, RepaymentMade,
        InterestIncome, InterestExpense, GuaranteeReceived, GuaranteeGiven, Compensation, Other,
    ];

    public static readonly IReadOnlyList<string> Balances = [DueFrom, DueTo];

    public static readonly IReadOnlyList<string> All = [.. Flows, .. Balances];

    public static bool IsKnown(string kind) => All.Contains(kind);

    public static bool IsBalance(string kind) => kind is DueFrom or DueTo;

    /// <summary>
    /// True when the party is the source of the edge (party → reporter): the party pays,
    /// or for balances the party is the debtor. Guarantees point from guarantor to the
    /// guaranteed; <c>other</c> is drawn reporter → party.
    /// </summary>
    public static bool PartyIsSource(string kind) => kind switch
    {
        Revenue or LoanFrom or RepaymentReceived or InterestIncome or GuaranteeReceived or DueFrom => true,
        _ => false,
    };
}
