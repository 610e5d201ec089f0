using System.Text;
using AngleSharp.Dom;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>An image met while reading the DOM, with the index of the next block after it.</summary>
internal sealed record ImageRef(string Source, string? Alt, int NextBlockIndex, IElement Element);

/// <summary>The blocks of an HTML page in reading order, plus its images.</summary>
internal sealed record HtmlBlocks(IReadOnlyList<Block> Blocks, IReadOnlyList<ImageRef> Images, bool Truncated);

/// <summary>
/// Turns a parsed DOM into blocks in one iterative walk (no recursion, so deep nesting cannot overflow the stack).
/// Block-level elements and <c>&lt;br&gt;</c> end a block; inline elements add to it. Scripts, styles, templates,
/// form controls and hidden elements are skipped.
/// </summary>
internal static class HtmlBlockReader
{
    private const int HintDepth = 8;

    public static HtmlBlocks Read(IElement root, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var state = new WalkState(limits);
        INode? node = root;
        var depth = 0;
        while (node is not null)
        {
            // Enter node.
            var descend = state.Enter(node, depth);
            if ((state.NodesSeen & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (state.Truncated)
            {
                break;
            }

            if (descend && node.FirstChild is { } child)
            {
                node = child;
                depth++;
                continue;
            }

            // Leave node and climb until a sibling is found.
            while (node is not null)
            {
                state.Leave(node);
                if (ReferenceEquals(node, root))
                {
                    node = null;
                    break;
                }

                if (node.NextSibling is { } sibling)
                {
                    node = sibling;
                    break;
                }

                node = node.Parent;
                depth--;
            }
        }

        state.Flush();
        return new HtmlBlocks(state.Blocks, state.Images, state.Truncated);
    }

    private sealed class WalkState(ExtractionLimits limits)
    {
        private readonly StringBuilder _text = new();
        private readonly List<IElement> _blockStack = [];
        private readonly List<IElement> _openLinks = [];
        private int _linkChars;
        private string? _firstHref;
        private bool _pendingSpace;

        public List<Block> Blocks { get; } = [];
        public List<ImageRef> Images { get; } = [];
        public int NodesSeen { get; private set; }
        public bool Truncated { get; private set; }

        public bool Enter(INode node, int depth)
        {
            NodesSeen++;
            if (NodesSeen > limits.MaxNodes)
            {
                Truncated = true;
                return false;
            }

            if (node is IText text)
            {
                AppendText(text.Data);
                return false;
            }

            if (node is not IElement element)
            {
                return node is IDocument or IDocumentFragment;
            }

            var name = element.LocalName;
            if (ElementKinds.IsSkipped(name) || IsHidden(element))
            {
                return false;
            }

            if (name == "br")
            {
                Flush();
                return false;
            }

            if (name == "img")
            {
                AddImage(element);
                return false;
            }

            if (depth <= limits.MaxDepth && ElementKinds.IsBlock(name))
            {
                Flush();
                _blockStack.Add(element);
            }
            else if (name == "a")
            {
                _openLinks.Add(element);
                _firstHref ??= element.GetAttribute("href");
            }

            return true;
        }

        public void Leave(INode node)
        {
            if (node is not IElement element)
            {
                return;
            }

            if (_blockStack.Count > 0 && ReferenceEquals(_blockStack[^1], element))
            {
                Flush();
                _blockStack.RemoveAt(_blockStack.Count - 1);
            }
            else if (_openLinks.Count > 0 && ReferenceEquals(_openLinks[^1], element))
            {
                _openLinks.RemoveAt(_openLinks.Count - 1);
            }
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                var text = _text.ToString().Trim();
                if (text.Length > 0)
                {
                    var holder = _blockStack.Count > 0 ? _blockStack[^1] : null;
                    var tag = holder is null ? BlockTag.Paragraph : ElementKinds.TagOf(holder.LocalName);
                    var metrics = TextMetrics.Of(text);
                    var (hints, nearLength) = HintsOf();
                    Blocks.Add(new Block(Blocks.Count, text, tag)
                    {
                        Element = holder,
                        LinkChars = _linkChars,
                        Href = _linkChars * 2 > metrics.Chars ? _firstHref : null,
                        Hints = hints,
                        NearHints = hints[..nearLength],
                        IsListItem = tag == BlockTag.ListItem,
                    });
                }
            }

            _text.Clear();
            _linkChars = 0;
            _firstHref = null;
            _pendingSpace = false;
        }

        private void AppendText(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                _text.Append(c);
                if (_openLinks.Count > 0)
                {
                    _linkChars++;
                }
            }

            if (data.Length > 0 && char.IsWhiteSpace(data[^1]))
            {
                _pendingSpace = _text.Length > 0;
            }
        }

        private void AddImage(IElement element)
        {
            var source = ImageSource(element);
            if (source is null)
            {
                return;
            }

            Images.Add(new ImageRef(source, element.GetAttribute("alt")?.Trim(), Blocks.Count + (_text.Length > 0 ? 1 : 0), element));
        }

        private static string? ImageSource(IElement element)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["data-original", "data-src", "data-lazy-src", "data-url", "src"])
            {
                var value = element.GetAttribute(attribute)?.Trim();
                if (!string.IsNullOrEmpty(value) && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>Class and id words of the holding elements, nearest first, and the length covering the nearest two.</summary>
        private (string Hints, int NearLength) HintsOf()
        {
            if (_blockStack.Count == 0)
            {
                return ("", 0);
            }

            var nearLength = 0;
            var builder = new StringBuilder();
            var start = Math.Max(0, _blockStack.Count - HintDepth);
            for (var i = _blockStack.Count - 1; i >= start; i--)
            {
                var element = _blockStack[i];
                builder.Append(element.LocalName).Append(' ');
                if (element.ClassName is { Length: > 0 } className)
                {
                    builder.Append(className).Append(' ');
                }

                if (element.Id is { Length: > 0 } id)
                {
                    builder.Append(id).Append(' ');
                }

                if (i == _blockStack.Count - 2 || (i == _blockStack.Count - 1 && _blockStack.Count == 1))
                {
                    nearLength = builder.Length;
                }
            }

            return (builder.ToString().ToLowerInvariant(), nearLength);
        }

        private static bool IsHidden(IElement element)
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
}
