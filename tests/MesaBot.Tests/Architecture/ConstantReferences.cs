using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MesaBot.Tests.Architecture;

/// <summary>
/// The references the IL does not keep: the compiler copies a const's value into its reader, so
/// `ReminderCard` reading `Bot.CardVerbs.Complete` tied Reminders to Bot in the source and left no trace
/// in MesaBot.dll. This binds, in MesaBot's sources, only the names that MesaBot's consts have, and keeps
/// those that resolve to a const of MesaBot. Generated sources (global usings, resource classes) come from
/// obj/, which the build that produced the tested assembly has just written.
/// </summary>
public static class ConstantReferences
{
    public static IReadOnlyList<TypeDependency> Read(Assembly mesaBot)
    {
        var names = mesaBot.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.IsLiteral)
            .Select(f => f.Name)
            .ToHashSet(StringComparer.Ordinal);
        var compilation = Compile();
        var found = new HashSet<TypeDependency>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => names.Contains(n.Identifier.ValueText)))
            {
                if (model.GetSymbolInfo(name).Symbol is IFieldSymbol { IsConst: true, ContainingType: { } target }
                    && EnclosingType(model, name) is { } origin
                    && !SymbolEqualityComparer.Default.Equals(origin, target)
                    && TypeDependencies.IsMesaBot(Namespace(target)))
                {
                    found.Add(new TypeDependency(FullName(origin), Namespace(origin), FullName(target), Namespace(target)));
                }
            }
        }

        return [.. found];
    }

    private static CSharpCompilation Compile()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "MesaBot");
        var sources = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        // The generated files of the configuration under test (Debug or Release: the one next to this run).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var generated = Path.Combine(project, "obj", configuration, "net10.0");
        var generatedSources = Directory.Exists(generated)
            ? Directory.EnumerateFiles(generated, "*.g.cs").Concat(Directory.EnumerateFiles(generated, "*.Designer.cs"))
            : [];
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Concat(generatedSources).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("MesaBot", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("MesaBot.Sources", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static INamedTypeSymbol? EnclosingType(SemanticModel model, SyntaxNode node)
    {
        var symbol = model.GetEnclosingSymbol(node.SpanStart);
        return symbol as INamedTypeSymbol ?? symbol?.ContainingType;
    }

    private static string Namespace(INamedTypeSymbol type) => type.ContainingNamespace.ToDisplayString();

    private static string FullName(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MesaBot.sln not found above " + AppContext.BaseDirectory);
    }
}
