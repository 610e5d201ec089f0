using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsExtract.Cli.Explain;

/// <summary>
/// The page as the report's side frame shows it: parsed (AngleSharp), made inert — scripts, frames, objects, base,
/// link and refresh elements removed, event-handler attributes and <c>javascript:</c> values dropped, links and form
/// targets renamed so nothing navigates, a Content-Security-Policy that loads nothing — and each block given a role
/// other than boilerplate marked (found by its trace's CSS path) for the frame's outline. The frame is sandboxed
/// without scripts as well: this is a second wall, not the only one.
/// </summary>
internal static class PagePreview
{
    /// <summary>Pages longer than this (characters) are not shown beside the blocks.</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    /// <summary>The most blocks outlined (each is found by its selector).</summary>
    public const int MaxMarked = 3000;

    private static readonly string[] Dropped = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "portal", "meta[http-equiv]", "template"];
    private static readonly string[] Renamed = ["href", "action", "formaction", "ping", "srcset", "src", "poster", "data", "background", "xlink:href"];

    /// <summary>The inert page with the blocks marked; null (and why) when it is not shown.</summary>
    public static (string? Html, string? Why) Build(string html, ExtractionTrace trace)
    {
        if (html.Length > MaxChars)
        {
            return (null, $"The page ({html.Length:N0} characters) is too large to show beside the blocks.");
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var selector in Dropped)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        foreach (var element in document.All.ToList())
        {
            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    element.RemoveAttribute(name);
                }
                else if (Renamed.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // Kept for reading (data-nx-href…), never followed or loaded.
                    element.RemoveAttribute(name);
                    element.SetAttribute("data-nx-" + name.Replace(':', '-'), attribute.Value);
                }
            }
        }

        var marked = 0;
        foreach (var block in trace.Blocks)
        {
            if (marked >= MaxMarked)
            {
                break;
            }

            if (block.Role == "Boilerplate" || block.CssPath is not { } path)
            {
                continue;
            }

            IElement? target;
            try
            {
                target = document.QuerySelector(path);
            }
#pragma warning disable CA1031 // a path AngleSharp cannot read only leaves its block unmarked
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }

            if (target is not null && target.GetAttribute("data-nx-role") is null)
            {
                target.SetAttribute("data-nx-role", block.Role);
                target.SetAttribute("title", string.Create(CultureInfo.InvariantCulture, $"#{block.Index} {block.Role}{(block.Rule is { } rule ? " (" + rule + ")" : "")}"));
                marked++;
            }
        }

        var head = document.Head ?? document.DocumentElement.AppendChild(document.CreateElement("head")) as IElement;
        var style = document.CreateElement("style");
        style.TextContent = string.Concat(ExplainReport.Roles.Select(r => $"[data-nx-role=\"{r.Role}\"] {{ outline: 3px solid {r.Border} !important; outline-offset: 1px; background-color: {r.Background}80 !important; }}\n"));
        head!.InsertBefore(style, head.FirstChild);
        var csp = document.CreateElement("meta");
        csp.SetAttribute("http-equiv", "Content-Security-Policy");
        csp.SetAttribute("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
        head.InsertBefore(csp, head.FirstChild);
        var charset = document.CreateElement("meta");
        charset.SetAttribute("charset", "utf-8");
        head.InsertBefore(charset, head.FirstChild);
        return ("<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml, null);
    }
}
