namespace NewsExtract.Html;

/// <summary>
/// The stack of open elements (pushing, popping, the scopes an end tag may close in, implied end tags, resetting the
/// insertion mode) and inserting nodes at the appropriate place.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private void Push(HtmlElement element)
    {
        _open.Add(element);
        element.IsOpen = true;
    }

    private void Pop()
    {
        FlushFlatSpace();
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        OnPopped(element);
    }

    // Pops up to and including the element at `index`.
    private void PopTo(int index)
    {
        while (_open.Count > index)
        {
            Pop();
        }
    }

    // Pops up to and including the nearest open HTML element named `name` (the caller knows one is open).
    private void PopUntil(string name)
    {
        var at = LastOpen(name);
        if (at >= 0)
        {
            PopTo(at);
        }
    }

    private void PopThrough(HtmlElement element)
    {
        var at = _open.LastIndexOf(element);
        if (at >= 0)
        {
            PopTo(at);
        }
    }

    private void RemoveFromStack(HtmlElement element)
    {
        var at = _open.LastIndexOf(element);
        if (at >= 0)
        {
            FlushFlatSpace();
            _open.RemoveAt(at);
            OnPopped(element);
        }
    }

    // Where the nearest open HTML element named `name` is on the stack, or -1.
    private int LastOpen(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name && !_open[i].IsForeign)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The standard's "has an element in scope": an HTML element named <paramref name="name"/> is open above the nearest
    /// boundary (applet, caption, html, table, td, th, marquee, object, template, and the svg and MathML integration
    /// points); <paramref name="button"/> adds button, <paramref name="listItem"/> adds ol and ul.
    /// </summary>
    private bool InScope(string name, bool button = false, bool listItem = false)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign)
            {
                if (node.Name == name)
                {
                    return true;
                }

                if ((button && node.Name == "button") || (listItem && node.Name is "ol" or "ul"))
                {
                    return false;
                }
            }

            if ((node.Category & ElementCategory.ScopeBoundary) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool ElementInScope(HtmlElement element)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            if (ReferenceEquals(node, element))
            {
                return true;
            }

            if ((node.Category & ElementCategory.ScopeBoundary) != 0)
            {
                return false;
            }
        }

        return false;
    }

    private bool HeadingInScope()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign && (node.Category & ElementCategory.Heading) != 0)
            {
                return true;
            }

            if ((node.Category & ElementCategory.ScopeBoundary) != 0)
            {
                return false;
            }
        }

        return false;
    }

    // "In table scope": only html, table and template bound it.
    private bool InTableScope(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            if (node.IsForeign)
            {
                continue;
            }

            if (node.Name == name)
            {
                return true;
            }

            if (node.Name is "html" or "table" or "template")
            {
                return false;
            }
        }

        return false;
    }

    private void GenerateImpliedEndTags(string? except = null, bool thoroughly = false)
    {
        var closing = thoroughly ? ElementCategory.ImpliedEndThorough : ElementCategory.ImpliedEnd;
        while (_open.Count > 1 && Current is { IsForeign: false } current && (current.Category & closing) != 0 && current.Name != except)
        {
            Pop();
        }
    }

    private void ClosePInButtonScope()
    {
        if (InScope("p", button: true))
        {
            ClosePElement();
        }
    }

    private void ClosePElement()
    {
        GenerateImpliedEndTags(except: "p");
        PopUntil("p");
    }

    // The standard's "reset the insertion mode appropriately" (for whole documents: no context element).
    private void ResetInsertionMode()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var node = _open[i];
            var last = i == 0;
            if (node.IsForeign)
            {
                if (last)
                {
                    _mode = InsertionMode.InBody;
                    return;
                }

                continue;
            }

            switch (node.Name)
            {
                case "td" or "th" when !last:
                    _mode = InsertionMode.InCell;
                    return;
                case "tr":
                    _mode = InsertionMode.InRow;
                    return;
                case "tbody" or "thead" or "tfoot":
                    _mode = InsertionMode.InTableBody;
                    return;
                case "caption":
                    _mode = InsertionMode.InCaption;
                    return;
                case "colgroup":
                    _mode = InsertionMode.InColumnGroup;
                    return;
                case "table":
                    _mode = InsertionMode.InTable;
                    return;
                case "template":
                    _mode = _templateModes[^1];
                    return;
                case "head" when !last:
                    _mode = InsertionMode.InHead;
                    return;
                case "body":
                    _mode = InsertionMode.InBody;
                    return;
                case "frameset":
                    _mode = InsertionMode.InFrameset;
                    return;
                case "html":
                    _mode = _head is null ? InsertionMode.BeforeHead : InsertionMode.AfterHead;
                    return;
            }

            if (last)
            {
                _mode = InsertionMode.InBody;
                return;
            }
        }
    }

    // The html element: the root of the tree and the bottom of the stack.
    private HtmlElement NewRoot(HtmlAttribute[] attributes)
    {
        var root = Create("html", attributes);
        Push(root);
        return root;
    }

    private HtmlElement Create(string name, HtmlAttribute[] attributes, ElementNamespace ns = ElementNamespace.Html)
    {
        CountNode();
        _selectedContentSeen |= name == "selectedcontent";
        return new HtmlElement(name, attributes, ns);
    }

    // An HTML element for a start tag, its categories known from the tag.
    private HtmlElement Create(StartTag tag)
    {
        CountNode();
        _selectedContentSeen |= tag.Name == "selectedcontent";
        return new HtmlElement(tag.Name, tag.Attributes, ElementNamespace.Html, tag.Category);
    }

    /// <summary>The standard's "insert an HTML element": created, inserted at the appropriate place, pushed.</summary>
    private HtmlElement InsertElement(StartTag tag)
    {
        var element = Create(tag);
        InsertNode(element);
        Push(element);
        return element;
    }

    // A void element (or one whose end the standard implies at once): inserted and popped straight away.
    private void InsertVoid(StartTag tag) => InsertNode(Create(tag));

    private void InsertForeign(StartTag tag, ElementNamespace ns)
    {
        var element = Create(tag.Name, tag.Attributes, ns);
        if (ns == ElementNamespace.MathMl && tag.Name == "annotation-xml"
            && HtmlElement.ValueOf(tag.Attributes, "encoding") is { } encoding
            && (encoding.Equals("text/html", StringComparison.OrdinalIgnoreCase) || encoding.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)))
        {
            element.MarkHtmlIntegrationPoint();
        }

        InsertNode(element);
        if (!tag.SelfClosing)
        {
            Push(element);
        }
    }

    // The generic raw text and RCDATA element parsing algorithms: the element is inserted, its text read up to its end
    // tag, and it is closed again (the "text" insertion mode, done in one step). A line feed right after <textarea> goes.
    private void InsertRawText(StartTag tag, RawTextKind kind)
    {
        var element = Create(tag);
        InsertNode(element);
        var text = _tokens.ReadRawText(tag.Name, kind);
        if (tag.Name == "textarea" && !text.IsEmpty && text.Span[0] == '\n')
        {
            text = text[1..];
        }

        if (!text.IsEmpty)
        {
            CountNode();
            element.AppendChild(new HtmlText(text));
        }
    }

    private void InsertText(ReadOnlyMemory<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (_flatSpace)
        {
            _flatSpace = false;
            text = string.Concat(" ", text.Span).AsMemory();
        }

        CountNode();
        InsertNode(new HtmlText(text));
    }

    // The standard's "appropriate place for inserting a node": the current node, or, with foster parenting on and a
    // table part current, just before the last open table (or into the last template opened after it).
    private void InsertNode(HtmlNode node) => InsertNodeAt(Current, node);

    // Inserts at the appropriate place with `target` as the override target (the adoption agency's common ancestor).
    private void InsertNodeAt(HtmlElement target, HtmlNode node)
    {
        if (_flatSpace && node is HtmlElement)
        {
            FlushFlatSpace();
        }

        if (!_fosterParenting || target.IsForeign || (target.Category & ElementCategory.TableContext) == 0)
        {
            target.AppendChild(node);
            return;
        }

        var table = LastOpen("table");
        var template = LastOpen("template");
        if (template > table)
        {
            _open[template].AppendChild(node);
        }
        else if (table < 0)
        {
            _open[0].AppendChild(node);
        }
        else if (_open[table].Parent is { } parent)
        {
            parent.InsertBefore(node, _open[table]);
        }
        else
        {
            _open[table - 1].AppendChild(node);
        }
    }
}
