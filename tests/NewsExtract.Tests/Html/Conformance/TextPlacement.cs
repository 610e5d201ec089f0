using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html.Conformance;

/// <summary>
/// "Text placement": what of a parsed tree the conformance test compares, written as an indented dump so that a failure
/// shows where the trees part. It is the html5lib-tests tree with what extraction never reads taken out:
/// <list type="bullet">
/// <item>elements, in document order, with their attributes and their text; comments, the doctype and processing
/// instructions are dropped, and text nodes left next to each other by a dropped comment are joined;</item>
/// <item>namespaces are ignored: <c>svg foreignObject</c> and <c>math mi</c> compare as <c>foreignobject</c> and <c>mi</c>,
/// attribute names in the XLink, XML and XMLNS namespaces as their qualified names (<c>xlink href</c> as
/// <c>xlink:href</c>), and element and attribute names without regard to ASCII case (the standard's case fix-ups for svg
/// and MathML names are part of namespacing);</item>
/// <item>a template's contents count as the template's children (the light tree holds them there);</item>
/// <item>attributes are compared as a set (sorted by name), text exactly, character for character.</item>
/// </list>
/// </summary>
internal static class TextPlacement
{
    /// <summary>The placement of the tree an html5lib-tests <c>#document</c> section describes.</summary>
    public static string OfExpected(IReadOnlyList<string> dump)
    {
        var root = new Node(Kind.Document, "");
        var path = new List<Node> { root };
        foreach (var (depth, content) in Lines(dump))
        {
            // depth 0 is a child of the document; attributes sit one level below their element.
            var parent = path[Math.Min(depth, path.Count - 1)];
            path.RemoveRange(depth + 1, path.Count - depth - 1);
            var node = Classify(content);
            if (node.Kind == Kind.Attribute)
            {
                parent.Attributes.Add((node.Name, node.Value));
                continue;
            }

            parent.Children.Add(node);
            path.Add(node);
        }

        var text = new StringBuilder();
        WriteChildren(root, 0, text);
        return text.ToString();
    }

    /// <summary>The placement of our parse of a page (from its <c>&lt;html&gt;</c> element).</summary>
    public static string OfOurs(HtmlDocument document)
    {
        var root = new Node(Kind.Document, "");
        root.Children.Add(Copy(document.DocumentElement));
        var text = new StringBuilder();
        WriteChildren(root, 0, text);
        return text.ToString();
    }

    private static Node Copy(HtmlElement element)
    {
        var node = new Node(Kind.Element, element.Name);
        foreach (var attribute in element.Attributes)
        {
            node.Attributes.Add((attribute.Name, attribute.Value.ToString()));
        }

        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            node.Children.Add(child is HtmlElement e ? Copy(e) : new Node(Kind.Text, "", ((HtmlText)child).Data.ToString()));
        }

        return node;
    }

    // The dump's nodes with their depth: a line starting "| " opens a node, any other line continues the one before
    // (a text or comment holding line breaks).
    private static List<(int Depth, string Content)> Lines(IReadOnlyList<string> dump)
    {
        var lines = new List<(int, string)>();
        foreach (var line in dump)
        {
            if (line.StartsWith("| ", StringComparison.Ordinal))
            {
                var body = line[2..];
                var indent = body.Length - body.TrimStart(' ').Length;
                lines.Add((indent / 2, body[indent..]));
            }
            else if (lines.Count > 0)
            {
                lines[^1] = (lines[^1].Item1, lines[^1].Item2 + "\n" + line);
            }
        }

        return lines;
    }

    private static Node Classify(string content)
    {
        if (content.StartsWith("<!DOCTYPE", StringComparison.Ordinal) || content.StartsWith("<?", StringComparison.Ordinal))
        {
            return new Node(Kind.Dropped, "");
        }

        if (content.StartsWith("<!-- ", StringComparison.Ordinal) && content.EndsWith(" -->", StringComparison.Ordinal))
        {
            return new Node(Kind.Dropped, "");
        }

        if (content.Length >= 2 && content[0] == '"' && content[^1] == '"')
        {
            return new Node(Kind.Text, "", content[1..^1]);
        }

        if (content == "content")
        {
            return new Node(Kind.TemplateContents, "");
        }

        if (content.Length >= 2 && content[0] == '<' && content[^1] == '>')
        {
            var name = content[1..^1];
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && name[..space] is "svg" or "math")
            {
                name = name[(space + 1)..];
            }

            return new Node(Kind.Element, name);
        }

        var equals = content.IndexOf("=\"", StringComparison.Ordinal);
        var attributeName = content[..equals];
        if (attributeName.IndexOf(' ', StringComparison.Ordinal) is var designator and > 0 && attributeName[..designator] is "xlink" or "xml" or "xmlns")
        {
            attributeName = attributeName[..designator] + ":" + attributeName[(designator + 1)..];
        }

        return new Node(Kind.Attribute, attributeName, content[(equals + 2)..^1]);
    }

    private static void WriteChildren(Node parent, int depth, StringBuilder text)
    {
        string? pendingText = null;
        foreach (var child in Flatten(parent))
        {
            if (child.Kind == Kind.Text)
            {
                pendingText = (pendingText ?? "") + child.Value;
                continue;
            }

            Flush(ref pendingText, depth, text);
            Write(child, depth, text);
        }

        Flush(ref pendingText, depth, text);
    }

    // The children that count: comments and the doctype dropped, a template's contents in place of the marker.
    private static IEnumerable<Node> Flatten(Node parent)
    {
        foreach (var child in parent.Children)
        {
            switch (child.Kind)
            {
                case Kind.Dropped:
                    continue;
                case Kind.TemplateContents:
                    foreach (var inner in Flatten(child))
                    {
                        yield return inner;
                    }

                    continue;
                default:
                    yield return child;
                    break;
            }
        }
    }

    private static void Flush(ref string? pendingText, int depth, StringBuilder text)
    {
        if (pendingText is not null)
        {
            text.Append(' ', depth * 2).Append('"').Append(pendingText).Append("\"\n");
            pendingText = null;
        }
    }

    private static void Write(Node element, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append('<').Append(Lower(element.Name)).Append(">\n");
        foreach (var (name, value) in element.Attributes.Select(a => (Name: Lower(a.Name), a.Value)).OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            text.Append(' ', depth * 2 + 2).Append(name).Append("=\"").Append(value).Append("\"\n");
        }

        WriteChildren(element, depth + 1, text);
    }

    private static string Lower(string name) => string.Create(name.Length, name, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
        }
    });

    private enum Kind
    {
        Document,
        Element,
        Attribute,
        Text,
        TemplateContents,
        Dropped,
    }

    private sealed class Node(Kind kind, string name, string value = "")
    {
        public Kind Kind { get; } = kind;

        public string Name { get; } = name;

        public string Value { get; } = value;

        public List<(string Name, string Value)> Attributes { get; } = [];

        public List<Node> Children { get; } = [];
    }
}
