namespace MesaBot.Tests.Architecture;

/// <summary>
/// The elementary cycles among the namespaces that share a parent. For each namespace with children
/// (MesaBot, MesaBot.Bot, MesaBot.Reminders…) the graph has one node for the parent's own types and one
/// per direct child, each child standing for its whole subtree; so MesaBot.Bot ↔ MesaBot.Reminders is
/// found at the top, MesaBot.Bot.Chat ↔ MesaBot.Bot.Handlers one level down. A cycle reads
/// "A → B → A", starting at its alphabetically first namespace, so the same cycle always prints alike.
/// </summary>
public static class NamespaceCycles
{
    public static IReadOnlyList<string> Find(IReadOnlyList<TypeDependency> dependencies)
    {
        var namespaces = dependencies.Select(d => d.OriginNamespace).Where(TypeDependencies.IsMesaBot).ToHashSet();
        var parents = namespaces.SelectMany(Ancestors).ToHashSet();
        var cycles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var parent in parents)
        {
            var edges = dependencies
                .Where(d => TypeDependencies.IsWithin(d.OriginNamespace, parent) && TypeDependencies.IsWithin(d.TargetNamespace, parent))
                .Select(d => (From: NodeUnder(parent, d.OriginNamespace), To: NodeUnder(parent, d.TargetNamespace)))
                .Where(e => e.From != e.To)
                .Distinct()
                .ToLookup(e => e.From, e => e.To);
            foreach (var cycle in Elementary(edges))
            {
                cycles.Add(string.Join(" → ", cycle.Append(cycle[0])));
            }
        }

        return [.. cycles];
    }

    /// <summary>The type references behind one arrow of a cycle ("Origin → Target"), to say what to move.</summary>
    public static IEnumerable<string> Evidence(IReadOnlyList<TypeDependency> dependencies, string from, string to) =>
        dependencies
            .Where(d => IsNode(d.OriginNamespace, from, to) && IsNode(d.TargetNamespace, to, from))
            .Select(d => $"{d.Origin} → {d.Target}")
            .Distinct()
            .Order(StringComparer.Ordinal);

    // A node is its whole subtree, except the parent's node, which holds the parent's own types only.
    private static bool IsNode(string ns, string node, string other) =>
        TypeDependencies.IsWithin(other, node) ? ns == node : TypeDependencies.IsWithin(ns, node);

    private static IEnumerable<string> Ancestors(string ns)
    {
        for (var dot = ns.LastIndexOf('.'); dot > 0; dot = ns.LastIndexOf('.', dot - 1))
        {
            yield return ns[..dot];
        }
    }

    // The parent itself, or the direct child of it that contains ns.
    private static string NodeUnder(string parent, string ns)
    {
        if (ns == parent)
        {
            return parent;
        }

        var next = ns.IndexOf('.', parent.Length + 1);
        return next < 0 ? ns : ns[..next];
    }

    // Every cycle once: a search from each node that visits only nodes after it in order, so a cycle is
    // found from its smallest node only. The graphs have a dozen nodes at most.
    private static IEnumerable<List<string>> Elementary(ILookup<string, string> edges)
    {
        var nodes = edges.Select(g => g.Key).Concat(edges.SelectMany(g => g)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var start in nodes)
        {
            var path = new List<string> { start };
            foreach (var cycle in Walk(start, start, path, edges))
            {
                yield return cycle;
            }
        }
    }

    private static IEnumerable<List<string>> Walk(string start, string at, List<string> path, ILookup<string, string> edges)
    {
        foreach (var next in edges[at].Order(StringComparer.Ordinal))
        {
            if (next == start)
            {
                yield return [.. path];
            }
            else if (string.CompareOrdinal(next, start) > 0 && !path.Contains(next))
            {
                path.Add(next);
                foreach (var cycle in Walk(start, next, path, edges))
                {
                    yield return cycle;
                }

                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
