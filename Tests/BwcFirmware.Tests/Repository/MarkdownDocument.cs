using System.Text.RegularExpressions;

namespace BwcFirmware.Tests.Repository;

/// <summary>
/// What the README checks read from a Markdown file: its words (as <c>wc -w</c> counts them), the relative
/// links it makes outside code, and the anchors its headings get on GitHub.
/// </summary>
internal sealed class MarkdownDocument
{
    private static readonly Regex s_inlineLink = new(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+""[^""]*"")?\s*\)");
    private static readonly Regex s_referenceDefinition = new(@"^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)");
    private static readonly Regex s_codeSpan = new(@"(`+)[\s\S]*?\1");
    private static readonly Regex s_heading = new(@"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$");
    private static readonly Regex s_scheme = new(@"^[A-Za-z][A-Za-z0-9+.-]*:");

    private readonly List<string> _links = new();
    private readonly List<string> _anchors = new();

    /// <summary>Reads <paramref name="text"/>.</summary>
    public MarkdownDocument(string text)
    {
        WordCount = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? fence = null;
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.TrimStart();
            if (fence != null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed.Substring(0, 3);
                continue;
            }

            // Four spaces or a tab start an indented code block only outside a list; these READMEs indent
            // code that way, so an indented line that is not a list item is code.
            if ((line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t')) && !IsListItem(trimmed))
            {
                continue;
            }

            Match heading = s_heading.Match(line);
            if (heading.Success)
            {
                AddAnchor(Slug(heading.Groups[1].Value), seen);
            }

            string prose = s_codeSpan.Replace(line, string.Empty);
            foreach (Match link in s_inlineLink.Matches(prose))
            {
                AddLink(link.Groups[1].Value);
            }

            Match definition = s_referenceDefinition.Match(prose);
            if (definition.Success)
            {
                AddLink(definition.Groups[1].Value);
            }
        }
    }

    /// <summary>Whitespace-separated words, the count <c>wc -w</c> gives.</summary>
    public int WordCount { get; }

    /// <summary>Link targets that name a file or folder of the repository (no scheme), fragment included.</summary>
    public IReadOnlyList<string> RelativeLinks => _links;

    /// <summary>The anchors GitHub gives the headings, in order (a repeated heading gets -1, -2...).</summary>
    public IReadOnlyList<string> Anchors => _anchors;

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped but for '-' and '_', spaces to '-'.</summary>
    public static string Slug(string heading)
    {
        string text = heading.ToLowerInvariant();
        var kept = text.Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '-' || c == '_'
            || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Replace(' ', '-');
    }

    private static bool IsListItem(string trimmed) =>
        trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal)
        || Regex.IsMatch(trimmed, @"^\d+\.\s");

    private void AddLink(string target)
    {
        if (target.StartsWith('<') && target.EndsWith('>'))
        {
            target = target.Substring(1, target.Length - 2);
        }

        if (target.Length > 0 && !s_scheme.IsMatch(target))
        {
            _links.Add(target);
        }
    }

    private void AddAnchor(string slug, Dictionary<string, int> seen)
    {
        if (seen.TryGetValue(slug, out int count))
        {
            seen[slug] = count + 1;
            _anchors.Add(slug + "-" + count);
        }
        else
        {
            seen[slug] = 1;
            _anchors.Add(slug);
        }
    }
}
