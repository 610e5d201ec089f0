using System.Text;
using AngleSharp.Dom;
using NewsExtract.Blocks;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>
/// The differential tests' yardstick: AngleSharp's parse (the HTML standard's full tree construction, which the project
/// used before it had its own parser), copied into our light DOM so both trees go through the same block reader.
/// </summary>
internal static class ReferenceParser
{
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    /// <summary>AngleSharp's body (or frameset, as the extractor read it) copied into an <see cref="HtmlElement"/> tree.</summary>
    public static HtmlElement Body(string html)
    {
        using var document = Parser.ParseDocument(html);
        return Copy((IElement?)document.Body ?? document.DocumentElement);
    }

    /// <summary>The blocks the extractor reads from our parse of <paramref name="html"/>, one line each.</summary>
    public static string OurBlocks(string html) => Blocks(HtmlDocument.Parse(html).Body);

    /// <summary>The blocks the extractor would read from AngleSharp's parse of <paramref name="html"/>, one line each.</summary>
    public static string ReferenceBlocks(string html) => Blocks(Body(html));

    /// <summary>
    /// Each block as <c>tag [hints] text</c>, with the count of link characters when there are any: what decides where a
    /// page's text goes (its order, its blocking, the element kind and the class/id words around it, its link share).
    /// </summary>
    public static string Blocks(HtmlElement root)
    {
        var text = new StringBuilder();
        foreach (var block in HtmlBlockReader.Read(root, ExtractionLimits.Default, CancellationToken.None).Blocks)
        {
            text.Append(block.Tag).Append(" [").Append(block.Hints.TrimEnd()).Append("] ").Append(block.Text);
            if (block.LinkChars > 0)
            {
                text.Append(" {links ").Append(block.LinkChars).Append('}');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static HtmlElement Copy(IElement source)
    {
        var attributes = source.Attributes.Select(a => new HtmlAttribute(a.Name, a.Value)).ToArray();
        var isForeign = source.NamespaceUri is not (null or "http://www.w3.org/1999/xhtml");
        var copy = new HtmlElement(source.LocalName.ToLowerInvariant(), attributes, isForeign);
        foreach (var child in source.ChildNodes)
        {
            switch (child)
            {
                case IElement element:
                    copy.AppendChild(Copy(element));
                    break;
                case IText text:
                    copy.AppendChild(new HtmlText(text.Data.AsMemory()));
                    break;
            }
        }

        return copy;
    }
}
