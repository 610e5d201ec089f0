using System.Text;
using NewsExtract.Blocks;

namespace NewsExtract.Pipeline;

/// <summary>
/// Caps how deep markup nests before SmartReader's AngleSharp parses it (the optional second opinion; our own
/// <see cref="Html.HtmlTreeBuilder"/> caps nesting as it builds). AngleSharp's tree builder walks the stack of open
/// elements on most start tags, so N-deep nesting costs O(N²): 100,000 nested <c>&lt;div&gt;</c> take minutes, a hang
/// for a crawler. Browsers cap it too (Chromium at 512). Past the cap, start tags (and the end tags that close them) are
/// replaced by a space, so their text stays and is read inline — as <see cref="HtmlBlockReader"/> reads anything
/// deeper than <see cref="ExtractionLimits.MaxDepth"/> anyway. An element past the cap that hides its content
/// (script-like, <c>hidden</c>, a <c>style</c>, <c>&lt;template&gt;</c>…) is dropped with its content, as the reader
/// would skip it. The open-element stack is estimated with the tree builder's common implied end tags; a page within
/// the cap is returned unchanged (the same instance).
/// </summary>
internal static class NestingGuard
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    };

    // Elements whose content the tokenizer reads as text up to their end tag (scripting is off, so not noscript).
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext",
    };

    // Start tags that close an open <p> (in button scope).
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p",
        "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "search",
    };

    // Elements that bound scope: an open <p> or <li> outside them is not closed by a tag inside them.
    private static readonly HashSet<string> ScopeBoundary = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "ol", "ul", "select",
    };

    /// <summary>Returns <paramref name="html"/> with nesting past <paramref name="maxDepth"/> flattened.</summary>
    public static string Cap(string html, int maxDepth, out bool capped)
    {
        capped = false;
        // The estimated stack grows only on a start tag ('<' and an ASCII letter), so with at most maxDepth of them no start
        // tag can find it full: the walk would change nothing. Counting them (comments and raw text included, which only
        // over-counts) is one vectorised scan, stopped as soon as the count passes the cap.
        if (html.AsSpan().Count('<') <= maxDepth || StartTagsAtMost(html, maxDepth))
        {
            return html;
        }

        var walk = new Walk(html, maxDepth);
        walk.Run();
        capped = walk.Output is not null;
        return walk.Output?.ToString() ?? html;
    }

    // Tag names the guard has met before, lower-cased, so each tag does not allocate its name again.
    [ThreadStatic]
    private static Dictionary<string, string>? t_names;

    /// <summary>The tag name lower-cased: a shared instance for ASCII names (all real ones), a new string otherwise.</summary>
    private static string NameOf(ReadOnlySpan<char> name)
    {
        if (name.Length > 16 || !Ascii.IsValid(name))
        {
            return name.ToString().ToLowerInvariant();
        }

        var names = t_names ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var known))
        {
            known = name.ToString().ToLowerInvariant();
            if (names.Count < 1024)
            {
                names[known] = known;
            }
        }

        return known;
    }

    /// <summary>True when <paramref name="html"/> holds at most <paramref name="limit"/> '&lt;' followed by an ASCII letter.</summary>
    private static bool StartTagsAtMost(string html, int limit)
    {
        var span = html.AsSpan();
        var count = 0;
        var i = 0;
        while (true)
        {
            var at = span[i..].IndexOf('<');
            if (at < 0)
            {
                return true;
            }

            i += at + 1;
            if (i < span.Length && char.IsAsciiLetter(span[i]) && ++count > limit)
            {
                return false;
            }
        }
    }

    private sealed class Walk(string html, int maxDepth)
    {
        // The estimated stack of open elements; for each, the index of the nearest open <p>, <li>, <dd>/<dt>, <td>/<th>, <tr> in scope.
        private readonly List<Open> _stack = [];
        private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
        private int _copied;

        public StringBuilder? Output { get; private set; }

        public void Run()
        {
            var i = 0;
            while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
            {
                var next = html[i + 1];
                if (next == '!' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
                {
                    i = After(html.IndexOf("-->", i + 4, StringComparison.Ordinal), 3);
                }
                else if (next is '!' or '?')
                {
                    i = After(html.IndexOf('>', i + 2), 1);
                }
                else if (next == '/' && i + 2 < html.Length && char.IsAsciiLetter(html[i + 2]))
                {
                    var (name, end) = ReadTag(i + 2);
                    EndTag(name, i, end);
                    i = end;
                }
                else if (char.IsAsciiLetter(next))
                {
                    var (name, end) = ReadTag(i + 1);
                    i = StartTag(name, i, end);
                }
                else
                {
                    i++;
                }
            }

            if (Output is not null)
            {
                Output.Append(html, _copied, html.Length - _copied);
            }
        }

        private int After(int index, int length) => index < 0 ? html.Length : index + length;

        /// <summary>Reads a tag name (lower-cased) and finds the end of the tag, skipping quoted attribute values.</summary>
        private (string Name, int End) ReadTag(int nameStart)
        {
            var j = nameStart;
            while (j < html.Length && html[j] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                j++;
            }

            var name = NameOf(html.AsSpan(nameStart, j - nameStart));
            var afterEquals = false;
            while (j < html.Length)
            {
                var c = html[j];
                if (c == '>')
                {
                    return (name, j + 1);
                }

                if (afterEquals && c is '"' or '\'')
                {
                    j = html.IndexOf(c, j + 1);
                    if (j < 0)
                    {
                        return (name, html.Length);
                    }

                    afterEquals = false;
                }
                else if (c == '=')
                {
                    afterEquals = true;
                }
                else if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
                {
                    afterEquals = false;
                }

                j++;
            }

            return (name, html.Length);
        }

        private int StartTag(string name, int start, int end)
        {
            if (RawText.Contains(name))
            {
                // Kept as is (it does not nest), its content skipped to the matching end tag.
                if (name == "plaintext")
                {
                    return html.Length;
                }

                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : close;
            }

            var selfClosing = end >= 2 && html[end - 2] == '/' && end - 1 > start;
            if (Void.Contains(name) || selfClosing)
            {
                return end;
            }

            ImpliedEnds(name);
            if (_stack.Count < maxDepth)
            {
                Push(name);
                return end;
            }

            if (Hides(name, start, end))
            {
                var subtreeEnd = SubtreeEnd(name, end);
                Replace(start, subtreeEnd);
                return subtreeEnd;
            }

            _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
            Replace(start, end);
            return end;
        }

        private void EndTag(string name, int start, int end)
        {
            if (_dropped.TryGetValue(name, out var dropped) && dropped > 0)
            {
                _dropped[name] = dropped - 1;
                Replace(start, end);
                return;
            }

            if (_openCount.GetValueOrDefault(name) > 0)
            {
                PopThrough(name);
            }
        }

        private void ImpliedEnds(string name)
        {
            if (_stack.Count == 0)
            {
                return;
            }

            var top = _stack[^1];
            if (ClosesParagraph.Contains(name) && top.Paragraph >= 0)
            {
                PopTo(top.Paragraph);
                top = _stack.Count > 0 ? _stack[^1] : default;
            }

            if (_stack.Count == 0)
            {
                return;
            }

            switch (name)
            {
                case "li" when top.ListItem >= 0:
                    PopTo(top.ListItem);
                    break;
                case "dd" or "dt" when top.Definition >= 0:
                    PopTo(top.Definition);
                    break;
                case "td" or "th" when top.Cell >= 0:
                    PopTo(top.Cell);
                    break;
                case "tr" when top.Row >= 0:
                    PopTo(top.Row);
                    break;
                case "a" when _openCount.GetValueOrDefault("a") > 0:
                    PopThrough("a");
                    break;
                case "option" or "optgroup" when top.Name == "option":
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when top.Name is ['h', >= '1' and <= '6']:
                    PopTo(_stack.Count - 1);
                    break;
            }
        }

        private void Push(string name)
        {
            var parent = _stack.Count > 0 ? _stack[^1] : new Open("", -1, -1, -1, -1, -1);
            var index = _stack.Count;
            var boundary = ScopeBoundary.Contains(name);
            var table = name == "table";
            _stack.Add(new Open(
                name,
                name == "p" ? index : boundary ? -1 : parent.Paragraph,
                name == "li" ? index : boundary ? -1 : parent.ListItem,
                name is "dd" or "dt" ? index : boundary ? -1 : parent.Definition,
                name is "td" or "th" ? index : table ? -1 : parent.Cell,
                name == "tr" ? index : table ? -1 : parent.Row));
            _openCount[name] = _openCount.GetValueOrDefault(name) + 1;
        }

        /// <summary>Pops the stack down to and including the entry at <paramref name="index"/>.</summary>
        private void PopTo(int index)
        {
            while (_stack.Count > index)
            {
                _openCount[_stack[^1].Name]--;
                _stack.RemoveAt(_stack.Count - 1);
            }
        }

        private void PopThrough(string name)
        {
            while (_stack.Count > 0)
            {
                var top = _stack[^1].Name;
                _openCount[top]--;
                _stack.RemoveAt(_stack.Count - 1);
                if (top == name)
                {
                    return;
                }
            }
        }

        private bool Hides(string name, int start, int end)
        {
            if (ElementKinds.IsSkipped(name))
            {
                return true;
            }

            var tag = html.AsSpan(start, end - start);
            return tag.Contains("hidden", StringComparison.OrdinalIgnoreCase) || tag.Contains("display", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The index just past the end tag that closes the element whose start tag ends at <paramref name="from"/>.</summary>
        private int SubtreeEnd(string name, int from)
        {
            var depth = 1;
            var i = from;
            while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
            {
                var closing = html[i + 1] == '/';
                var nameStart = i + (closing ? 2 : 1);
                if (nameStart + name.Length <= html.Length && string.Compare(html, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (nameStart + name.Length == html.Length || html[nameStart + name.Length] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
                {
                    var (_, end) = ReadTag(nameStart);
                    depth += closing ? -1 : 1;
                    if (depth == 0)
                    {
                        return end;
                    }

                    i = end;
                    continue;
                }

                i++;
            }

            return html.Length;
        }

        private void Replace(int start, int end)
        {
            Output ??= new StringBuilder(html.Length);
            Output.Append(html, _copied, start - _copied).Append(' ');
            _copied = end;
        }
    }

    private readonly record struct Open(string Name, int Paragraph, int ListItem, int Definition, int Cell, int Row);
}
