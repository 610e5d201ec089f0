using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsExtract.Blocks;

namespace NewsExtract.Html;

/// <summary>
/// Copies a document a caller already holds as an AngleSharp DOM into our light tree, so that it goes through the same
/// blocks and fields as a page we parse ourselves: elements with their lower-cased names, namespaces and attributes, text,
/// and a template's contents as the template's children; comments and the doctype left out. The same bounds hold as for
/// our parse: nesting past the depth limit is read flat (an element hiding its content dropped with it), and copying
/// stops at the node limit. Walked without recursion, so no DOM depth can overflow the stack.
/// </summary>
internal static class AngleSharpTree
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string MathMlNamespace = "http://www.w3.org/1998/Math/MathML";

    /// <param name="document">The caller's document; only read.</param>
    /// <param name="maxDepth">Elements deeper than this are read flat.</param>
    /// <param name="maxNodes">Copying stops after this many nodes (and after the page's share, as for our parse).</param>
    /// <param name="normalize">Applied to every text and attribute value, as decoded pages are normalised before parsing.</param>
    /// <param name="cancellationToken">Checked as the walk goes.</param>
    public static HtmlDocument ToHtmlDocument(IDocument document, int maxDepth, int maxNodes, Func<string, string> normalize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.DocumentElement;
        var copier = new Copier(maxDepth, maxNodes, normalize, cancellationToken);
        var html = copier.Run(source, document.Head);
        return copier.Finish(html, document.CompatMode == "BackCompat");
    }

    private sealed class Copier(int maxDepth, int maxNodes, Func<string, string> normalize, CancellationToken cancellationToken)
    {
        private int _nodes;
        private int _limit;
        private bool _stopped;
        private bool _capped;
        private bool _pendingSpace;
        private HtmlElement? _head;

        public HtmlElement Run(IElement? source, IElement? head)
        {
            var html = source is null ? new HtmlElement("html", []) : Create(source);
            _nodes = 1;
            if (source is null)
            {
                return html;
            }

            // The page's share of nodes, as our parser allows it: its source length is what AngleSharp read.
            var length = source.Owner?.Source?.Length ?? 0;
            _limit = (int)Math.Min(maxNodes, 65_536 + (long)length / 8);

            // Each entry: the next source node to copy, the element it goes into, and the depth of that element; an entry
            // without a node closes an element read flat (its end stands for a space).
            var stack = new Stack<(INode? Next, HtmlElement Target, int Depth)>();
            stack.Push((FirstChild(source), html, 1));
            while (stack.Count > 0 && !_stopped)
            {
                var (node, target, depth) = stack.Pop();
                if (node is null)
                {
                    _pendingSpace |= depth < 0;
                    continue;
                }

                stack.Push((node.NextSibling, target, depth));
                if ((++_nodes & 0x3FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (_nodes >= _limit)
                {
                    _stopped = true;
                }

                switch (node)
                {
                    case IText text:
                        AppendText(target, normalize(text.Data));
                        break;
                    case IElement element when depth < maxDepth:
                        FlushSpace(target);
                        var copy = Create(element);
                        target.AppendChild(copy);
                        _head = ReferenceEquals(element, head) ? copy : _head;
                        stack.Push((FirstChild(element), copy, depth + 1));
                        break;
                    case IElement element:
                        // Past the depth limit: read flat, as our parser reads it (its tags a space, hidden content dropped).
                        _capped = true;
                        var name = element.LocalName.ToLowerInvariant();
                        if (ElementKinds.IsSkipped(name) || ElementKinds.HidesContent(Create(element)))
                        {
                            break;
                        }

                        _pendingSpace = true;
                        stack.Push((null, target, -1));
                        stack.Push((FirstChild(element), target, depth));
                        break;
                }
            }

            return html;
        }

        public HtmlDocument Finish(HtmlElement html, bool quirks)
        {
            if (_head is null)
            {
                _head = new HtmlElement("head", []);
                html.InsertBefore(_head, html.FirstChild);
            }

            HtmlElement? body = null;
            for (var child = html.FirstChild; child is not null && body is null; child = child.NextSibling)
            {
                body = child is HtmlElement { Name: "body" or "frameset", IsForeign: false } e ? e : null;
            }

            if (body is null)
            {
                body = new HtmlElement("body", []);
                html.AppendChild(body);
            }

            return new HtmlDocument(html, _head, body, quirks, _capped, new HtmlParseCounters(_nodes, 0, _stopped, false, _limit));
        }

        // A template's children are its contents (a fragment of their own in the DOM).
        private static INode? FirstChild(INode node) =>
            node is IHtmlTemplateElement template ? template.Content.FirstChild : node.FirstChild;

        private HtmlElement Create(IElement element)
        {
            var ns = element.NamespaceUri switch
            {
                SvgNamespace => ElementNamespace.Svg,
                MathMlNamespace => ElementNamespace.MathMl,
                _ => ElementNamespace.Html,
            };
            var attributes = element.Attributes.Length == 0 ? [] : new HtmlAttribute[element.Attributes.Length];
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = element.Attributes[i]!;
                attributes[i] = new HtmlAttribute(Lower(attribute.Name), normalize(attribute.Value));
            }

            var copy = new HtmlElement(Lower(element.LocalName), attributes, ns);
            if (ns == ElementNamespace.MathMl && copy.Name == "annotation-xml"
                && copy.GetAttribute("encoding") is { } encoding
                && (encoding.Equals("text/html", StringComparison.OrdinalIgnoreCase) || encoding.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
            {
                copy.MarkHtmlIntegrationPoint();
            }

            return copy;
        }

        private void AppendText(HtmlElement target, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_pendingSpace)
            {
                _pendingSpace = false;
                text = " " + text;
            }

            target.AppendChild(new HtmlText(text.AsMemory()));
        }

        private void FlushSpace(HtmlElement target)
        {
            if (_pendingSpace)
            {
                _pendingSpace = false;
                target.AppendChild(new HtmlText(" ".AsMemory()));
            }
        }

        // ASCII lower case, a shared instance for a known name.
        private static string Lower(string name)
        {
            if (!name.AsSpan().ContainsAnyInRange('A', 'Z'))
            {
                return HtmlNames.Of(name);
            }

            Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
            for (var i = 0; i < name.Length; i++)
            {
                lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
            }

            return HtmlNames.Of(lower);
        }
    }
}
