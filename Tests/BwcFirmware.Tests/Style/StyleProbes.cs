namespace BwcFirmware.Tests.Style;

/// <summary>
/// One source file per enforced rule, each breaking that rule and nothing else, plus one file that keeps every
/// rule. <see cref="StyleRulesBuildTests"/> builds them as Shared and Drivers are built.
/// </summary>
internal static class StyleProbes
{
    /// <summary>The file that keeps every rule: it must build without a diagnostic.</summary>
    public const string WellStyled = """
        namespace StyleProbe
        {
            /// <summary>Keeps every rule.</summary>
            public sealed class WellStyled
            {
                private const int MaxCount = 3;
                private static readonly int[] s_steps = { 1, 2 };
                private static int s_calls;
                private int _count;

                /// <summary>Counts up to <see cref="Limit(int)"/> of <paramref name="step"/>.</summary>
                /// <param name="step">The step.</param>
                /// <returns>The count.</returns>
                public int Limit(int step)
                {
                    s_calls++;
                    var steps = new System.Collections.Generic.List<int>(s_steps);
                    int total = _count + step + steps.Count + s_calls;
                    if (total > MaxCount)
                    {
                        return MaxCount;
                    }
                    else
                    {
                        _count = total;
                    }

                    return total;
                }
            }
        }
        """;

    /// <summary>(file name, the diagnostic it must raise, source): each file breaks one rule of the code.</summary>
    public static readonly (string File, string Id, string Source)[] BrokenCode =
    {
        ("ConstantWithPrefix", "IDE1006", Class("ConstantWithPrefix", "private const int _maxCount = 3;", ["return _maxCount;"])),
        ("StaticWithoutPrefix", "IDE1006", Class("StaticWithoutPrefix", "private static int Calls;", ["Calls++;", "return Calls;"])),
        ("StaticReadonlyWithoutPrefix", "IDE1006", Class("StaticReadonlyWithoutPrefix", "private static readonly int[] Steps = { 1 };", ["return Steps[0];"])),
        ("FieldWithoutUnderscore", "IDE1006", Class("FieldWithoutUnderscore", "private int count;", ["count++;", "return count;"])),
        ("IfWithoutBraces", "IDE0011", Class("IfWithoutBraces", "private int _count = 1;", ["if (_count > 1) return 1;", "return _count;"])),
        ("FieldWithoutVisibility", "IDE0040", Class("FieldWithoutVisibility", "int _count;", ["_count++;", "return _count;"])),
        ("VarForBuiltInType", "IDE0008", Class("VarForBuiltInType", "private int _count = 1;", ["var next = _count + 1;", "return next;"])),
        ("BraceOnSameLine", "IDE0055", Class("BraceOnSameLine", "private int _count = 1;", ["if (_count > 1) {", "    return 1;", "}", "return _count;"])),
        ("CrefWithBadSyntax", "CS1584", Class("CrefWithBadSyntax", "private int _count = 1;", ["return _count;"], "<see cref=\"Next(int\"/>")),
    };

    /// <summary>
    /// The same for the /// docs. The compiler checks crefs and missing docs only when the code has no error,
    /// so these build in a project of their own, beside <see cref="WellStyled"/>.
    /// </summary>
    public static readonly (string File, string Id, string Source)[] BrokenDocs =
    {
        ("CrefToNothing", "CS1574", Class("CrefToNothing", "private int _count = 1;", ["return _count;"], "<see cref=\"NoSuchMember\"/>")),
        ("CrefWithUnknownParameterType", "CS1580", Class("CrefWithUnknownParameterType", "private int _count = 1;", ["return _count;"], "<see cref=\"Next(NoSuchType)\"/>")),
        ("PublicWithoutDocs", "CS1591", Class("PublicWithoutDocs", "public int Count = 1;", ["return Count;"])),
    };

    /// <summary>A documented class with one field and a method Next() of <paramref name="body"/> (one line each).</summary>
    private static string Class(string name, string field, string[] body, string returns = "the count") => $$"""
        namespace StyleProbe
        {
            /// <summary>Probe.</summary>
            public sealed class {{name}}
            {
                {{field}}

                /// <summary>Returns {{returns}}.</summary>
                /// <returns>The count.</returns>
                public int Next()
                {
                    {{string.Join("\n            ", body)}}
                }
            }
        }

        """;
}
