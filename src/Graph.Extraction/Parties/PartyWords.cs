namespace Graph.Extraction.Parties;

/// <summary>
/// Word lists of PartyReader's patterns, kept in one place because the cheap pre-checks that
/// decide whether a pattern can match must know exactly the words the pattern knows.
/// </summary>
internal static class PartyWords
{
    /// <summary>Roles right before a person's name: "our Chief Executive Officer, Mr. Lee".</summary>
    public static readonly string[] RolesBeforeName =
    [
        "Chief Executive Officer", "Chief Financial Officer", "CEO", "CFO", "Chairman", "President", "Director", "director",
        "founder", "officer", "shareholder", "stockholder", "Chairman of the Board",
    ];

    /// <summary>
    /// Relationships set after a name: "Portfolio Services, an affiliate". The pattern also takes
    /// "affiliated entity" and "affiliated company", which begin with "affiliate".
    /// </summary>
    public static readonly string[] ApposedRelationships =
    [
        "affiliate", "company", "entity", "related party", "subsidiary", "joint venture", "equity investee", "shareholder",
        "stockholder", "investee",
    ];

    /// <summary>
    /// Relationships set before a name: "its shareholder, Kyocera". The pattern also takes
    /// "equity investment(s)".
    /// </summary>
    public static readonly string[] RelationshipsBeforeName =
    [
        "shareholder", "stockholder", "parent", "affiliate", "investee", "customer", "supplier", "partner", "lender", "lessor",
    ];

    /// <summary>The words as regex alternatives, in order (none holds a metacharacter).</summary>
    public static string Alternatives(IEnumerable<string> words) => string.Join('|', words);
}
