using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Core.Model;

/// <summary>
/// Stable entity ids from names. Two spellings of one legal name ("Shanghai Keshen Information
/// Technology Co., Ltd" and "... Co. Ltd.") must give one id, because that is what joins the
/// notes of different filers into one web. The id is a readable slug of the normalised name
/// plus a short hash of it, so ids stay short and unique even when slugs are truncated.
/// </summary>
public static class EntityIds
{
    private const int MaxSlugLength = 48;

    // Legal-form words dropped at the end of a name: they vary between filings of one company.
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "llp",
        "lp", "plc", "sa", "ag", "gmbh", "bv", "nv", "pte", "pty", "srl", "spa", "kk", "oy", "ab", "as",
        "sarl", "sas", "pllc", "lc", "ltda", "bhd", "sdn", "tbk", "pt", "coltd",
    };

    // Honorifics in front of a person's name are not part of it.
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mdm",
    };

    /// <summary>
    /// The matching key of a name: lower case, accents and punctuation removed, "&amp;" read as
    /// "and", a leading "the" and honorific dropped, trailing legal-form words dropped.
    /// Returns an empty string for a name with no letters or digits.
    /// </summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        var start = 0;
        while (start < words.Count - 1 && (words[start] == "the" || Honorifics.Contains(words[start])))
            start++;
        var end = words.Count;
        while (end - 1 > start && LegalSuffixes.Contains(words[end - 1]))
            end--;
        return string.Join(' ', words.Skip(start).Take(end - start));
    }

    /// <summary>The distinct non-empty matching keys of an entity's name and aliases.</summary>
    public static IReadOnlyList<string> NameKeys(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Aliases.Count == 0)
        {
            // Most entities: no alias, one key.
            var key = NormalizeName(entity.Name);
            return key.Length == 0 ? [] : [key];
        }
        return entity.Aliases.Prepend(entity.Name).Select(NormalizeName).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The stable id of the entity with this canonical name.</summary>
    /// <exception cref="ArgumentException">The name has no letters or digits.</exception>
    public static string ForName(string name)
    {
        var key = NormalizeName(name);
        if (key.Length == 0)
            throw new ArgumentException($"An entity name needs letters or digits: '{name}'.", nameof(name));
        return Compose(key);
    }

    /// <summary>The id <see cref="ForName"/> gives every name with this matching key.</summary>
    public static string ForKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return Compose(key);
    }

    /// <summary>
    /// Id of an entity that only exists in one reporter's note: a total over "related parties"
    /// or a party the note only describes. Scoped to the reporter so that two filers' "related
    /// parties" never become one node.
    /// </summary>
    public static string ForPlaceholder(string reporterId, string marker, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(marker);
        var key = NormalizeName(name ?? "");
        var scoped = $"{reporterId} {marker} {key}".Trim();
        return Compose(scoped);
    }

    /// <summary>A short lowercase hex hash (16 chars) of the given parts, for edge and filing ids.</summary>
    public static string ShortHash(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p ?? ""));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    private static string Compose(string key)
    {
        var slug = key.Replace(' ', '-');
        if (slug.Length > MaxSlugLength)
            slug = slug[..MaxSlugLength].TrimEnd('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 4));
        return $"{slug}-{hash}";
    }

    private static List<string> Words(string name)
    {
        // ASCII has nothing to decompose; the check spares most names a call into ICU.
        var decomposed = Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (c == '&')
                sb.Append(" and ");
            else if (c is '\'' or '\u2019' or '.')
                continue; // "Kyocera's", "Co." and "S.A." keep their letters together
            else if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
            else
                sb.Append(' ');
        }
        return [.. sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
