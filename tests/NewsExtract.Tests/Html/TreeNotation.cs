using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

/// <summary>
/// A compact, readable serialisation of a parsed tree for assertions: <c>&lt;body&gt;&lt;p&gt;a&lt;/p&gt;&lt;div&gt;b&lt;/div&gt;&lt;/body&gt;</c>.
/// Attributes are left out (tests read them directly); text is written as it is, so white space in the fixture shows.
/// Foreign (svg, math) elements carry a <c>*</c>: <c>&lt;svg*&gt;&lt;text*&gt;</c>.
/// </summary>
internal static class TreeNotation
{
    /// <summary>The body of <paramref name="html"/> as notation.</summary>
    public static string Body(string html) => Of(HtmlDocument.Parse(html).Body);

    /// <summary>The whole document of <paramref name="html"/> (from <c>&lt;html&gt;</c>) as notation.</summary>
    public static string Document(string html) => Of(HtmlDocument.Parse(html).DocumentElement);

    public static string Of(HtmlElement element)
    {
        var text = new StringBuilder();
        Write(element, text);
        return text.ToString();
    }

    private static void Write(HtmlNode node, StringBuilder text)
    {
        if (node is HtmlText t)
        {
            text.Append(t.Data.Span);
            return;
        }

        var element = (HtmlElement)node;
        var name = element.IsForeign ? element.Name + "*" : element.Name;
        text.Append('<').Append(name).Append('>');
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            Write(child, text);
        }

        text.Append("</").Append(name).Append('>');
    }
}
