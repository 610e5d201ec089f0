using NewsExtract.Blocks;

namespace NewsExtract.Html;

/// <summary>
/// Builds the tree from <see cref="HtmlTokenizer"/>'s tokens with the HTML standard's tree-construction rules for what
/// decides which text sits in which element: implied <c>html</c>/<c>head</c>/<c>body</c>; head content; paragraphs,
/// list items, headings and buttons closed by what may not nest in them; implied table sections, rows and cells and
/// content foster-parented out of tables; end tags that only close what is in scope; <c>svg</c>/<c>math</c> subtrees;
/// formatting elements reopened after an implied end tag and moved out of by the adoption agency (which decides what is
/// link text). Every search of the stack of open elements is bounded by the depth limit, and the list of formatting
/// elements by <see cref="MaxFormatting"/>, so hostile markup stays linear.
/// </summary>
internal sealed class HtmlTreeBuilder(string html, int maxDepth)
{
    /// <summary>The stack depth past which start tags are read flat (browsers cap nesting near here too: Chromium at 512).</summary>
    public const int DefaultMaxDepth = 528;

    // How far an end tag looks among the tags ignored past the depth limit for the one it closes.
    private const int IgnoredSearch = 16;

    // How many formatting elements the list keeps after its last marker: enough for any page, and a bound on the work
    // of reopening them when hostile markup leaves thousands unclosed.
    private const int MaxFormatting = 64;

    private static readonly HashSet<string> ButtonScope = ["button"];
    private static readonly HashSet<string> ListItemScope = ["ol", "ul"];
    private static readonly HashSet<string> NoExtraScope = [];

    private readonly HtmlTokenizer _tokens = new(html);
    private readonly List<HtmlElement> _open = [];
    private readonly List<string> _ignoredPastLimit = [];

    // The list of active formatting elements: those opened and not yet closed by their own end tag, with the cell,
    // caption, applet, object, marquee or template holding them as a marker that none is reopened across.
    private readonly List<HtmlElement> _formatting = [];
    private readonly HtmlElement _html = new("html", []);
    private HtmlElement? _head;
    private HtmlElement? _headNoscript;

    // A <template> in the head, while open: what it holds stays in it rather than starting the body.
    private HtmlElement? _headTemplate;
    private HtmlElement? _body;

    // The open form, as the standard's form element pointer: set by <form>, cleared only by </form>.
    private HtmlElement? _form;
    private bool _quirks = true;
    private bool _started;
    private bool _capped;

    // > 0 while skipping the content of an element past the depth limit that would hide it anyway.
    private int _dropDepth;

    private HtmlElement Current => _open[^1];

    public HtmlDocument Build()
    {
        _open.Add(_html);
        while (_tokens.Next() is var kind && kind != HtmlTokenKind.EndOfFile)
        {
            switch (kind)
            {
                case HtmlTokenKind.Doctype:
                    _quirks = _started ? _quirks : _tokens.DoctypeMeansQuirks;
                    break;
                case HtmlTokenKind.Text:
                    OnText(_tokens.Text);
                    break;
                case HtmlTokenKind.StartTag:
                    _started = true;
                    OnStartTag(_tokens.Name, _tokens.Attributes.Count == 0 ? [] : [.. _tokens.Attributes], _tokens.SelfClosing);
                    break;
                case HtmlTokenKind.EndTag:
                    _started = true;
                    OnEndTag(_tokens.Name);
                    break;
            }
        }

        EnsureBody();
        return new HtmlDocument(_html, _head!, _body!, _quirks, _capped);
    }

    private void OnText(ReadOnlyMemory<char> text)
    {
        if (_dropDepth > 0)
        {
            return;
        }

        if (_body is null && _headTemplate is null)
        {
            // Before the body, white space belongs to the head; the first other character starts the body.
            var start = text.Span.IndexOfAnyExcept(" \t\n\f\r");
            if (start < 0)
            {
                return;
            }

            _started = true;
            EnsureBody();
            text = text[start..];
        }

        // White space between table rows stays in the table; any other text reopens the formatting around it.
        if (!Current.IsForeign && !(IsTableContext(Current) && IsWhiteSpace(text.Span)))
        {
            ReconstructFormatting();
        }

        InsertText(text);
    }

    private void OnStartTag(string name, HtmlAttribute[] attributes, bool selfClosing)
    {
        var raw = RawKindOf(name);
        if (_dropDepth > 0)
        {
            if (raw is { } dropped)
            {
                _tokens.ReadRawText(name, dropped);
            }
            else if (!HtmlNames.Void.Contains(name))
            {
                _dropDepth++;
            }

            return;
        }

        if (_body is null && !StartInHead(name, attributes, raw))
        {
            return;
        }

        if (_open.Count >= maxDepth && raw is null && !HtmlNames.Void.Contains(name))
        {
            SkipPastLimit(name, attributes);
            return;
        }

        if (Current.IsForeign)
        {
            if (!BreaksOutOfForeign(name, attributes))
            {
                var foreign = new HtmlElement(name, attributes, isForeign: true);
                Insert(foreign);
                if (raw is { } foreignRaw && !selfClosing)
                {
                    AppendRaw(foreign, name, foreignRaw);
                }
                else if (!selfClosing)
                {
                    Push(foreign);
                }

                return;
            }

            while (Current.IsForeign)
            {
                Pop();
            }
        }

        if (IsTableStructure(name) && !StartTableStructure(name, attributes))
        {
            return;
        }

        StartInBody(name, attributes, selfClosing, raw);
    }

    // The head's share of the rules; false when the tag was handled there.
    private bool StartInHead(string name, HtmlAttribute[] attributes, RawTextKind? raw)
    {
        if (_headTemplate is not null)
        {
            // Inside a head template any content is built as in the body, except what only the page itself may hold.
            return name is not ("html" or "head" or "body" or "frameset");
        }

        if (name == "html")
        {
            _html.MergeAttributes(attributes);
            return false;
        }

        if (name == "head")
        {
            EnsureHead();
            return false;
        }

        if (_headNoscript is not null)
        {
            if (name is "link" or "meta" or "style" or "noframes" or "basefont" or "bgsound")
            {
                AppendHeadContent(_headNoscript, name, attributes, raw);
                return false;
            }

            PopThrough(_headNoscript);
            _headNoscript = null;
        }

        if (HtmlNames.HeadContent.Contains(name) || (name == "noscript" && _body is null))
        {
            var head = EnsureHead();
            if (name == "noscript")
            {
                _headNoscript = new HtmlElement(name, attributes);
                head.AppendChild(_headNoscript);
                _open.Add(_headNoscript);
            }
            else
            {
                AppendHeadContent(head, name, attributes, raw);
                _headTemplate = name == "template" ? Current : null;
            }

            return false;
        }

        if (name == "body")
        {
            EnsureHead();
            OpenBody(attributes);
            return false;
        }

        EnsureBody();
        return true;
    }

    private void AppendHeadContent(HtmlElement parent, string name, HtmlAttribute[] attributes, RawTextKind? raw)
    {
        var element = new HtmlElement(name, attributes);
        parent.AppendChild(element);
        if (raw is { } kind)
        {
            AppendRaw(element, name, kind);
        }
        else if (!HtmlNames.Void.Contains(name))
        {
            _open.Add(element);
        }
    }

    // caption, colgroup, col, tbody, thead, tfoot, tr, td, th: false when ignored or fully handled.
    private bool StartTableStructure(string name, HtmlAttribute[] attributes)
    {
        if (!InScope("table", NoExtraScope, tableScope: true))
        {
            return false;
        }

        // A new cell, row or section closes the open cell (and a caption).
        if (InCell(out var cell))
        {
            GenerateImpliedEndTags(null);
            PopThrough(cell);
        }

        switch (name)
        {
            case "caption" or "colgroup" or "tbody" or "thead" or "tfoot":
                ClearStackTo("table");
                AppendAndPush(new HtmlElement(name, attributes));
                AddMarker(name);
                return false;
            case "col":
                ClearStackTo("table");
                Current.AppendChild(new HtmlElement(name, attributes));
                return false;
            case "tr":
                ClearStackTo("table", "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    AppendAndPush(new HtmlElement("tbody", []));
                }

                AppendAndPush(new HtmlElement(name, attributes));
                return false;
            default:
                ClearStackTo("table", "tbody", "thead", "tfoot", "tr");
                if (Current.Name == "table")
                {
                    AppendAndPush(new HtmlElement("tbody", []));
                }

                if (Current.Name != "tr")
                {
                    AppendAndPush(new HtmlElement("tr", []));
                }

                AppendAndPush(new HtmlElement(name, attributes));
                AddMarker(name);
                return false;
        }
    }

    private void StartInBody(string name, HtmlAttribute[] attributes, bool selfClosing, RawTextKind? raw)
    {
        switch (name)
        {
            case "html":
                _html.MergeAttributes(attributes);
                return;
            case "body":
                _body!.MergeAttributes(attributes);
                return;
            case "head" or "frame":
                return;
            case "image":
                name = "img";
                break;
        }

        if (raw is { } kind)
        {
            if (name is "xmp" or "plaintext")
            {
                ClosePInButtonScope();
            }

            if (name == "xmp")
            {
                ReconstructFormatting();
            }

            var element = new HtmlElement(name, attributes);
            // Scripts and styles stay where they are written, even inside a table; other raw text is moved out of it.
            if (name is "script" or "style")
            {
                Current.AppendChild(element);
            }
            else
            {
                Insert(element);
            }

            AppendRaw(element, name, kind);
            return;
        }

        if (HtmlNames.ClosesParagraph.Contains(name))
        {
            if (name == "form" && !StartForm(attributes))
            {
                return;
            }

            ClosePInButtonScope();
            if (HtmlNames.IsHeading(name) && HtmlNames.IsHeading(Current.Name))
            {
                Pop();
            }

            if (name == "hr")
            {
                Insert(new HtmlElement(name, attributes));
                return;
            }

            var block = new HtmlElement(name, attributes);
            InsertAndPush(block);
            _form = name == "form" ? block : _form;
            _tokens.SkipNextNewline = name is "pre" or "listing";
            return;
        }

        // List items and tables start where the formatting was closed; everything else reopens it first.
        var reconstruct = true;
        switch (name)
        {
            case "li":
                CloseListItem(static n => n == "li");
                reconstruct = false;
                break;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                reconstruct = false;
                break;
            case "button":
                if (InScope("button", NoExtraScope))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil("button");
                }

                break;
            case "a":
                CloseOpenLink();
                break;
            case "nobr":
                ReconstructFormatting();
                if (InScope("nobr", NoExtraScope))
                {
                    CloseFormatting("nobr");
                }

                break;
            case "table":
                if (!StartTable())
                {
                    return;
                }

                reconstruct = false;
                break;
            case "option" or "optgroup":
                if (Current.Name == "option")
                {
                    Pop();
                }

                break;
            case "input" when Current.Name is "table" or "tbody" or "thead" or "tfoot" or "tr"
                && string.Equals(GetValue(attributes, "type"), "hidden", StringComparison.OrdinalIgnoreCase):
                Current.AppendChild(new HtmlElement(name, attributes));
                return;
            case "svg" or "math":
                ReconstructFormatting();
                var foreign = new HtmlElement(name, attributes, isForeign: true);
                Insert(foreign);
                if (!selfClosing)
                {
                    Push(foreign);
                }

                return;
        }

        if (reconstruct)
        {
            ReconstructFormatting();
        }

        var created = new HtmlElement(name, attributes);
        if (HtmlNames.Void.Contains(name))
        {
            Insert(created);
        }
        else
        {
            InsertAndPush(created);
            AddFormatting(created);
            AddMarker(name);
        }
    }

    // A table start tag met among another table's rows ends that table (the page forgot its </table>): the new table
    // follows it rather than being moved before it. False when the tag is ignored.
    private bool StartTable()
    {
        if (AmongTableRows())
        {
            if (!InScope("table", NoExtraScope, tableScope: true))
            {
                return false;
            }

            PopUntil("table");
        }

        if (!_quirks)
        {
            ClosePInButtonScope();
        }

        return true;
    }

    // Whether a <form> start tag makes an element: not while another form is open (its end tag not yet seen). Between a
    // table's rows the form is put in the table and closed at once, so what follows is not held in it.
    private bool StartForm(HtmlAttribute[] attributes)
    {
        if (_form is not null)
        {
            return false;
        }

        if (!AmongTableRows())
        {
            return true;
        }

        _form = new HtmlElement("form", attributes);
        Current.AppendChild(_form);
        return false;
    }

    // A new <a> first closes a link still listed as open: links do not nest.
    private void CloseOpenLink()
    {
        var entry = LastFormatting("a");
        if (entry < 0)
        {
            return;
        }

        var link = _formatting[entry];
        CloseFormatting("a");
        _formatting.Remove(link);
        var open = _open.LastIndexOf(link);
        if (open > 0)
        {
            _open.RemoveAt(open);
        }
    }

    private void OnEndTag(string name)
    {
        if (_dropDepth > 0)
        {
            _dropDepth -= HtmlNames.Void.Contains(name) ? 0 : 1;
            return;
        }

        if (_ignoredPastLimit.Count > 0 && CloseIgnored(name))
        {
            return;
        }

        if (_headTemplate is not null && name == "template" && _open[LastOpen("template")] == _headTemplate)
        {
            PopThrough(_headTemplate);
            _headTemplate = null;
            return;
        }

        if (_body is null && _headTemplate is null)
        {
            switch (name)
            {
                case "head":
                    EnsureHead();
                    PopThrough(_head!);
                    _headNoscript = null;
                    return;
                case "noscript" when _headNoscript is not null:
                    PopThrough(_headNoscript);
                    _headNoscript = null;
                    return;
                case "body" or "html" or "br":
                    EnsureBody();
                    break;
                default:
                    return;
            }
        }

        if (Current.IsForeign && CloseForeign(name))
        {
            return;
        }

        // </p> and </br> end svg or math left open (an icon missing its </svg>), then act as in HTML.
        while (Current.IsForeign && name is "p" or "br")
        {
            Pop();
        }

        switch (name)
        {
            case "body" or "html":
                return;
            case "p":
                if (!InScope("p", ButtonScope))
                {
                    // A stray </p> makes an empty paragraph, which still ends the text before it.
                    Insert(new HtmlElement("p", []));
                    return;
                }

                GenerateImpliedEndTags("p");
                PopUntil("p");
                return;
            case "li":
                CloseInScope(name, ListItemScope);
                return;
            case "dd" or "dt":
                CloseInScope(name, NoExtraScope);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                CloseHeading();
                return;
            case "br":
                ReconstructFormatting();
                Insert(new HtmlElement("br", []));
                return;
            case "form":
                CloseForm();
                return;
            case "table" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th" or "caption":
                if (InScope(name, NoExtraScope, tableScope: true))
                {
                    GenerateImpliedEndTags(null);
                    PopUntil(name);
                }

                return;
        }

        if (HtmlNames.ScopedBlocks.Contains(name) || name is "template" or "select")
        {
            CloseInScope(name, NoExtraScope);
        }
        else if (HtmlNames.Formatting.Contains(name))
        {
            CloseFormatting(name);
        }
        else
        {
            CloseAnyOther(name);
        }
    }

    // Past the depth limit a start tag is read as a space, and an element that hides its content is dropped with it.
    private void SkipPastLimit(string name, HtmlAttribute[] attributes)
    {
        _capped = true;
        if (ElementKinds.IsSkipped(name) || ElementKinds.HidesContent(new HtmlElement(name, attributes)))
        {
            _dropDepth = 1;
            return;
        }

        _ignoredPastLimit.Add(name);
        InsertText(" ".AsMemory());
    }

    // An end tag for a tag ignored past the depth limit is read as a space too.
    private bool CloseIgnored(string name)
    {
        var last = _ignoredPastLimit.Count - 1;
        for (var i = last; i >= Math.Max(0, last - IgnoredSearch); i--)
        {
            if (_ignoredPastLimit[i] == name)
            {
                _ignoredPastLimit.RemoveRange(i, _ignoredPastLimit.Count - i);
                InsertText(" ".AsMemory());
                return true;
            }
        }

        return false;
    }

    private bool CloseForeign(string name)
    {
        for (var i = _open.Count - 1; i > 0 && _open[i].IsForeign; i--)
        {
            if (string.Equals(_open[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                PopFrom(i);
                return true;
            }
        }

        return false;
    }

    private static bool BreaksOutOfForeign(string name, HtmlAttribute[] attributes) =>
        HtmlNames.BreaksOutOfForeign.Contains(name)
        || (name == "font" && (GetValue(attributes, "color") ?? GetValue(attributes, "face") ?? GetValue(attributes, "size")) is not null);

    private static bool IsTableStructure(string name) =>
        name is "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th";

    private static RawTextKind? RawKindOf(string name) => name switch
    {
        "script" => RawTextKind.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => RawTextKind.RawText,
        "title" or "textarea" => RawTextKind.RcData,
        "plaintext" => RawTextKind.PlainText,
        _ => null,
    };

    private static string? GetValue(HtmlAttribute[] attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    private void AppendRaw(HtmlElement element, string name, RawTextKind kind)
    {
        var text = _tokens.ReadRawText(name, kind);
        if (!text.IsEmpty)
        {
            element.AppendChild(new HtmlText(text));
        }
    }

    private HtmlElement EnsureHead()
    {
        if (_head is null)
        {
            _head = new HtmlElement("head", []);
            _html.AppendChild(_head);
            _open.Add(_head);
        }

        return _head;
    }

    private void EnsureBody()
    {
        if (_body is null)
        {
            EnsureHead();
            OpenBody([]);
        }
    }

    private void OpenBody(HtmlAttribute[] attributes)
    {
        _open.RemoveRange(1, _open.Count - 1);
        _headNoscript = null;
        _body = new HtmlElement("body", attributes);
        _html.AppendChild(_body);
        _open.Add(_body);
    }

    private void InsertAndPush(HtmlElement element)
    {
        Insert(element);
        Push(element);
    }

    // Table structure goes into the current node itself, never before the table.
    private void AppendAndPush(HtmlElement element)
    {
        Current.AppendChild(element);
        Push(element);
    }

    private void Push(HtmlElement element) => _open.Add(element);

    private void Pop()
    {
        if (_open.Count > 1)
        {
            PopFrom(_open.Count - 1);
        }
    }

    // Pops the open elements from `index` up. Each cell or caption among them clears the list of active formatting
    // elements to its last marker: formatting opened inside a cell does not go on past the cell. (Applets, objects,
    // marquees and templates clear it only at their own end tag.)
    private void PopFrom(int index)
    {
        for (var i = index; i < _open.Count && _formatting.Count > 0; i++)
        {
            if (_open[i] is { Name: "td" or "th" or "caption", IsForeign: false })
            {
                ClearFormattingToMarker();
            }
        }

        _open.RemoveRange(index, _open.Count - index);
    }

    // Takes the formatting elements after the last marker, and the marker, off the list.
    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var last = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (IsMarker(last))
            {
                return;
            }
        }
    }

    // Inserts at the current node, or before the table when the current node is table structure (foster parenting).
    private void Insert(HtmlNode node) => InsertInto(Current, node);

    // Appends to `target`, or puts the node before the table when `target` is table structure (foster parenting).
    private void InsertInto(HtmlElement target, HtmlNode node)
    {
        var table = IsTableContext(target) ? _open.FindLastIndex(static e => e.Name == "table" && !e.IsForeign) : -1;
        if (table <= 0)
        {
            target.AppendChild(node);
            return;
        }

        if (_open[table].Parent is { } parent)
        {
            parent.InsertBefore(node, _open[table]);
        }
        else
        {
            _open[table - 1].AppendChild(node);
        }
    }

    private void InsertText(ReadOnlyMemory<char> text)
    {
        if (IsTableContext(Current) && IsWhiteSpace(text.Span))
        {
            Current.AppendChild(new HtmlText(text));
            return;
        }

        Insert(new HtmlText(text));
    }

    // Whether the nearest table structure open is a table, section or row rather than a cell or caption: the standard's
    // "in table" insertion modes, which elements moved out of the table (and still open) do not leave.
    private bool AmongTableRows()
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i];
            if (IsTableContext(open))
            {
                return true;
            }

            if (open.Name is "td" or "th" or "caption" or "template" && !open.IsForeign)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\n\f\r") < 0;

    private static bool IsTableContext(HtmlElement element) => !element.IsForeign && HtmlNames.TableContext.Contains(element.Name);

    private bool InScope(string name, HashSet<string> extraBoundaries, bool tableScope = false)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                return true;
            }

            if (tableScope ? open is "html" or "table" or "template" : HtmlNames.ScopeBoundary.Contains(open) || extraBoundaries.Contains(open))
            {
                return false;
            }
        }

        return false;
    }

    // The open td or th above the nearest table, if any.
    private bool InCell(out HtmlElement cell)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i];
            if (open.Name is "td" or "th" or "caption")
            {
                cell = open;
                return true;
            }

            if (open.Name is "table" or "template")
            {
                break;
            }
        }

        cell = _html;
        return false;
    }

    private void ClosePInButtonScope()
    {
        if (InScope("p", ButtonScope))
        {
            GenerateImpliedEndTags("p");
            PopUntil("p");
        }
    }

    // A new li (dd, dt) closes the open one unless a block other than address, div or p lies between them.
    private void CloseListItem(Func<string, bool> isItem)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (isItem(open))
            {
                GenerateImpliedEndTags(open);
                PopThrough(_open[i]);
                break;
            }

            if (HtmlNames.Special.Contains(open) && open is not ("address" or "div" or "p"))
            {
                break;
            }
        }

        ClosePInButtonScope();
    }

    private void CloseInScope(string name, HashSet<string> extraBoundaries)
    {
        if (InScope(name, extraBoundaries))
        {
            GenerateImpliedEndTags(name);
            PopUntil(name);
            if (name is "applet" or "marquee" or "object" or "template")
            {
                ClearFormattingToMarker();
            }
        }
    }

    private void CloseHeading()
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (HtmlNames.IsHeading(open))
            {
                GenerateImpliedEndTags(null);
                PopThrough(_open[i]);
                return;
            }

            if (HtmlNames.ScopeBoundary.Contains(open))
            {
                return;
            }
        }
    }

    // </form> closes the form alone: elements opened inside it stay open, as browsers keep them (a <div> begun inside a
    // form and ended after it holds the text between).
    private void CloseForm()
    {
        var form = _form;
        _form = null;
        if (form is null || !InScope("form", NoExtraScope))
        {
            return;
        }

        GenerateImpliedEndTags(null);
        var at = _open.LastIndexOf(form);
        if (at > 0)
        {
            _open.RemoveAt(at);
        }
    }

    // The standard's adoption agency: the end tag of a formatting element closes it, and when blocks were opened inside
    // it, the first of them moves out of it (with the elements between), its content so far wrapped in a copy of the
    // formatting. Text written after the end tag is then outside the formatting: after <a href=…><p>x</a>y, only x is a link.
    private void CloseFormatting(string name)
    {
        if (Current.Name == name && !Current.IsForeign && !_formatting.Contains(Current))
        {
            // Not listed (a fourth alike was dropped from the list): it closes like any other element.
            Pop();
            return;
        }

        // Each round moves one block out; eight are enough for any page, as the standard says.
        for (var round = 0; round < 8; round++)
        {
            var entry = LastFormatting(name);
            if (entry < 0)
            {
                if (round == 0)
                {
                    CloseAnyOther(name);
                }

                return;
            }

            var element = _formatting[entry];
            var found = _open.LastIndexOf(element);
            if (found < 0)
            {
                // Closed already by an implied end tag: it is not reopened any more.
                _formatting.RemoveAt(entry);
                return;
            }

            var furthestBlock = -1;
            for (var i = found + 1; i < _open.Count; i++)
            {
                var open = _open[i].Name;
                if (HtmlNames.ScopeBoundary.Contains(open))
                {
                    return;
                }

                furthestBlock = furthestBlock < 0 && HtmlNames.Special.Contains(open) ? i : furthestBlock;
            }

            if (furthestBlock < 0)
            {
                _formatting.RemoveAt(entry);
                PopFrom(found);
                return;
            }

            Adopt(entry, found, _open[furthestBlock]);
        }
    }

    // Moves the furthest block out of the formatting element at `found` on the stack (`entry` in the list): the elements
    // between are copied around it (as formatting) or dropped from the stack (anything else), the block goes to the
    // formatting element's parent, and a copy of the formatting element takes the block's content and the original's
    // places in the list and on the stack.
    private void Adopt(int entry, int found, HtmlElement furthestBlock)
    {
        var formatting = _formatting[entry];
        var commonAncestor = _open[found - 1];
        var bookmark = entry;
        HtmlNode lastNode = furthestBlock;
        var at = _open.LastIndexOf(furthestBlock);
        for (var inner = 1; ; inner++)
        {
            var node = _open[--at];
            if (ReferenceEquals(node, formatting))
            {
                break;
            }

            var listed = _formatting.LastIndexOf(node);
            if (inner > 3 && listed >= 0)
            {
                _formatting.RemoveAt(listed);
                bookmark -= listed < bookmark ? 1 : 0;
                listed = -1;
            }

            if (listed < 0)
            {
                _open.RemoveAt(at);
                continue;
            }

            var copy = node.ShallowCopy();
            _formatting[listed] = copy;
            _open[at] = copy;
            bookmark = ReferenceEquals(lastNode, furthestBlock) ? listed + 1 : bookmark;
            copy.AppendChild(lastNode);
            lastNode = copy;
        }

        InsertInto(commonAncestor, lastNode);
        var wrapper = formatting.ShallowCopy();
        while (furthestBlock.FirstChild is { } child)
        {
            wrapper.AppendChild(child);
        }

        furthestBlock.AppendChild(wrapper);
        var old = _formatting.IndexOf(formatting);
        _formatting.RemoveAt(old);
        _formatting.Insert(bookmark - (old < bookmark ? 1 : 0), wrapper);
        _open.RemoveAt(_open.LastIndexOf(formatting));
        _open.Insert(_open.LastIndexOf(furthestBlock) + 1, wrapper);
    }

    // Where the last formatting element named `name` after the last marker is in the list, or -1.
    private int LastFormatting(string name)
    {
        for (var i = _formatting.Count - 1; i >= 0 && !IsMarker(_formatting[i]); i--)
        {
            if (_formatting[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsMarker(HtmlElement element) => !HtmlNames.Formatting.Contains(element.Name);

    // Lists a formatting element just opened. Of four alike (same name and attributes) after the last marker, the earliest
    // is dropped, as the standard says, and so is the earliest of more than MaxFormatting.
    private void AddFormatting(HtmlElement element)
    {
        if (!HtmlNames.Formatting.Contains(element.Name))
        {
            return;
        }

        var alike = 0;
        var earliestAlike = -1;
        var afterMarker = _formatting.Count;
        while (afterMarker > 0 && !IsMarker(_formatting[afterMarker - 1]))
        {
            afterMarker--;
            if (IsAlike(_formatting[afterMarker], element))
            {
                alike++;
                earliestAlike = afterMarker;
            }
        }

        if (alike >= 3)
        {
            _formatting.RemoveAt(earliestAlike);
        }
        else if (_formatting.Count - afterMarker >= MaxFormatting)
        {
            _formatting.RemoveAt(afterMarker);
        }

        _formatting.Add(element);
    }

    private static bool IsAlike(HtmlElement a, HtmlElement b)
    {
        if (a.Name != b.Name || a.Attributes.Length != b.Attributes.Length)
        {
            return false;
        }

        foreach (var attribute in a.Attributes)
        {
            if (b.GetAttribute(attribute.Name) != attribute.Value)
            {
                return false;
            }
        }

        return true;
    }

    // Cells, captions, applets, objects, marquees and templates mark the list: formatting opened outside one is not
    // reopened inside it.
    private void AddMarker(string name)
    {
        if (HtmlNames.FormattingMarkers.Contains(name))
        {
            _formatting.Add(Current);
        }
    }

    // Reopens, at the insertion point, the formatting elements an implied end tag closed but their own end tag has not:
    // after <p><a href=…>x</p><p>y the link goes on around y, as browsers show it. Copies are made, and listed instead.
    private void ReconstructFormatting()
    {
        if (_formatting.Count == 0 || IsMarker(_formatting[^1]) || _open.LastIndexOf(_formatting[^1]) >= 0)
        {
            return;
        }

        var first = _formatting.Count - 1;
        while (first > 0 && !IsMarker(_formatting[first - 1]) && _open.LastIndexOf(_formatting[first - 1]) < 0)
        {
            first--;
        }

        for (var i = first; i < _formatting.Count && _open.Count < maxDepth; i++)
        {
            var copy = _formatting[i].ShallowCopy();
            InsertAndPush(copy);
            _formatting[i] = copy;
        }
    }

    // Any other end tag closes the nearest open element of its name, unless a special element comes first.
    private void CloseAnyOther(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                GenerateImpliedEndTags(name);
                PopThrough(_open[i]);
                return;
            }

            if (HtmlNames.Special.Contains(open))
            {
                return;
            }
        }
    }

    private void GenerateImpliedEndTags(string? except)
    {
        while (_open.Count > 1 && HtmlNames.ImpliedEnd.Contains(Current.Name) && Current.Name != except)
        {
            Pop();
        }
    }

    // Pops up to and including the nearest open element named `name` (the caller knows one is open).
    private void PopUntil(string name)
    {
        var at = LastOpen(name);
        if (at > 0)
        {
            PopFrom(at);
        }
    }

    // Where the nearest open element named `name` is on the stack, or -1.
    private int LastOpen(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            if (_open[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private void PopThrough(HtmlElement element)
    {
        var at = _open.LastIndexOf(element);
        if (at > 0)
        {
            PopFrom(at);
        }
    }

    // Pops until the current node is one of `names` (or html).
    private void ClearStackTo(params ReadOnlySpan<string> names)
    {
        while (_open.Count > 1 && !names.Contains(Current.Name) && Current.Name != "template")
        {
            Pop();
        }
    }
}
