using System.Runtime.CompilerServices;
using System.Text;
using NewsExtract.Html;
using NewsExtract.Text;

namespace NewsExtract.Blocks;

/// <summary>An image met while reading the DOM, with the index of the next block after it.</summary>
internal sealed record ImageRef(string Source, string? Alt, int NextBlockIndex, HtmlElement Element);

/// <summary>The blocks of an HTML page in reading order, plus its images, and how many nodes (elements and texts) the walk met.</summary>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Images">The images met, each with the index of the block after it.</param>
/// <param name="Truncated">The walk stopped early (node limit or block budget): the rest of the page was not read.</param>
/// <param name="Nodes">The nodes the walk met.</param>
/// <param name="StoppedAtBlockLimit">The page's block budget ran out (<see cref="HtmlBlockReader.BlockLimitFor"/>).</param>
internal sealed record HtmlBlocks(IReadOnlyList<Block> Blocks, IReadOnlyList<ImageRef> Images, bool Truncated, int Nodes = 0, bool StoppedAtBlockLimit = false);

/// <summary>
/// Turns a parsed DOM into blocks in one iterative walk (no recursion, so deep nesting cannot overflow the stack).
/// Block-level elements and <c>&lt;br&gt;</c> end a block; inline elements add to it. Scripts, styles, templates,
/// form controls and hidden elements are skipped.
/// </summary>
internal static class HtmlBlockReader
{
    private const int HintDepth = 8;

    // The blocks every page may make, and the further share of its length: one block per BlockShare characters. A block
    // costs about 200 bytes with its text, so on markup that makes a block of every few characters (a million `<p>ab`)
    // the blocks stay within about 3 bytes per character of the page, as the parser's node share keeps the tree within
    // its bound. Pages are far from it: the corpus has 210 or more characters of HTML per block.
    private const int BaseBlocks = 16_384;
    private const int BlockShare = 128;

    /// <summary>The most blocks a page of <paramref name="length"/> characters is read into.</summary>
    public static int BlockLimitFor(int length) => BaseBlocks + (length / BlockShare);

    public static HtmlBlocks Read(HtmlElement root, ExtractionLimits limits, CancellationToken cancellationToken, int maxBlocks = int.MaxValue)
    {
        // The page's hint strings stay with its blocks; the table lets go of them after the page.
        using var strings = ThreadScratch<HintStrings>.Rent();
        return Read(root, limits, strings.Value, maxBlocks, cancellationToken);
    }

    private static HtmlBlocks Read(HtmlElement root, ExtractionLimits limits, HintStrings strings, int maxBlocks, CancellationToken cancellationToken)
    {
        var state = new WalkState(limits, strings, maxBlocks);

        // Children are visited from an explicit stack, each entry holding the next child to visit: no recursion, so deep
        // nesting cannot overflow the stack.
        var stack = new Stack<(HtmlElement Element, HtmlNode? Next)>();
        if (state.Enter(root, 0))
        {
            stack.Push((root, root.FirstChild));
        }
        else
        {
            state.Leave(root);
        }

        while (stack.Count > 0 && !state.Truncated)
        {
            var (element, child) = stack.Pop();
            if (child is null)
            {
                state.Leave(element);
                continue;
            }

            stack.Push((element, child.NextSibling));
            var descend = state.Enter(child, stack.Count);
            if ((state.NodesSeen & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (descend && child is HtmlElement { FirstChild: { } first } parent)
            {
                stack.Push((parent, first));
            }
            else
            {
                state.Leave(child);
            }
        }

        state.Flush();
        return new HtmlBlocks(state.Blocks, state.Images, state.Truncated, state.NodesSeen, state.StoppedAtBlockLimit);
    }

    private sealed class WalkState(ExtractionLimits limits, HintStrings strings, int maxBlocks)
    {
        private readonly StringBuilder _text = new();
        private readonly List<HtmlElement> _blockStack = [];

        // Per block-stack entry: its own lower-cased hint words ("div main-col content "), and the block hints once
        // built (shared by every block the element holds; a child's hints start with its words then its parent's).
        private readonly List<HintEntry> _hints = [];
        private readonly List<HtmlElement> _openLinks = [];
        private int _linkChars;
        private string? _firstHref;
        private bool _pendingSpace;
        private TextMetrics.Counter _metrics;

        public List<Block> Blocks { get; } = [];
        public List<ImageRef> Images { get; } = [];
        public int NodesSeen { get; private set; }
        public bool Truncated { get; private set; }
        public bool StoppedAtBlockLimit { get; private set; }

        public bool Enter(HtmlNode node, int depth)
        {
            NodesSeen++;
            if (NodesSeen > limits.MaxNodes)
            {
                Truncated = true;
                return false;
            }

            if (node is HtmlText text)
            {
                AppendText(text.Data.Span);
                return false;
            }

            var element = (HtmlElement)node;
            var name = element.Name;
            var kind = ElementKinds.Of(name);
            if ((kind & ElementKind.Skipped) != 0 || ElementKinds.HidesContent(element))
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

            if (depth <= limits.MaxDepth && (kind & ElementKind.Block) != 0)
            {
                Flush();
                _blockStack.Add(element);
                _hints.Add(new HintEntry(element));
            }
            else if (name == "a")
            {
                _openLinks.Add(element);
                _firstHref ??= element.GetAttribute("href");
            }

            return true;
        }

        public void Leave(HtmlNode node)
        {
            if (node is not HtmlElement element)
            {
                return;
            }

            if (_blockStack.Count > 0 && ReferenceEquals(_blockStack[^1], element))
            {
                Flush();
                _blockStack.RemoveAt(_blockStack.Count - 1);
                _hints.RemoveAt(_hints.Count - 1);
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
                if (Blocks.Count >= maxBlocks)
                {
                    Truncated = true;
                    StoppedAtBlockLimit = true;
                }
                else
                {
                    // AppendText never puts white space at either end, so there is nothing to trim.
                    var text = _text.ToString();
                    var holder = _blockStack.Count > 0 ? _blockStack[^1] : null;
                    var tag = holder is null ? BlockTag.Paragraph : ElementKinds.TagOf(holder.Name);
                    // The spaces put between runs count for nothing, so the runs' counts are the text's: TextMetrics.Of(text).
                    var metrics = _metrics.Metrics;
                    var (hints, nearHints) = HintsOf();
                    Blocks.Add(new Block(Blocks.Count, text, tag, metrics)
                    {
                        Element = holder,
                        LinkChars = _linkChars,
                        Href = _linkChars * 2 > metrics.Chars ? _firstHref : null,
                        Hints = hints,
                        NearHints = nearHints,
                        IsListItem = tag == BlockTag.ListItem,
                    });
                }
            }

            _text.Clear();
            _metrics = default;
            _linkChars = 0;
            _firstHref = null;
            _pendingSpace = false;
        }

        // Copies the text's runs between white space (CharKind.BreaksWords: char.IsWhiteSpace, zero-width space, BOM) whole,
        // each white-space run becoming one space between words. A lone U+0020 between two words is what such a run becomes,
        // so it is copied as it stands, inside the run: a Vietnamese line is copied a phrase at a time, not a syllable at a time.
        // A per-character test finds the runs: Vietnamese words are too short for a vectorised search per word to pay.
        private void AppendText(ReadOnlySpan<char> data)
        {
            var run = 0;
            var spaces = 0; // the lone spaces copied inside the current run
            for (var i = 0; i <= data.Length; i++)
            {
                if (i < data.Length)
                {
                    // The block's metrics are counted here, on the characters kept, rather than in a pass over the text built.
                    var kinds = CharKinds.Of(data[i]);
                    if ((kinds & CharKind.BreaksWords) == 0)
                    {
                        _metrics.Add(kinds);
                        continue;
                    }

                    // i > run: a word precedes (the character before a lone space kept in the run is never a break).
                    if (data[i] == ' ' && i > run && i + 1 < data.Length && (CharKinds.Of(data[i + 1]) & CharKind.BreaksWords) == 0)
                    {
                        spaces++;
                        continue;
                    }
                }

                if (i > run)
                {
                    if (_pendingSpace)
                    {
                        _text.Append(' ');
                        _pendingSpace = false;
                    }

                    _text.Append(data[run..i]);
                    _linkChars += _openLinks.Count > 0 ? i - run - spaces : 0;
                }

                if (i < data.Length)
                {
                    _pendingSpace = _text.Length > 0;
                }

                run = i + 1;
                spaces = 0;
            }
        }

        private void AddImage(HtmlElement element)
        {
            var source = ImageSource(element);
            if (source is null)
            {
                return;
            }

            Images.Add(new ImageRef(source, element.GetAttribute("alt")?.Trim(), Blocks.Count + (_text.Length > 0 ? 1 : 0), element));
        }

        private static string? ImageSource(HtmlElement element)
        {
            foreach (var attribute in (ReadOnlySpan<string>)["data-original", "data-src", "data-lazy-src", "data-url", "src"])
            {
                if (element.TryGetAttribute(attribute, out var value) && value.Trim() is { IsEmpty: false } trimmed
                    && !trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                {
                    return trimmed.ToString();
                }
            }

            return null;
        }

        /// <summary>
        /// Class and id words of the holding elements (up to <see cref="HintDepth"/>), nearest first, lower-cased, and the
        /// part covering the nearest two. Made once per holding element, from its own words and its parent's hints.
        /// </summary>
        private (string Hints, string NearHints) HintsOf()
        {
            var top = _hints.Count - 1;
            if (top < 0)
            {
                return ("", "");
            }

            // The nearest holding element whose hints are made; each one below it is made from its parent's.
            var made = top;
            while (made >= 0 && _hints[made].Hints is null)
            {
                made--;
            }

            for (var i = made + 1; i <= top; i++)
            {
                MakeHints(i);
            }

            return (_hints[top].Hints!, _hints[top].NearHints!);
        }

        private void MakeHints(int i)
        {
            var own = OwnOf(i);
            var entry = _hints[i];
            if (i == 0)
            {
                entry.Hints = own;
                entry.NearHints = own;
            }
            else
            {
                // The parent's hints cover its HintDepth nearest levels; the child keeps HintDepth - 1 of them.
                var parent = _hints[i - 1];
                var kept = LengthOfLevels(i - 1, Math.Min(i, HintDepth - 1));
                (entry.Hints, entry.NearHints) = strings.Derive(own, parent.Hints!, kept, parent.Own!.Length);
            }

            _hints[i] = entry;
        }

        // The length of the own words of `count` levels from entry i downward (making each level's words if not made yet).
        private int LengthOfLevels(int i, int count)
        {
            var length = 0;
            for (var j = i; j > i - count; j--)
            {
                length += OwnOf(j).Length;
            }

            return length;
        }

        // The own words of the entry at index i, made on first use: most holding elements (wrappers, empty cells) never hold
        // a block, and neither do their descendants.
        private string OwnOf(int i)
        {
            var entry = _hints[i];
            if (entry.Own is null)
            {
                entry.Own = OwnHints(entry.Element);
                _hints[i] = entry;
            }

            return entry.Own;
        }

        // "tag class id " lower-cased, as one segment of the hints.
        private string OwnHints(HtmlElement element)
        {
            element.TryGetAttribute("class", out var className);
            element.TryGetAttribute("id", out var id);
            var name = element.Name;
            var length = name.Length + 1 + (className.IsEmpty ? 0 : className.Length + 1) + (id.IsEmpty ? 0 : id.Length + 1);
            var span = strings.Buffer(length);
            var at = Append(span, name, 0);
            at = className.IsEmpty ? at : Append(span, className, at);
            _ = id.IsEmpty ? at : Append(span, id, at);
            return strings.Intern(span);

            // Lower-cases one word and a space after it into span at `at`.
            static int Append(Span<char> span, ReadOnlySpan<char> word, int at)
            {
                word.ToLowerInvariant(span[at..]);
                span[at + word.Length] = ' ';
                return at + word.Length + 1;
            }
        }

        private struct HintEntry(HtmlElement element)
        {
            public readonly HtmlElement Element = element;
            public string? Own;
            public string? Hints;
            public string? NearHints;
        }
    }

    /// <summary>
    /// The hint strings of the page being read, one instance per distinct value, and a scratch buffer to build them in.
    /// Sibling blocks (the items of a menu, the paragraphs of an article) have equal hints, so a page has few distinct ones:
    /// a copy per holding element was a third of the reader's allocations on a large page. One per thread, cleared per page.
    /// </summary>
    private sealed class HintStrings : IScratch
    {
        private readonly Dictionary<string, string> _table = new(StringComparer.Ordinal);
        private readonly Dictionary<Derivation, (string Hints, string NearHints)> _derived = new(DerivationComparer.Instance);
        private char[] _buffer = new char[256];

        /// <summary>A scratch span of <paramref name="length"/> characters, valid until the next call.</summary>
        public Span<char> Buffer(int length)
        {
            if (_buffer.Length < length)
            {
                _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            }

            return _buffer.AsSpan(0, length);
        }

        /// <summary>The page's instance of the string <paramref name="chars"/> spells (made on first use).</summary>
        public string Intern(ReadOnlySpan<char> chars)
        {
            var lookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(chars, out var value))
            {
                value = chars.ToString();
                _table[value] = value;
            }

            return value;
        }

        /// <summary>
        /// The hints of an element with the own words <paramref name="own"/> under a parent with the hints
        /// <paramref name="parentHints"/>, of which it keeps <paramref name="kept"/> characters, and its near hints (its
        /// own words and the parent's, <paramref name="parentOwnLength"/> long). Made once per page for each such
        /// combination: the items of a list, and everything inside each, repeat the same ones.
        /// </summary>
        public (string Hints, string NearHints) Derive(string own, string parentHints, int kept, int parentOwnLength)
        {
            var key = new Derivation(own, parentHints, kept, parentOwnLength);
            if (_derived.TryGetValue(key, out var made))
            {
                return made;
            }

            var chars = Buffer(own.Length + kept);
            own.CopyTo(chars);
            parentHints.AsSpan(0, kept).CopyTo(chars[own.Length..]);
            var hints = Intern(chars);
            made = (hints, Intern(hints.AsSpan(0, own.Length + parentOwnLength)));
            _derived[key] = made;
            return made;
        }

        public bool Reset()
        {
            _derived.Clear();
            _table.Clear();
            if (_buffer.Length > 4096)
            {
                _buffer = new char[256];
            }

            return true;
        }
    }

    // The strings are the page's interned instances: equal words, same string, so they compare by reference.
    private readonly record struct Derivation(string Own, string ParentHints, int Kept, int ParentOwnLength);

    private sealed class DerivationComparer : IEqualityComparer<Derivation>
    {
        public static readonly DerivationComparer Instance = new();

        public bool Equals(Derivation x, Derivation y) =>
            ReferenceEquals(x.Own, y.Own) && ReferenceEquals(x.ParentHints, y.ParentHints) && x.Kept == y.Kept && x.ParentOwnLength == y.ParentOwnLength;

        public int GetHashCode(Derivation d) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(d.Own), RuntimeHelpers.GetHashCode(d.ParentHints), d.Kept, d.ParentOwnLength);
    }
}