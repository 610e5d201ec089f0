namespace NewsExtract.Html;

/// <summary>The tree-construction insertion modes of the HTML standard (the "in select" modes left it in 2025).</summary>
internal enum InsertionMode : byte
{
    Initial,
    BeforeHtml,
    BeforeHead,
    InHead,
    InHeadNoscript,
    AfterHead,
    InBody,
    InTable,
    InTableText,
    InCaption,
    InColumnGroup,
    InTableBody,
    InRow,
    InCell,
    InTemplate,
    AfterBody,
    InFrameset,
    AfterFrameset,
    AfterAfterBody,
    AfterAfterFrameset,
}

/// <summary>
/// A start tag token: its lower-cased name, its attributes (the first of a duplicated name) and the self-closing flag,
/// with the categories of the name as an HTML element.
/// </summary>
internal readonly record struct StartTag(string Name, HtmlAttribute[] Attributes, bool SelfClosing, ElementCategory Category)
{
    public StartTag(string name, HtmlAttribute[] attributes, bool selfClosing)
        : this(name, attributes, selfClosing, HtmlNames.CategoryOf(name))
    {
    }
}

/// <summary>
/// Builds the tree from <see cref="HtmlTokenizer"/>'s tokens with the HTML standard's tree-construction algorithm
/// (scripting off, whole documents): the insertion modes, the stack of open elements and its scopes, the list of
/// active formatting elements (reconstruction, the adoption agency, the Noah's Ark clause), foster parenting, templates,
/// framesets, and svg and MathML content with its integration points. The tree is the light one of
/// <see cref="HtmlElement"/> and <see cref="HtmlText"/>: no comments, no doctype, a template's contents held by the
/// template itself, adjacent text left in separate nodes.
/// <para>
/// Bounded on hostile input (see <c>HtmlTreeBuilder.Limits.cs</c>): nesting past <c>maxDepth</c> is read flat, node
/// creation stops at <c>maxNodes</c>, the list of active formatting elements keeps <see cref="MaxFormatting"/> entries
/// after its last marker, and the elements copied by reconstruction and the adoption agency are held to a budget
/// proportional to the page.
/// </para>
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private readonly HtmlTokenizer _tokens;
    private readonly List<HtmlElement> _open = [];

    // The list of active formatting elements; null entries are markers.
    private readonly List<HtmlElement?> _formatting = [];
    private readonly List<InsertionMode> _templateModes = [];
    private readonly List<ReadOnlyMemory<char>> _pendingTableText = [];

    private InsertionMode _mode = InsertionMode.Initial;
    private InsertionMode _originalMode;
    private HtmlElement? _html;
    private HtmlElement? _head;
    private HtmlElement? _form;
    private bool _framesetOk = true;
    private bool _quirks;
    private bool _fosterParenting;
    private bool _pendingTableTextHasNonSpace;
    private bool _skipNewline;

    public HtmlTreeBuilder(string html, int maxDepth = DefaultMaxDepth, int maxNodes = int.MaxValue, bool composeReferences = false)
    {
        _tokens = new HtmlTokenizer(html) { ComposeReferences = composeReferences };
        _maxDepth = maxDepth;
        _maxNodes = NodeLimitFor(_tokens.Source.Length, maxNodes);
        _cloneBudget = CloneBudgetFor(_tokens.Source.Length);
    }

    private HtmlElement Current => _open[^1];

    public HtmlDocument Build()
    {
        while (!_stopped)
        {
            _tokens.AllowCData = _open.Count > 0 && Current.IsForeign;
            var kind = _tokens.Next();
            var skipNewline = _skipNewline;
            _skipNewline = false;

            switch (kind)
            {
                case HtmlTokenKind.Text:
                    var text = _tokens.Text;
                    if (skipNewline && text.Span[0] == '\n')
                    {
                        text = text[1..];
                    }

                    if (!text.IsEmpty)
                    {
                        ProcessText(text);
                    }

                    break;
                case HtmlTokenKind.StartTag:
                    ProcessStartTag(new StartTag(_tokens.Name, _tokens.Attributes.Count == 0 ? [] : [.. _tokens.Attributes], _tokens.SelfClosing, _tokens.NameCategory));
                    break;
                case HtmlTokenKind.EndTag:
                    ProcessEndTag(_tokens.Name);
                    break;
                case HtmlTokenKind.Comment:
                    ProcessComment();
                    break;
                case HtmlTokenKind.Doctype:
                    ProcessDoctype();
                    break;
                default:
                    FlushFlatSpace();
                    if (!_stopped)
                    {
                        EndOfFileIn(_mode);
                    }

                    // Stopping parsing pops everything, which matters only to what popping an option does.
                    if (_selectedContentSeen && !_stoppedAtNodeLimit)
                    {
                        PopTo(0);
                    }

                    _stopped = true;
                    break;
            }
        }

        return Finish();
    }

    // The document as it stands, with the html, head and body every consumer relies on (only missing when node creation
    // stopped early). A frameset page's body is its frameset, as document.body is in a browser.
    private HtmlDocument Finish()
    {
        _html ??= NewRoot([]);
        if (_head is null)
        {
            _head = Create("head", []);
            _html.InsertBefore(_head, _html.FirstChild);
        }

        HtmlElement? body = null;
        for (var child = _html.FirstChild; child is not null && body is null; child = child.NextSibling)
        {
            body = child is HtmlElement { Name: "body" or "frameset", IsForeign: false } e ? e : null;
        }

        if (body is null)
        {
            body = Create("body", []);
            _html.AppendChild(body);
        }

        return new HtmlDocument(_html, _head, body, _quirks, _capped, new HtmlParseCounters(_nodes, _clones, _stoppedAtNodeLimit, _cloneBudgetSpent, _maxNodes, _cloneBudget));
    }

    // The tree construction dispatcher: whether a token goes to svg and MathML content's rules rather than the mode's.
    // (Only start tags, end tags and text ask: the end of the page, comments and doctypes never need those rules here.)
    private bool InForeignContent(HtmlTokenKind token, string? name)
    {
        if (_open.Count == 0)
        {
            return false;
        }

        var node = Current;
        if (!node.IsForeign)
        {
            return false;
        }

        var category = node.Category;
        var startTag = token == HtmlTokenKind.StartTag;
        if ((category & ElementCategory.MathTextIntegrationPoint) != 0 && (token == HtmlTokenKind.Text || (startTag && name is not ("mglyph" or "malignmark"))))
        {
            return false;
        }

        if (startTag && name == "svg" && node.Namespace == ElementNamespace.MathMl && node.Name == "annotation-xml")
        {
            return false;
        }

        return (category & ElementCategory.HtmlIntegrationPoint) == 0 || token == HtmlTokenKind.EndTag;
    }

    private void ProcessText(ReadOnlyMemory<char> text)
    {
        if (_dropDepth > 0)
        {
            return;
        }

        if (InForeignContent(HtmlTokenKind.Text, null))
        {
            ForeignText(text);
        }
        else
        {
            TextIn(_mode, text);
        }
    }

    private void ProcessStartTag(StartTag tag)
    {
        if (_ignoredPastLimit.Count + _dropDepth > 0 || _open.Count >= _maxDepth)
        {
            if (StartPastDepthLimit(tag))
            {
                return;
            }
        }

        if (InForeignContent(HtmlTokenKind.StartTag, tag.Name))
        {
            ForeignStartTag(tag);
        }
        else
        {
            StartTagIn(_mode, tag);
        }
    }

    private void ProcessEndTag(string name)
    {
        if (_ignoredPastLimit.Count + _dropDepth > 0 && EndPastDepthLimit(name))
        {
            return;
        }

        if (InForeignContent(HtmlTokenKind.EndTag, name))
        {
            ForeignEndTag(name);
        }
        else
        {
            EndTagIn(_mode, name);
        }
    }

    // Comments are not kept; one still ends the pending text of a table and is a token for "the next token is a line feed".
    private void ProcessComment()
    {
        if (_mode == InsertionMode.InTableText)
        {
            FlushTableText();
        }
    }

    private void ProcessDoctype()
    {
        switch (_mode)
        {
            case InsertionMode.Initial:
                _quirks = _tokens.DoctypeMeansQuirks;
                _mode = InsertionMode.BeforeHtml;
                break;
            case InsertionMode.InTableText:
                FlushTableText();
                break;
        }
    }

    // Text before the body: white space is kept or dropped by the mode, the first other character moves on to the body.
    private void TextIn(InsertionMode mode, ReadOnlyMemory<char> text)
    {
        switch (mode)
        {
            case InsertionMode.Initial:
            case InsertionMode.BeforeHtml:
            case InsertionMode.BeforeHead:
                text = text[LeadingWhiteSpace(text.Span)..];
                if (!text.IsEmpty)
                {
                    AnythingElseBeforeHead(mode);
                    TextIn(_mode, text);
                }

                return;
            case InsertionMode.InHead:
            case InsertionMode.InHeadNoscript:
            case InsertionMode.AfterHead:
            {
                var space = LeadingWhiteSpace(text.Span);
                if (space > 0)
                {
                    InsertText(text[..space]);
                }

                if (space < text.Length)
                {
                    AnythingElseInHead(mode);
                    TextIn(_mode, text[space..]);
                }

                return;
            }

            case InsertionMode.InBody:
            case InsertionMode.InCaption:
            case InsertionMode.InCell:
            case InsertionMode.InTemplate:
                BodyText(text);
                return;
            case InsertionMode.InTable:
            case InsertionMode.InTableBody:
            case InsertionMode.InRow:
                if (Current is { IsForeign: false, Name: "table" or "tbody" or "template" or "tfoot" or "thead" or "tr" })
                {
                    _pendingTableText.Clear();
                    _pendingTableTextHasNonSpace = false;
                    _originalMode = mode;
                    _mode = InsertionMode.InTableText;
                    TextIn(_mode, text);
                }
                else
                {
                    FosterParentedText(text);
                }

                return;
            case InsertionMode.InTableText:
                var kept = WithoutNul(text);
                if (!kept.IsEmpty)
                {
                    _pendingTableText.Add(kept);
                    _pendingTableTextHasNonSpace |= LeadingWhiteSpace(kept.Span) < kept.Length;
                }

                return;
            case InsertionMode.InColumnGroup:
            {
                var space = LeadingWhiteSpace(text.Span);
                if (space > 0)
                {
                    InsertText(text[..space]);
                }

                if (space < text.Length && Current.Name == "colgroup")
                {
                    Pop();
                    _mode = InsertionMode.InTable;
                    TextIn(_mode, text[space..]);
                }

                return;
            }

            case InsertionMode.AfterBody:
            case InsertionMode.AfterAfterBody:
            {
                var space = LeadingWhiteSpace(text.Span);
                BodyText(text[..space]);
                if (space < text.Length)
                {
                    _mode = InsertionMode.InBody;
                    BodyText(text[space..]);
                }

                return;
            }

            case InsertionMode.InFrameset:
            case InsertionMode.AfterFrameset:
                InsertText(OnlyWhiteSpace(text));
                return;
            case InsertionMode.AfterAfterFrameset:
                BodyText(OnlyWhiteSpace(text));
                return;
        }
    }

    // "In body" characters: U+0000 dropped, the formatting reopened, the text inserted.
    private void BodyText(ReadOnlyMemory<char> text)
    {
        text = WithoutNul(text);
        if (text.IsEmpty)
        {
            return;
        }

        ReconstructFormatting();
        InsertText(text);
        if (_framesetOk && LeadingWhiteSpace(text.Span) < text.Length)
        {
            _framesetOk = false;
        }
    }

    // The pending text of a table: inserted where it stands when it is all white space, else moved before the table.
    private void FlushTableText()
    {
        _mode = _originalMode;
        if (_pendingTableTextHasNonSpace)
        {
            foreach (var text in _pendingTableText)
            {
                FosterParentedText(text);
            }
        }
        else
        {
            foreach (var text in _pendingTableText)
            {
                InsertText(text);
            }
        }

        _pendingTableText.Clear();
        _pendingTableTextHasNonSpace = false;
    }

    // Text that may not stand in a table: with the formatting around it, moved before the table.
    private void FosterParentedText(ReadOnlyMemory<char> text)
    {
        _fosterParenting = true;
        BodyText(text);
        _fosterParenting = false;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> text)
    {
        var other = text.IndexOfAnyExcept(HtmlNames.AsciiWhiteSpace);
        return other < 0 ? text.Length : other;
    }

    private static ReadOnlyMemory<char> WithoutNul(ReadOnlyMemory<char> text) =>
        text.Span.Contains('\0') ? text.ToString().Replace("\0", "", StringComparison.Ordinal).AsMemory() : text;

    private static ReadOnlyMemory<char> OnlyWhiteSpace(ReadOnlyMemory<char> text)
    {
        if (LeadingWhiteSpace(text.Span) == text.Length)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder();
        foreach (var c in text.Span)
        {
            if (HtmlNames.IsAsciiWhiteSpace(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().AsMemory();
    }
}
