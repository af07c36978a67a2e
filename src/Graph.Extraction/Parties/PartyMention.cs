namespace Graph.Extraction.Parties;

/// <summary>
/// Where a party is named or described in the text. <see cref="Secondary"/> marks a mention inside
/// a relationship clause ("owned by Mr. Or"): it explains a party, it does not take the money.
/// </summary>
internal sealed record PartyMention(int Start, int End, PartyEntry Party, bool Secondary = false);
