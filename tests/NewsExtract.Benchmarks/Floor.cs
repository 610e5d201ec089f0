using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsExtract.Benchmarks;

/// <summary>
/// What any DOM-based extractor must pay: parse the page with AngleSharp and visit every text node once.
/// </summary>
public static class Floor
{
    /// <summary>Parses <paramref name="html"/> and returns the total length of its text nodes.</summary>
    public static long ParseAndWalk(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return SumText(document);
    }

    /// <summary>Sums the lengths of all text nodes under <paramref name="root"/> (iterative pre-order walk).</summary>
    public static long SumText(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        long total = 0;
        var node = root.FirstChild;
        while (node is not null)
        {
            if (node is IText text)
            {
                total += text.Data.Length;
            }

            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (ReferenceEquals(node, root))
                {
                    return total;
                }
            }

            node = node?.NextSibling;
        }

        return total;
    }
}
