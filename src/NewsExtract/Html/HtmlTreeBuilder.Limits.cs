using NewsExtract.Blocks;

namespace NewsExtract.Html;

/// <summary>What a parse made, counted as it was built: the limits' own evidence of how far the tree grew.</summary>
/// <param name="Nodes">Elements and text nodes created.</param>
/// <param name="Copies">Elements copied by reconstruction and the adoption agency (the only nodes no tag of the page wrote).</param>
/// <param name="StoppedAtNodeLimit">Construction stopped at the node limit; the rest of the page was not read.</param>
/// <param name="CopyBudgetSpent">The copy budget ran out: formatting was no longer reopened or copied around blocks.</param>
/// <param name="NodeLimit">The node limit the parse had: the caller's, or the page's share if that is lower.</param>
/// <param name="CopyBudget">The copies the page was allowed.</param>
internal readonly record struct HtmlParseCounters(int Nodes, int Copies, bool StoppedAtNodeLimit, bool CopyBudgetSpent, int NodeLimit = 0, int CopyBudget = 0);

/// <summary>
/// The bounds that keep construction linear and its tree a bounded multiple of the page on hostile markup: nesting past
/// the depth limit read flat, node creation stopped at the node limit, and a budget for the elements reconstruction and
/// the adoption agency copy.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>
    /// The stack depth past which start tags are read flat when the caller names none. Browsers cap nesting here too:
    /// Blink and WebKit at 512 (<c>kMaximumHTMLParserDOMTreeDepth</c>, <c>maximumHTMLParserDOMTreeDepth</c>), attaching
    /// deeper elements to the element at the cap. The pipeline passes its own: <see cref="ExtractionLimits.MaxDepth"/>
    /// plus a few levels for html, body and wrappers, which by default is this value.
    /// </summary>
    public const int DefaultMaxDepth = 528;

    // The copies every page may make, and the further share of the page's length: one copy per CopyShare characters.
    // A copy is an element no tag of the page wrote (about 80 bytes); the budget keeps them a bounded multiple of the
    // page (at most 80 / CopyShare bytes per character) where `<p><b>…×64` and then a million `<p>x` would make 64 per
    // paragraph. Browsers have no such bound (the Noah's Ark clause stops only identical entries), so it is set far
    // above what pages use: the corpus's most is 7 copies on a page (of 40 KB).
    private const int BaseCopies = 4096;
    private const int CopyShare = 64;

    // The nodes every page may make, and the further share of its length: one node per NodeShare characters. A node
    // costs 56 (text) to 80 (element) bytes, so the tree stays within about 5 bytes per character of the page whatever
    // ExtractionLimits.MaxNodes allows. Pages are far from it: the corpus has 23 or more characters per node, and only
    // markup with fewer than 16 per node, past the floor, reaches it.
    private const int BaseNodes = 65_536;
    private const int NodeShare = 16;

    // How far an end tag looks among the tags ignored past the depth limit for the one it closes.
    private const int IgnoredSearch = 16;

    private readonly int _maxDepth;
    private readonly int _maxNodes;
    private readonly int _cloneBudget;
    private readonly List<string> _ignoredPastLimit = [];
    private int _nodes;
    private int _clones;
    private bool _stopped;
    private bool _stoppedAtNodeLimit;
    private bool _cloneBudgetSpent;
    private bool _capped;

    // > 0 while skipping the content of an element past the depth limit that would hide it anyway.
    private int _dropDepth;

    // A tag read flat past the depth limit stands for a space: kept pending, it goes in front of the text that follows
    // (one node, not two), or becomes a node of its own before an element is inserted or the stack changes.
    private bool _flatSpace;

    private static int CloneBudgetFor(int length) => BaseCopies + length / CopyShare;

    private static int NodeLimitFor(int length, int maxNodes) => (int)Math.Min(maxNodes, BaseNodes + (long)length / NodeShare);

    // Counts a node about to be created; at the limit construction stops (the rest of the page is not read).
    private void CountNode()
    {
        if (++_nodes >= _maxNodes)
        {
            _stopped = true;
            _stoppedAtNodeLimit = true;
        }
    }

    // Takes one copy from the budget; false (and nothing taken) when it is spent.
    private bool SpendClone()
    {
        if (_clones >= _cloneBudget)
        {
            _cloneBudgetSpent = true;
            return false;
        }

        _clones++;
        return true;
    }

    // Past the depth limit a start tag that would nest deeper is read as a space, and an element that hides its content is
    // dropped with it. True when the tag was handled here.
    private bool StartPastDepthLimit(StartTag tag)
    {
        var raw = RawKindOf(tag.Name);
        var isVoid = (HtmlNames.CategoryOf(tag.Name) & ElementCategory.Void) != 0;
        if (_dropDepth > 0)
        {
            if (raw is { } dropped)
            {
                _tokens.ReadRawText(tag.Name, dropped);
            }
            else if (!isVoid && !tag.SelfClosing)
            {
                _dropDepth++;
            }

            return true;
        }

        if (_open.Count < _maxDepth || raw is not null || isVoid)
        {
            return false;
        }

        _capped = true;
        if (ElementKinds.IsSkipped(tag.Name) || ElementKinds.HidesContent(new HtmlElement(tag.Name, tag.Attributes)))
        {
            _dropDepth = 1;
            return true;
        }

        _ignoredPastLimit.Add(tag.Name);
        _flatSpace = true;
        return true;
    }

    // An end tag inside a dropped element, or for a tag ignored past the depth limit (read as a space too).
    private bool EndPastDepthLimit(string name)
    {
        if (_dropDepth > 0)
        {
            _dropDepth -= (HtmlNames.CategoryOf(name) & ElementCategory.Void) != 0 ? 0 : 1;
            return true;
        }

        var last = _ignoredPastLimit.Count - 1;
        for (var i = last; i >= Math.Max(0, last - IgnoredSearch); i--)
        {
            if (_ignoredPastLimit[i] == name)
            {
                _ignoredPastLimit.RemoveRange(i, _ignoredPastLimit.Count - i);
                _flatSpace = true;
                return true;
            }
        }

        return false;
    }

    // The pending space of flat tags, as a node of its own: something other than text comes next.
    private void FlushFlatSpace()
    {
        if (_flatSpace)
        {
            _flatSpace = false;
            InsertText(" ".AsMemory());
        }
    }

    private static RawTextKind? RawKindOf(string name) => name switch
    {
        "script" => RawTextKind.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => RawTextKind.RawText,
        "title" or "textarea" => RawTextKind.RcData,
        "plaintext" => RawTextKind.PlainText,
        _ => null,
    };
}
