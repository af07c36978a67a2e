using Graph.Core.Model;

namespace Graph.Core.Building;

/// <summary>The entities of one filing in first-seen order; a second sighting of an id merges into the first.</summary>
internal sealed class EntityCollector(string reporterId, Entity reporter)
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal) { [reporterId] = reporter };
    private readonly List<string> _order = [reporterId];

    public void Add(Entity entity)
    {
        if (!_byId.TryGetValue(entity.Id, out var known))
        {
            _byId[entity.Id] = entity;
            _order.Add(entity.Id);
            return;
        }
        _byId[entity.Id] = EntityMerging.Merge(known, entity);
    }

    public List<Entity> ToList() => [.. _order.Select(id => _byId[id])];
}
