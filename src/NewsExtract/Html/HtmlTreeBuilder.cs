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
internal sealed partial class HtmlTreeBuilder(string html, int maxDepth)
{
    /// <summary>
    /// The stack depth past which start tags are read flat when the caller names none (browsers cap nesting near here
    /// too: Chromium at 512). The pipeline passes its own: <see cref="ExtractionLimits.MaxDepth"/> plus a few levels
    /// for html, body and wrappers, which by default is this value.
    /// </summary>
    public const int DefaultMaxDepth = 528;

    // How far an end tag looks among the tags ignored past the depth limit for the one it closes.
    private const int IgnoredSearch = 16;

    // How many formatting elements the list keeps after its last marker: enough for any page, and a bound on the work
    // of reopening them when hostile markup leaves thousands unclosed.
    private const int MaxFormatting = 64;

    private static readonly string[] ButtonScope = ["button"];
    private static readonly string[] ListItemScope = ["ol", "ul"];
    private static readonly string[] NoExtraScope = [];

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
            var start = text.Span.IndexOfAnyExcept(HtmlNames.AsciiWhiteSpace);
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

        var category = HtmlNames.CategoryOf(name);

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

        if ((category & ElementCategory.ClosesParagraph) != 0)
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

            var block = new HtmlElement(name, attributes, category);
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
                CloseListItem("li", "li");
                reconstruct = false;
                break;
            case "dd" or "dt":
                CloseListItem("dd", "dt");
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
                && string.Equals(HtmlElement.ValueOf(attributes, "type"), "hidden", StringComparison.OrdinalIgnoreCase):
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

        var created = new HtmlElement(name, attributes, category);
        if ((category & ElementCategory.Void) != 0)
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
        || (name == "font" && (HtmlElement.ValueOf(attributes, "color") ?? HtmlElement.ValueOf(attributes, "face") ?? HtmlElement.ValueOf(attributes, "size")) is not null);

    private static RawTextKind? RawKindOf(string name) => name switch
    {
        "script" => RawTextKind.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => RawTextKind.RawText,
        "title" or "textarea" => RawTextKind.RcData,
        "plaintext" => RawTextKind.PlainText,
        _ => null,
    };

    private void AppendRaw(HtmlElement element, string name, RawTextKind kind)
    {
        var text = _tokens.ReadRawText(name, kind);
        if (!text.IsEmpty)
        {
            element.AppendChild(new HtmlText(text));
        }
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

    // Inserts at the current node, or before the table when the current node is table structure (foster parenting).
    private void Insert(HtmlNode node) => InsertInto(Current, node);

    private void InsertText(ReadOnlyMemory<char> text)
    {
        if (IsTableContext(Current) && IsWhiteSpace(text.Span))
        {
            Current.AppendChild(new HtmlText(text));
            return;
        }

        Insert(new HtmlText(text));
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(HtmlNames.AsciiWhiteSpace) < 0;
}
