namespace Graph.Core.Model;

/// <summary>RELATED_PARTY: reporter → party, as a filing states the relationship.</summary>
public sealed record RelatedPartyLink(string ReporterId, string PartyId, string? Relationship, string FilingId);
