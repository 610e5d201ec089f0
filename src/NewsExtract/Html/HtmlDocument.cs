using System.Text;

namespace NewsExtract.Html;

/// <summary>
/// A parsed page: the tree <see cref="HtmlTreeBuilder"/> builds, always with a head and a body (a frameset page's body is
/// its frameset, as <c>document.body</c> is in a browser).
/// </summary>
internal sealed class HtmlDocument(HtmlElement documentElement, HtmlElement head, HtmlElement body, bool isQuirks, bool nestingCapped, HtmlParseCounters counters = default)
{
    /// <summary>The <c>&lt;html&gt;</c> element, root of the tree.</summary>
    public HtmlElement DocumentElement { get; } = documentElement;

    public HtmlElement Head { get; } = head;

    public HtmlElement Body { get; } = body;

    /// <summary>The page had no doctype or a legacy one.</summary>
    public bool IsQuirks { get; } = isQuirks;

    /// <summary>Markup nested past the parser's depth limit was read flat (its tags ignored, its text kept).</summary>
    public bool NestingCapped { get; } = nestingCapped;

    /// <summary>What the parse made: nodes, copies, and whether a limit stopped it.</summary>
    public HtmlParseCounters Counters { get; } = counters;

    /// <summary>The first <c>&lt;title&gt;</c>'s text, white space collapsed and trimmed, as a browser shows it; null without one.</summary>
    public string? Title
    {
        get
        {
            foreach (var element in DocumentElement.SelfAndDescendantElements())
            {
                if (element.Name == "title" && !element.IsForeign)
                {
                    return TitleText(element);
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Parses <paramref name="html"/>; elements nested deeper than <paramref name="maxDepth"/> are read flat, and
    /// construction stops once <paramref name="maxNodes"/> nodes are made. With <paramref name="composeReferences"/>, text
    /// decoded from character references is put in NFC like the rest of a decoded page.
    /// </summary>
    public static HtmlDocument Parse(string html, int maxDepth = HtmlTreeBuilder.DefaultMaxDepth, int maxNodes = int.MaxValue, bool composeReferences = false) =>
        new HtmlTreeBuilder(html, maxDepth, maxNodes, composeReferences).Build();

    /// <summary>A title element's text as a browser shows it: white space collapsed and trimmed.</summary>
    public static string TitleText(HtmlElement title)
    {
        var text = title.TextContent;
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (HtmlNames.IsAsciiWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
