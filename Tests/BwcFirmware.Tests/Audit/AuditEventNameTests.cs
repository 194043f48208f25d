using System.Reflection;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Tests.Layering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BwcFirmware.Tests.Audit;

/// <summary>
/// Audit event names come from AuditEvents only (in IAuditSink.Append and the helpers that forward to it), so a
/// reader and the verifier find every name in one place.
/// </summary>
[TestClass]
public sealed class AuditEventNameTests
{
    [TestMethod]
    public void EveryAuditAppendInShared_NamesItsEventWithAnAuditEventsConstant()
    {
        FolderGraph graph = FolderGraph.FromFolder(RepositoryFiles.PathOf("Shared"), "BwcFirmware.Shared");
        Assert.AreEqual(0, graph.Errors.Count, string.Join("\n", graph.Errors.Take(10)));
        CSharpCompilation compilation = graph.Compilation;
        INamedTypeSymbol events = compilation.GetTypeByMetadataName("BwcFirmware.Shared.Audit.AuditEvents")!;
        INamedTypeSymbol sink = compilation.GetTypeByMetadataName("BwcFirmware.Shared.Audit.IAuditSink")!;
        Assert.IsNotNull(events);
        Assert.IsNotNull(sink);
        HashSet<IMethodSymbol> writers = Writers(compilation, sink);

        var offenders = new List<string>();
        int calls = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (InvocationExpressionSyntax call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol method
                    || !writers.Contains(method.OriginalDefinition)
                    || EventNameArgument(call, method) is not { } name)
                {
                    continue;
                }

                calls++;
                bool hasText = name.DescendantNodesAndSelf().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression) || n is InterpolatedStringExpressionSyntax);
                bool constantElsewhere = model.GetConstantValue(name).HasValue
                    && !(model.GetSymbolInfo(name).Symbol is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.ContainingType, events));
                if (hasText || constantElsewhere)
                {
                    offenders.Add(tree.FilePath + ":" + (name.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + " " + name);
                }
            }
        }

        Assert.IsTrue(calls > 20, "found the audit calls (" + calls + ")");
        Assert.AreEqual(0, offenders.Count, "audit event names not from AuditEvents:\n" + string.Join("\n", offenders));
    }

    [TestMethod]
    public void EveryAuditEventsConstant_IsOneTheVerifierKnows()
    {
        string[] names = typeof(AuditEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.IsTrue(names.Length >= 20, "found the constants (" + names.Length + ")");
        string[] unknown = names.Where(n => !AuditEvents.IsKnown(n) || !AuditEvents.IsWellFormed(n)).ToArray();
        Assert.AreEqual(0, unknown.Length, "constants the verifier would flag as unknown: " + string.Join(", ", unknown));
    }

    /// <summary>IAuditSink.Append, its implementations, and the helpers that pass their eventName on to one of them.</summary>
    private static HashSet<IMethodSymbol> Writers(CSharpCompilation compilation, INamedTypeSymbol sink)
    {
        var writers = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var helpers = new List<(IMethodSymbol Method, MethodDeclarationSyntax Declaration, SemanticModel Model)>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (MethodDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not IMethodSymbol method || !method.Parameters.Any(p => p.Name == "eventName"))
                {
                    continue;
                }

                bool implementsSink = method.Name == "Append"
                    && (SymbolEqualityComparer.Default.Equals(method.ContainingType, sink) || method.ContainingType.AllInterfaces.Contains(sink, SymbolEqualityComparer.Default));
                if (implementsSink)
                {
                    writers.Add(method);
                }
                else
                {
                    helpers.Add((method, declaration, model));
                }
            }
        }

        foreach (IMethodSymbol member in sink.GetMembers("Append").OfType<IMethodSymbol>())
        {
            writers.Add(member);
        }

        // A helper is a writer when its body hands its own eventName to a writer.
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var helper in helpers.Where(h => !writers.Contains(h.Method)))
            {
                bool forwards = helper.Declaration.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call =>
                    helper.Model.GetSymbolInfo(call).Symbol is IMethodSymbol target
                    && writers.Contains(target.OriginalDefinition)
                    && EventNameArgument(call, target) is IdentifierNameSyntax { Identifier.Text: "eventName" });
                if (forwards)
                {
                    writers.Add(helper.Method);
                    grew = true;
                }
            }
        }

        return writers;
    }

    private static ExpressionSyntax? EventNameArgument(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        for (int i = 0; i < call.ArgumentList.Arguments.Count; i++)
        {
            ArgumentSyntax argument = call.ArgumentList.Arguments[i];
            string parameter = argument.NameColon?.Name.Identifier.Text
                ?? (i < method.Parameters.Length ? method.Parameters[i].Name : string.Empty);
            if (parameter == "eventName")
            {
                return argument.Expression;
            }
        }

        return null;
    }
}
