namespace NewsExtract.Html;

/// <summary>Before the body: what the head holds, and where the body starts.</summary>
internal sealed partial class HtmlTreeBuilder
{
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
}
