namespace Graph.Extraction.Parties;

/// <summary>
/// Cheap tests that a note can hold a match of some of PartyReader's whole-note patterns. Each
/// states a condition every match meets, so a note failing it is skipped without running the
/// pattern: most notes name no officer right after a role and set no apposition after a name.
/// </summary>
internal static class NamePrechecks
{
    private static readonly string[] Determiners = ["an", "a", "the"];

    /// <summary>
    /// RoleThenName matches end in a role (the last one when "and" joins two), an optional comma,
    /// spaces and a capitalised name: "CEO, Mr. Lee" needs "CEO" followed by ", M".
    /// </summary>
    public static bool RoleBeforeCapital(string text)
    {
        foreach (var role in PartyWords.RolesBeforeName)
        {
            for (var i = text.IndexOf(role, StringComparison.Ordinal); i >= 0; i = text.IndexOf(role, i + 1, StringComparison.Ordinal))
            {
                var j = i + role.Length;
                if (j < text.Length && text[j] == ',') j++;
                var k = SkipSpaces(text, j);
                if (k > j && k < text.Length && char.IsAsciiLetterUpper(text[k])) return true;
            }
        }
        return false;
    }

    /// <summary>AppositionAfter matches hold a comma, spaces, "a", "an" or "the", spaces and a relationship.</summary>
    public static bool CommaThenRelationship(string text)
    {
        for (var i = text.IndexOf(','); i >= 0; i = text.IndexOf(',', i + 1))
        {
            var j = SkipSpaces(text, i + 1);
            if (j == i + 1) continue;
            foreach (var det in Determiners)
            {
                if (!text.AsSpan(j).StartsWith(det, StringComparison.Ordinal)) continue;
                var k = SkipSpaces(text, j + det.Length);
                if (k == j + det.Length) continue;
                foreach (var relationship in PartyWords.ApposedRelationships)
                    if (text.AsSpan(k).StartsWith(relationship, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private static int SkipSpaces(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}
