using Graph.Extraction.Parties;
using Graph.Extraction.Periods;

namespace Graph.Extraction.Narrative;

/// <summary>
/// What earlier sentences of a section leave for later ones: the party in focus ("Revenues of
/// RMB1,341 ..." after "The Company provided services to X"), and the last single period.
/// </summary>
internal sealed class ClauseContext
{
    public PartyEntry? Focus { get; set; }
    public PartyEntry? HeadingParty { get; set; }
    public string? HeadingKind { get; set; }
    public Period? LastPeriod { get; set; }
    public PeriodFrame LastFrame { get; set; }

    public void ResetForHeading()
    {
        Focus = null;
        HeadingParty = null;
        HeadingKind = null;
        LastPeriod = null;
    }
}
