namespace BwcFirmware.Tests.Repository;

/// <summary>The Markdown reading behind the README checks: words, links outside code, heading anchors.</summary>
[TestClass]
public sealed class MarkdownDocumentTests
{
    [TestMethod]
    public void Words_AreCountedAsWcCountsThem()
    {
        var document = new MarkdownDocument("# Title\n\nTwo  words\tand | a `code` span.\n");

        Assert.AreEqual(9, document.WordCount);
    }

    [TestMethod]
    public void Links_AreTheRelativeTargetsOutsideCode()
    {
        var document = new MarkdownDocument(string.Join("\n",
            "See [the card](Shared/Card/README.md#layout), ![picture](demo.png \"title\") and [web](https://example.org).",
            "An [anchor](#usage) and `[not a link](code.md)`.",
            "```",
            "[inside a fence](fenced.md)",
            "```",
            "    [indented code](indented.md)",
            "- a list item with [a link](list.md)",
            "[ref]: <docs/a b.md>"));

        CollectionAssert.AreEqual(
            new[] { "Shared/Card/README.md#layout", "demo.png", "#usage", "list.md", "docs/a b.md" },
            document.RelativeLinks.ToArray());
    }

    [TestMethod]
    public void Headings_GetGitHubAnchors_RepeatsNumbered()
    {
        var document = new MarkdownDocument(string.Join("\n",
            "# Card store: layout, durability",
            "## What the chain cannot prove alone, and the head outside the card",
            "## `Pump` and `Flush`",
            "## Usage",
            "## Usage",
            "```",
            "# not a heading",
            "```"));

        CollectionAssert.AreEqual(
            new[] { "card-store-layout-durability", "what-the-chain-cannot-prove-alone-and-the-head-outside-the-card", "pump-and-flush", "usage", "usage-1" },
            document.Anchors.ToArray());
    }
}
