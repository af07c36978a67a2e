namespace Graph.Core.Model;

/// <summary>The relationship type an extracted fact becomes.</summary>
public enum EdgeCategory
{
    /// <summary>A flow within a period: payer → payee.</summary>
    Transaction,
    /// <summary>A balance at a date: debtor → creditor.</summary>
    Balance,
}
