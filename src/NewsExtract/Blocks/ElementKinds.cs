using System.Collections.Frozen;
using NewsExtract.Html;

namespace NewsExtract.Blocks;

/// <summary>How the block reader treats each element name.</summary>
internal static class ElementKinds
{
    private static readonly string[] Skipped =
    [
        "script", "style", "noscript", "template", "iframe", "frame", "svg", "math", "head", "title", "select", "option",
        "textarea", "button", "input", "object", "embed", "canvas", "video", "audio", "map", "area", "link", "meta",
    ];

    private static readonly string[] BlockLevel =
    [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    ];

    // One lookup per element answers both questions (the reader asks them of every element of the page).
    private static readonly FrozenDictionary<string, ElementKind> Kinds = Skipped.Select(n => (Name: n, Kind: ElementKind.Skipped))
        .Concat(BlockLevel.Select(n => (Name: n, Kind: ElementKind.Block)))
        .GroupBy(e => e.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(ElementKind.None, (kind, e) => kind | e.Kind), StringComparer.Ordinal);

    /// <summary>How the reader treats an element named <paramref name="localName"/>.</summary>
    public static ElementKind Of(string localName) => Kinds.GetValueOrDefault(localName);

    public static bool IsSkipped(string localName) => (Of(localName) & ElementKind.Skipped) != 0;

    public static bool IsBlock(string localName) => (Of(localName) & ElementKind.Block) != 0;

    public static BlockTag TagOf(string localName) => localName switch
    {
        "h1" => BlockTag.Heading1,
        "h2" or "h3" or "h4" or "h5" or "h6" => BlockTag.Heading,
        "li" or "dt" or "dd" => BlockTag.ListItem,
        "blockquote" => BlockTag.Quote,
        "td" or "th" => BlockTag.TableCell,
        "figcaption" or "caption" => BlockTag.Caption,
        _ => BlockTag.Paragraph,
    };

    /// <summary>The element hides what it holds: the <c>hidden</c> attribute, or a style with <c>display:none</c> or <c>visibility:hidden</c>.</summary>
    public static bool HidesContent(HtmlElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (!element.TryGetAttribute("style", out var style) || style.IsEmpty)
        {
            return false;
        }

        return ContainsCompact(style, "display:none") || ContainsCompact(style, "visibility:hidden");
    }

    // Compares ignoring spaces and case, so "display: none" and "DISPLAY:NONE" both match.
    private static bool ContainsCompact(ReadOnlySpan<char> style, string needle)
    {
        var matched = 0;
        foreach (var c in style)
        {
            if (c == ' ')
            {
                continue;
            }

            if (char.ToLowerInvariant(c) == needle[matched])
            {
                if (++matched == needle.Length)
                {
                    return true;
                }
            }
            else
            {
                matched = char.ToLowerInvariant(c) == needle[0] ? 1 : 0;
            }
        }

        return false;
    }
}

/// <summary>What the block reader does with an element.</summary>
[Flags]
internal enum ElementKind
{
    /// <summary>Inline: its text joins the block around it.</summary>
    None = 0,

    /// <summary>Not read at all (scripts, styles, form controls, embedded media).</summary>
    Skipped = 1,

    /// <summary>Starts and ends a block.</summary>
    Block = 2,
}
