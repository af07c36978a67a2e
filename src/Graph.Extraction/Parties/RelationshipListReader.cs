using System.Text.RegularExpressions;
using Graph.Core.Notes;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parties;

/// <summary>
/// Reads the "Name of related party | Relationship" lists many notes open with: a short name
/// cell followed by a cell that states a relationship.
/// </summary>
internal static class RelationshipListReader
{
    private static readonly Regex Relationship = Patterns.Build(
        @"^(an?\s+|the\s+)?(entity|entities|company|companies|party|equity\s+investee|investee|joint\s+venture|associate|affiliate|subsidiary|fellow|shareholder|stockholder|controlling|director|officer|chairman|ceo|legal\s+representative|spouse|family|key\s+management|significant|major|principal|non-?controlling|minority|parent|common\s+control|under\s+common|owned|controlled|wholly|beneficially|former|close\s+family|immediate|ultimate|holding\s+company|founder|executive|president|member)");

    private static readonly Regex Header = Patterns.Build(@"^(name|names|related\s+part(y|ies)|relationship|nature)");

    public static void Read(IReadOnlyList<TextLine> lines, PartyBook book)
    {
        var cells = lines.Where(l => l.Kind != LineKind.Prose).SelectMany(l => l.Cells).Where(c => c.Kind == CellKind.Text).ToList();
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var name = cells[i].Text.Trim().TrimEnd('*', ' ', ':').Trim();
            var rel = cells[i + 1].Text.Trim();
            if (!Relationship.IsMatch(rel) || Relationship.IsMatch(name) || Header.IsMatch(name)) continue;
            if (rel.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 20 || !char.IsLetter(name[0])) continue;
            if (name.Any(char.IsAsciiDigit) || NameRules.IsStop(name.Split(' ')[0]) || name.Count(char.IsLetter) < 2) continue;
            if (rel.StartsWith("the company", StringComparison.OrdinalIgnoreCase) || rel.StartsWith("the group", StringComparison.OrdinalIgnoreCase)) continue;
            if (name.Length is < 2 or > 90 || !NameRules.IsCapitalised(name) || name.Contains(" and ", StringComparison.Ordinal)) continue;
            if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12 || name.EndsWith('.') && name.Split(' ').Length > 6) continue;
            var defined = name.IndexOf("(“", StringComparison.Ordinal);
            if (defined < 0) defined = name.IndexOf("(the", StringComparison.Ordinal);
            if (defined > 0) name = name[..defined].Trim();
            if (book.Find(name) is { } known) { known.Relationship ??= rel; continue; }
            var entry = book.Add(name, PartyReader.LooksLikePerson(name) ? PartyTypes.Person : PartyTypes.Company, rel);
            entry.Relationship ??= rel;
            i++;
        }
    }
}
