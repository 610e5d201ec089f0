using NewsExtract.Html;

namespace NewsExtract.Blocks;

/// <summary>How the block reader treats each element name.</summary>
internal static class ElementKinds
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "svg", "math", "head", "title", "select", "option",
        "textarea", "button", "input", "object", "embed", "canvas", "video", "audio", "map", "area", "link", "meta",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static bool IsSkipped(string localName) => Skipped.Contains(localName);

    public static bool IsBlock(string localName) => BlockLevel.Contains(localName);

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

        var style = element.GetAttribute("style");
        if (style is null || style.Length == 0)
        {
            return false;
        }

        return ContainsCompact(style, "display:none") || ContainsCompact(style, "visibility:hidden");
    }

    // Compares ignoring spaces and case, so "display: none" and "DISPLAY:NONE" both match.
    private static bool ContainsCompact(string style, string needle)
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
