using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BwcFirmware.Tests.Layering;

/// <summary>
/// Which folder of a source tree uses which, found by the C# compiler's own binding: every name, member
/// access, inferred type and constant resolves to the symbol it means, so a fully-qualified name, a use of a
/// parent namespace without a <c>using</c>, or a constant the compiler inlines all count. A folder is a
/// namespace below <see cref="RootNamespace"/> ("Media/Avi" is BwcFirmware.Shared.Media.Avi).
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, FolderUse>> _uses = new(StringComparer.Ordinal);

    private FolderGraph(string rootNamespace)
    {
        RootNamespace = rootNamespace;
    }

    /// <summary>The namespace the folders sit under.</summary>
    public string RootNamespace { get; }

    /// <summary>Files whose namespace is not the one of their folder (the graph would misplace them).</summary>
    public List<string> MisplacedFiles { get; } = new();

    /// <summary>The compilation the graph was read from, for other checks of the same sources.</summary>
    public CSharpCompilation Compilation { get; private set; } = null!;

    /// <summary>Compiler errors: a graph of code that does not compile is not to be trusted.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>Every folder that uses another, with one example use per pair.</summary>
    public IEnumerable<FolderUse> Uses => _uses.Values.SelectMany(u => u.Values);

    /// <summary>Reads every .cs file under <paramref name="sourceRoot"/> except bin/, obj/ and Properties/.</summary>
    public static FolderGraph FromFolder(string sourceRoot, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sourceRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal)
                && !f.StartsWith("obj/", StringComparison.Ordinal)
                && !f.StartsWith("Properties/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(sourceRoot, f))));
        return FromSources(files, rootNamespace, Path.GetFileName(sourceRoot.TrimEnd('/', '\\')) + "/");
    }

    /// <summary>Builds the graph of sources given as (path relative to the root, text).</summary>
    public static FolderGraph FromSources(IEnumerable<(string Path, string Text)> sources, string rootNamespace, string displayPrefix = "")
    {
        var graph = new FolderGraph(rootNamespace);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, displayPrefix + s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "FolderGraph",
            trees,
            PlatformReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        graph.Compilation = compilation;
        graph.Errors.AddRange(compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString()));
        foreach (SyntaxTree tree in trees)
        {
            graph.Add(tree, compilation.GetSemanticModel(tree), displayPrefix);
        }

        return graph;
    }

    /// <summary>The folders <paramref name="folder"/> uses, one example use each.</summary>
    public IReadOnlyDictionary<string, FolderUse> UsesOf(string folder) =>
        _uses.TryGetValue(folder, out var uses) ? uses : new Dictionary<string, FolderUse>();

    /// <summary>
    /// Every set of folders that use each other round a cycle (a strongly connected set of more than one
    /// folder), each as all the uses between its members, one example use per pair.
    /// </summary>
    public List<List<FolderUse>> Cycles() =>
        StronglyConnected()
            .Where(c => c.Count > 1)
            .Select(c => c.SelectMany(f => UsesOf(f).Values.Where(u => c.Contains(u.To)))
                .OrderBy(u => u.From, StringComparer.Ordinal)
                .ThenBy(u => u.To, StringComparer.Ordinal)
                .ToList())
            .ToList();

    private void Add(SyntaxTree tree, SemanticModel model, string displayPrefix)
    {
        string path = tree.FilePath.Substring(displayPrefix.Length);
        string folder = Path.GetDirectoryName(path)!.Replace('\\', '/');
        SyntaxNode root = tree.GetRoot();
        string expected = folder.Length == 0 ? RootNamespace : RootNamespace + "." + folder.Replace('/', '.');
        var declarations = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().ToList();
        if (declarations.Count == 0 && root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Any())
        {
            MisplacedFiles.Add(tree.FilePath + ": types outside any namespace, folder wants " + expected);
        }

        foreach (BaseNamespaceDeclarationSyntax declaration in declarations)
        {
            if (declaration.Name.ToString() != expected)
            {
                MisplacedFiles.Add(tree.FilePath + ": namespace " + declaration.Name + ", folder wants " + expected);
            }
        }

        foreach (SyntaxNode node in root.DescendantNodes())
        {
            foreach (ISymbol symbol in SymbolsOf(node, model))
            {
                string? target = FolderOf(symbol);
                if (target != null && target != folder)
                {
                    int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    Record(new FolderUse(folder, target, tree.FilePath + ":" + line, symbol.ToDisplayString()));
                }
            }
        }
    }

    private static IEnumerable<ISymbol> SymbolsOf(SyntaxNode node, SemanticModel model)
    {
        if (node is ForEachStatementSyntax loop && model.GetForEachStatementInfo(loop).GetEnumeratorMethod is { } enumerator)
        {
            yield return enumerator;
        }

        if (node is SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax or BinaryExpressionSyntax
            or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or CastExpressionSyntax
            or ElementAccessExpressionSyntax)
        {
            SymbolInfo info = model.GetSymbolInfo(node);
            if (info.Symbol != null)
            {
                yield return info.Symbol;
            }

            foreach (ISymbol candidate in info.CandidateSymbols)
            {
                yield return candidate;
            }
        }

        if (node is ExpressionSyntax expression)
        {
            TypeInfo type = model.GetTypeInfo(expression);
            if (type.Type != null)
            {
                yield return type.Type;
            }

            if (type.ConvertedType != null)
            {
                yield return type.ConvertedType;
            }
        }
    }

    private string? FolderOf(ISymbol symbol)
    {
        while (symbol is IArrayTypeSymbol or IPointerTypeSymbol)
        {
            symbol = symbol is IArrayTypeSymbol array ? array.ElementType : ((IPointerTypeSymbol)symbol).PointedAtType;
        }

        if (symbol is INamespaceSymbol or IErrorTypeSymbol or ITypeParameterSymbol)
        {
            return null;
        }

        INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        INamespaceSymbol? space = type?.ContainingNamespace ?? symbol.ContainingNamespace;
        if (space == null)
        {
            return null;
        }

        string name = space.ToDisplayString();
        if (name == RootNamespace)
        {
            return string.Empty;
        }

        return name.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
            ? name.Substring(RootNamespace.Length + 1).Replace('.', '/')
            : null;
    }

    private void Record(FolderUse use)
    {
        if (!_uses.TryGetValue(use.From, out var targets))
        {
            targets = new Dictionary<string, FolderUse>(StringComparer.Ordinal);
            _uses[use.From] = targets;
        }

        targets.TryAdd(use.To, use);
    }

    private List<List<string>> StronglyConnected()
    {
        // Tarjan's algorithm over the folders; a component of more than one folder is a cycle.
        var folders = _uses.Keys.Concat(_uses.Values.SelectMany(u => u.Keys)).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        int next = 0;

        void Visit(string folder)
        {
            index[folder] = low[folder] = next++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (string target in UsesOf(folder).Keys.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (!index.ContainsKey(target))
                {
                    Visit(target);
                    low[folder] = Math.Min(low[folder], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[folder] = Math.Min(low[folder], index[target]);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);
                components.Add(component);
            }
        }

        foreach (string folder in folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return components;
    }

    private static IEnumerable<MetadataReference> PlatformReferences()
    {
        // The portable code needs mscorlib alone; the runtime's core library and its facade are enough to bind it.
        string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        yield return MetadataReference.CreateFromFile(typeof(object).Assembly.Location);
        yield return MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll"));
        yield return MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Collections.NonGeneric.dll"));
    }
}
