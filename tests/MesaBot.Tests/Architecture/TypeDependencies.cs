using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace MesaBot.Tests.Architecture;

/// <summary>One type of MesaBot referencing another type (of MesaBot or of a library).</summary>
public sealed record TypeDependency(string Origin, string OriginNamespace, string Target, string TargetNamespace);

/// <summary>
/// Every type-to-type reference of the compiled MesaBot assembly, read once per test run.
/// ArchUnitNET (Mono.Cecil underneath) reads the IL: base types, interfaces, fields, properties, method
/// signatures, attributes and method bodies (calls, field reads, object creation, casts), so a
/// dependency hidden in a lambda or an async state machine counts and a stray `using` line does not.
/// We use its loader and not its fluent rules because the cycle test needs the whole graph and an
/// allow-list, and both tests print their findings in our own words. The IL's one blind spot, a
/// `const` copied into its reader, is filled from the sources by <see cref="ConstantReferences"/>.
/// </summary>
public static class TypeDependencies
{
    private static readonly Lazy<IReadOnlyList<TypeDependency>> Loaded = new(Load);

    public static IReadOnlyList<TypeDependency> All => Loaded.Value;

    private static IReadOnlyList<TypeDependency> Load()
    {
        var assembly = typeof(MesaBot.Storage.TableKeys).Assembly;
        var architecture = new ArchLoader().LoadAssemblies(assembly).Build();
        var ours = architecture.Types.Where(t => IsMesaBot(t.Namespace.FullName)).ToList();
        return [.. ours
            .SelectMany(t => t.Dependencies.Select(d => d.Target)
                .Where(target => target.FullName != t.FullName)
                .Select(target => new TypeDependency(t.FullName, t.Namespace.FullName, target.FullName, target.Namespace.FullName)))
            .Concat(ConstantReferences.Read(assembly))
            .Distinct()];
    }

    public static bool IsMesaBot(string ns) => ns == "MesaBot" || ns.StartsWith("MesaBot.", StringComparison.Ordinal);

    /// <summary>True when <paramref name="ns"/> is <paramref name="prefix"/> or one of its sub-namespaces.</summary>
    public static bool IsWithin(string ns, string prefix) => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);
}
