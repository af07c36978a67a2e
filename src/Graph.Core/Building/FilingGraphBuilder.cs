using System.Globalization;
using Graph.Core.Model;
using Graph.Core.Notes;

namespace Graph.Core.Building;

/// <summary>
/// Turns one extracted note (FACTS.md) and what is known about its filing into the graph the
/// filing contributes. Pure and store-independent, so every store writes exactly the same thing.
/// <list type="bullet">
/// <item>The reporter becomes an entity (IsReporter); every party an entity whose id comes from
/// its normalised full name (<see cref="EntityIds"/>), with the note's aliases and type.</item>
/// <item>Each fact becomes one edge pointing the way the money goes (<see cref="FactKinds.PartyIsSource"/>);
/// a fact naming an alias lands on that party's entity. Nil facts are skipped.</item>
/// <item>Totals over "related parties" (<c>aggregate</c>) and parties the note only describes
/// (<c>unnamed</c>) are kept, on placeholder entities scoped to the reporter
/// (<see cref="Entity.Placeholder"/>), so their money is not lost and never joins another filer's web.</item>
/// <item>value = amount × scale, the fact's scale overriding the note's; no scale means units.</item>
/// </list>
/// </summary>
public sealed class FilingGraphBuilder
{
    private const int MaxQuoteLength = 600;

    /// <param name="notes">The extracted note.</param>
    /// <param name="metadata">Reporter, form, year and content hash of the filing.</param>
    /// <param name="sourceText">The input the evidence offsets index, to quote from; optional.</param>
    /// <exception cref="FilingRejectedException">No reporter is known, or its name is empty.</exception>
    public FilingBuild Build(NoteFacts notes, FilingMetadata metadata, string? sourceText = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(metadata);

        var reporterName = FirstNonBlank(metadata.ReporterName, notes.Reporter)
            ?? throw new FilingRejectedException(
                $"No reporter is known for '{notes.Note}': give the reporting company's name.");
        if (EntityIds.NormalizeName(reporterName).Length == 0)
            throw new FilingRejectedException($"The reporter name '{reporterName}' has no letters or digits.");
        var reporterId = EntityIds.ForName(reporterName);
        var filingId = FirstNonBlank(metadata.FilingId)
            ?? $"{reporterId}@{metadata.ContentHash[..Math.Min(12, metadata.ContentHash.Length)]}";

        var entities = new EntityCollector(reporterId, new Entity
        {
            Id = reporterId,
            Name = reporterName,
            Type = PartyTypes.Company,
            IsReporter = true,
            Cik = FirstNonBlank(metadata.Cik),
        });
        var relationships = new Dictionary<string, string?>(StringComparer.Ordinal);
        var resolver = new PartyResolver();

        var placeholderNames = PlaceholderNames(notes.Facts);
        foreach (var party in notes.Parties)
        {
            var name = party.Name?.Trim();
            if (string.IsNullOrEmpty(name))
                continue;
            var aliases = party.Aliases.Select(a => a.Trim())
                .Where(a => a.Length > 0 && !a.Equals(name, StringComparison.Ordinal)).Distinct().ToList();
            var marker = placeholderNames.GetValueOrDefault(name)
                ?? aliases.Select(a => placeholderNames.GetValueOrDefault(a)).FirstOrDefault(m => m is not null);
            string id;
            if (marker is not null)
                id = PlaceholderId(reporterId, marker, name);
            else if (EntityIds.NormalizeName(name).Length == 0)
                continue;
            else
                id = EntityIds.ForName(name);

            entities.Add(new Entity
            {
                Id = id,
                Name = marker == EntityPlaceholders.Aggregate ? AggregateName(reporterName) : name,
                Type = marker is null ? NormalizeType(party.Type) : marker == EntityPlaceholders.Aggregate ? PartyTypes.Group : PartyTypes.Other,
                Aliases = marker == EntityPlaceholders.Aggregate ? [name, .. aliases] : aliases,
                Placeholder = marker,
            });
            resolver.Add(name, id);
            foreach (var alias in aliases)
                resolver.Add(alias, id);
            if (id != reporterId && marker != EntityPlaceholders.Aggregate)
            {
                var relationship = FirstNonBlank(party.Relationship, party.Role);
                if (!relationships.TryGetValue(id, out var known) || known is null)
                    relationships[id] = relationship;
            }
        }

        var edges = new List<GraphEdge>();
        var skipped = new List<SkippedFact>();
        for (var i = 0; i < notes.Facts.Count; i++)
        {
            var fact = notes.Facts[i];
            var partyName = fact.Party?.Trim() ?? "";
            var kind = fact.Kind?.Trim() ?? "";
            if (fact.Nil == true)
            {
                skipped.Add(new SkippedFact(i, partyName, kind, "nil: the filing printed a dash"));
                continue;
            }
            if (!FactKinds.IsKnown(kind))
            {
                skipped.Add(new SkippedFact(i, partyName, kind, $"unknown kind '{kind}'"));
                continue;
            }

            var partyId = ResolveFactParty(fact, partyName, reporterId, reporterName, entities, resolver, relationships);
            if (partyId is null)
            {
                skipped.Add(new SkippedFact(i, partyName, kind, "the fact names no party"));
                continue;
            }
            if (partyId == reporterId)
            {
                skipped.Add(new SkippedFact(i, partyName, kind, "the party is the reporter itself"));
                continue;
            }

            edges.Add(ToEdge(i, fact, kind, partyId, reporterId, filingId, notes, sourceText));
        }

        var filing = new Filing
        {
            Id = filingId,
            ReporterId = reporterId,
            Form = FirstNonBlank(metadata.Form),
            FiscalYear = metadata.FiscalYear,
            PeriodEnd = FirstNonBlank(metadata.PeriodEnd),
            Source = FirstNonBlank(metadata.Source, notes.Note),
            ContentHash = metadata.ContentHash,
            IngestedAt = metadata.IngestedAt,
        };
        var links = relationships
            .Select(r => new RelatedPartyLink(reporterId, r.Key, r.Value, filingId))
            .ToList();
        return new FilingBuild(new FilingGraph(filing, entities.ToList(), edges, links), skipped);
    }

    private static string? ResolveFactParty(
        NoteFact fact, string partyName, string reporterId, string reporterName,
        EntityCollector entities, PartyResolver resolver, Dictionary<string, string?> relationships)
    {
        if (fact.Aggregate == true)
        {
            var id = PlaceholderId(reporterId, EntityPlaceholders.Aggregate, partyName);
            entities.Add(new Entity
            {
                Id = id,
                Name = AggregateName(reporterName),
                Type = PartyTypes.Group,
                Aliases = partyName.Length > 0 ? [partyName] : [],
                Placeholder = EntityPlaceholders.Aggregate,
            });
            return id;
        }
        if (partyName.Length == 0)
            return null;
        if (resolver.Resolve(partyName) is { } known)
            return known;

        string newId;
        Entity entity;
        if (fact.Unnamed == true)
        {
            newId = PlaceholderId(reporterId, EntityPlaceholders.Unnamed, partyName);
            entity = new Entity { Id = newId, Name = partyName, Type = PartyTypes.Other, Placeholder = EntityPlaceholders.Unnamed };
        }
        else
        {
            if (EntityIds.NormalizeName(partyName).Length == 0)
                return null;
            newId = EntityIds.ForName(partyName);
            entity = new Entity { Id = newId, Name = partyName, Type = PartyTypes.Company };
        }
        entities.Add(entity);
        resolver.Add(partyName, newId);
        if (newId != reporterId)
            relationships.TryAdd(newId, null);
        return newId;
    }

    private static GraphEdge ToEdge(
        int index, NoteFact fact, string kind, string partyId, string reporterId, string filingId,
        NoteFacts notes, string? sourceText)
    {
        var scale = fact.Scale ?? notes.Scale;
        var partyIsSource = FactKinds.PartyIsSource(kind);
        var year = fact.Year ?? YearOf(fact.AsOf) ?? YearOf(fact.PeriodEnd);
        var asOf = FirstNonBlank(fact.AsOf);
        var period = FirstNonBlank(fact.Period);
        return new GraphEdge
        {
            Id = "e-" + EntityIds.ShortHash(filingId, index.ToString(CultureInfo.InvariantCulture), partyId, kind,
                year?.ToString(CultureInfo.InvariantCulture), asOf, period),
            Category = FactKinds.IsBalance(kind) ? EdgeCategory.Balance : EdgeCategory.Transaction,
            Kind = kind,
            FromId = partyIsSource ? partyId : reporterId,
            ToId = partyIsSource ? reporterId : partyId,
            Year = year,
            AsOf = asOf,
            Period = period,
            Amount = fact.Amount,
            Currency = FirstNonBlank(fact.Currency, notes.Currency)?.ToUpperInvariant(),
            Scale = scale,
            Value = fact.Amount is { } amount ? (scale is { } s ? amount * s : amount) : null,
            Description = FirstNonBlank(fact.Description),
            Nature = FirstNonBlank(fact.Nature),
            ReportedBy = reporterId,
            FilingId = filingId,
            EvidenceStart = fact.Evidence?.Start,
            EvidenceEnd = fact.Evidence?.End,
            Quote = Quote(fact.Evidence, sourceText),
        };
    }

    private static string? Quote(Evidence? evidence, string? sourceText)
    {
        if (evidence is null)
            return null;
        if (!string.IsNullOrWhiteSpace(evidence.Quote))
            return evidence.Quote;
        if (sourceText is null || evidence.Start < 0 || evidence.End <= evidence.Start || evidence.End > sourceText.Length)
            return null;
        var quote = sourceText[evidence.Start..evidence.End].Trim();
        return quote.Length <= MaxQuoteLength ? quote : quote[..MaxQuoteLength] + "…";
    }

    // Which names the facts mark as aggregate or unnamed, so their parties become placeholders.
    private static Dictionary<string, string> PlaceholderNames(IReadOnlyList<NoteFact> facts)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fact in facts)
        {
            var name = fact.Party?.Trim();
            if (string.IsNullOrEmpty(name))
                continue;
            if (fact.Aggregate == true)
                names[name] = EntityPlaceholders.Aggregate;
            else if (fact.Unnamed == true)
                names.TryAdd(name, EntityPlaceholders.Unnamed);
        }
        return names;
    }

    // One aggregate node per reporter, whatever the note calls its total ("related parties", "affiliates").
    private static string PlaceholderId(string reporterId, string marker, string name) =>
        marker == EntityPlaceholders.Aggregate
            ? EntityIds.ForPlaceholder(reporterId, marker, "related parties")
            : EntityIds.ForPlaceholder(reporterId, marker, name);

    private static string AggregateName(string reporterName) => $"Related parties of {reporterName}";

    private static string NormalizeType(string? type)
    {
        var t = type?.Trim().ToLowerInvariant();
        return t is not null && PartyTypes.All.Contains(t) ? t : PartyTypes.Other;
    }

    private static int? YearOf(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? y
            : null;

    private static string? FirstNonBlank(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
