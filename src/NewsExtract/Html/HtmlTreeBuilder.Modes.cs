namespace NewsExtract.Html;

/// <summary>
/// The insertion modes around the body: before it (initial, before html, before head, in head, in head noscript, after
/// head), after it (after body, after after body), templates and framesets; and the dispatch of tags by mode.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private void StartTagIn(InsertionMode mode, StartTag tag)
    {
        switch (mode)
        {
            case InsertionMode.Initial:
            case InsertionMode.BeforeHtml:
            case InsertionMode.BeforeHead:
                StartBeforeHead(mode, tag);
                return;
            case InsertionMode.InHead:
                StartInHead(tag);
                return;
            case InsertionMode.InHeadNoscript:
                StartInHeadNoscript(tag);
                return;
            case InsertionMode.AfterHead:
                StartAfterHead(tag);
                return;
            case InsertionMode.InBody:
                StartInBody(tag);
                return;
            case InsertionMode.InTable:
                StartInTable(tag);
                return;
            case InsertionMode.InTableText:
                FlushTableText();
                StartTagIn(_mode, tag);
                return;
            case InsertionMode.InCaption:
                StartInCaption(tag);
                return;
            case InsertionMode.InColumnGroup:
                StartInColumnGroup(tag);
                return;
            case InsertionMode.InTableBody:
                StartInTableBody(tag);
                return;
            case InsertionMode.InRow:
                StartInRow(tag);
                return;
            case InsertionMode.InCell:
                StartInCell(tag);
                return;
            case InsertionMode.InTemplate:
                StartInTemplate(tag);
                return;
            case InsertionMode.AfterBody:
            case InsertionMode.AfterAfterBody:
                if (tag.Name == "html")
                {
                    StartInBody(tag);
                    return;
                }

                _mode = InsertionMode.InBody;
                StartInBody(tag);
                return;
            case InsertionMode.InFrameset:
            case InsertionMode.AfterFrameset:
            case InsertionMode.AfterAfterFrameset:
                StartInFrameset(mode, tag);
                return;
        }
    }

    private void EndTagIn(InsertionMode mode, string name)
    {
        switch (mode)
        {
            case InsertionMode.Initial:
            case InsertionMode.BeforeHtml:
            case InsertionMode.BeforeHead:
                if (name is "head" or "body" or "html" or "br")
                {
                    AnythingElseBeforeHead(mode);
                    EndTagIn(_mode, name);
                }
                else if (mode == InsertionMode.Initial)
                {
                    AnythingElseBeforeHead(mode);
                    EndTagIn(_mode, name);
                }

                return;
            case InsertionMode.InHead:
                EndInHead(name);
                return;
            case InsertionMode.InHeadNoscript:
                if (name == "noscript")
                {
                    Pop();
                    _mode = InsertionMode.InHead;
                }
                else if (name == "br")
                {
                    AnythingElseInHead(mode);
                    EndTagIn(_mode, name);
                }

                return;
            case InsertionMode.AfterHead:
                if (name == "template")
                {
                    EndInHead(name);
                }
                else if (name is "body" or "html" or "br")
                {
                    AnythingElseInHead(mode);
                    EndTagIn(_mode, name);
                }

                return;
            case InsertionMode.InBody:
                EndInBody(name);
                return;
            case InsertionMode.InTable:
                EndInTable(name);
                return;
            case InsertionMode.InTableText:
                FlushTableText();
                EndTagIn(_mode, name);
                return;
            case InsertionMode.InCaption:
                EndInCaption(name);
                return;
            case InsertionMode.InColumnGroup:
                EndInColumnGroup(name);
                return;
            case InsertionMode.InTableBody:
                EndInTableBody(name);
                return;
            case InsertionMode.InRow:
                EndInRow(name);
                return;
            case InsertionMode.InCell:
                EndInCell(name);
                return;
            case InsertionMode.InTemplate:
                if (name == "template")
                {
                    EndInHead(name);
                }

                return;
            case InsertionMode.AfterBody:
                if (name == "html")
                {
                    _mode = InsertionMode.AfterAfterBody;
                    return;
                }

                _mode = InsertionMode.InBody;
                EndInBody(name);
                return;
            case InsertionMode.AfterAfterBody:
                _mode = InsertionMode.InBody;
                EndInBody(name);
                return;
            case InsertionMode.InFrameset:
                if (name == "frameset" && _open.Count > 1)
                {
                    Pop();
                    if (Current.Name != "frameset")
                    {
                        _mode = InsertionMode.AfterFrameset;
                    }
                }

                return;
            case InsertionMode.AfterFrameset:
                if (name == "html")
                {
                    _mode = InsertionMode.AfterAfterFrameset;
                }

                return;
        }
    }

    private void EndOfFileIn(InsertionMode mode)
    {
        switch (mode)
        {
            case InsertionMode.Initial:
            case InsertionMode.BeforeHtml:
            case InsertionMode.BeforeHead:
                AnythingElseBeforeHead(mode);
                EndOfFileIn(_mode);
                return;
            case InsertionMode.InHead:
            case InsertionMode.InHeadNoscript:
            case InsertionMode.AfterHead:
                AnythingElseInHead(mode);
                EndOfFileIn(_mode);
                return;
            case InsertionMode.InTableText:
                FlushTableText();
                EndOfFileIn(_mode);
                return;
            case InsertionMode.InBody:
            case InsertionMode.InTable:
            case InsertionMode.InCaption:
            case InsertionMode.InColumnGroup:
            case InsertionMode.InTableBody:
            case InsertionMode.InRow:
            case InsertionMode.InCell:
            case InsertionMode.InTemplate:
                if (_templateModes.Count > 0 && LastOpen("template") > 0)
                {
                    // An unclosed template: closed, and the end of the page processed again in the mode it restores.
                    PopUntil("template");
                    ClearFormattingToMarker();
                    _templateModes.RemoveAt(_templateModes.Count - 1);
                    ResetInsertionMode();
                    EndOfFileIn(_mode);
                }

                return;
        }
    }

    // Initial, before html, before head: what starts the document, then the head.
    private void StartBeforeHead(InsertionMode mode, StartTag tag)
    {
        if (mode == InsertionMode.BeforeHtml && tag.Name == "html")
        {
            _html = NewRoot(tag.Attributes);
            _mode = InsertionMode.BeforeHead;
            return;
        }

        if (mode == InsertionMode.BeforeHead && tag.Name == "html")
        {
            StartInBody(tag);
            return;
        }

        if (mode == InsertionMode.BeforeHead && tag.Name == "head")
        {
            _head = InsertElement(tag);
            _mode = InsertionMode.InHead;
            return;
        }

        AnythingElseBeforeHead(mode);
        StartTagIn(_mode, tag);
    }

    // The implied steps of the first three modes: quirks mode without a doctype, an html element, a head element.
    private void AnythingElseBeforeHead(InsertionMode mode)
    {
        switch (mode)
        {
            case InsertionMode.Initial:
                _quirks = true;
                _mode = InsertionMode.BeforeHtml;
                break;
            case InsertionMode.BeforeHtml:
                _html = NewRoot([]);
                _mode = InsertionMode.BeforeHead;
                break;
            default:
                _head = InsertElement(new StartTag("head", [], false));
                _mode = InsertionMode.InHead;
                break;
        }
    }

    // In head, in head noscript, after head: the element they hold is closed (or the body implied).
    private void AnythingElseInHead(InsertionMode mode)
    {
        switch (mode)
        {
            case InsertionMode.InHead:
                Pop();
                _mode = InsertionMode.AfterHead;
                break;
            case InsertionMode.InHeadNoscript:
                Pop();
                _mode = InsertionMode.InHead;
                break;
            default:
                InsertElement(new StartTag("body", [], false));
                _mode = InsertionMode.InBody;
                break;
        }
    }

    private void StartInHead(StartTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                StartInBody(tag);
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta":
                InsertVoid(tag);
                return;
            case "title":
                InsertRawText(tag, RawTextKind.RcData);
                return;
            case "noframes" or "style":
                InsertRawText(tag, RawTextKind.RawText);
                return;
            case "noscript":
                InsertElement(tag);
                _mode = InsertionMode.InHeadNoscript;
                return;
            case "script":
                InsertRawText(tag, RawTextKind.Script);
                return;
            case "template":
                InsertElement(tag);
                _formatting.Add(null);
                _framesetOk = false;
                _mode = InsertionMode.InTemplate;
                _templateModes.Add(InsertionMode.InTemplate);
                return;
            case "head":
                return;
        }

        AnythingElseInHead(InsertionMode.InHead);
        StartTagIn(_mode, tag);
    }

    private void EndInHead(string name)
    {
        switch (name)
        {
            case "head":
                Pop();
                _mode = InsertionMode.AfterHead;
                return;
            case "body" or "html" or "br":
                AnythingElseInHead(InsertionMode.InHead);
                EndTagIn(_mode, name);
                return;
            case "template":
                if (LastOpen("template") <= 0)
                {
                    return;
                }

                GenerateImpliedEndTags(thoroughly: true);
                PopUntil("template");
                ClearFormattingToMarker();
                _templateModes.RemoveAt(_templateModes.Count - 1);
                ResetInsertionMode();
                return;
        }
    }

    private void StartInHeadNoscript(StartTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                StartInBody(tag);
                return;
            case "basefont" or "bgsound" or "link" or "meta" or "noframes" or "style":
                StartInHead(tag);
                return;
            case "head" or "noscript":
                return;
        }

        AnythingElseInHead(InsertionMode.InHeadNoscript);
        StartTagIn(_mode, tag);
    }

    private void StartAfterHead(StartTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                StartInBody(tag);
                return;
            case "body":
                InsertElement(tag);
                _framesetOk = false;
                _mode = InsertionMode.InBody;
                return;
            case "frameset":
                InsertElement(tag);
                _mode = InsertionMode.InFrameset;
                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                // Head content after the head: put into the head after all.
                var head = _head!;
                Push(head);
                StartInHead(tag);
                RemoveFromStack(head);
                return;
            case "head":
                return;
        }

        AnythingElseInHead(InsertionMode.AfterHead);
        StartTagIn(_mode, tag);
    }

    private void StartInTemplate(StartTag tag)
    {
        InsertionMode next;
        switch (tag.Name)
        {
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                StartInHead(tag);
                return;
            case "caption" or "colgroup" or "tbody" or "tfoot" or "thead":
                next = InsertionMode.InTable;
                break;
            case "col":
                next = InsertionMode.InColumnGroup;
                break;
            case "tr":
                next = InsertionMode.InTableBody;
                break;
            case "td" or "th":
                next = InsertionMode.InRow;
                break;
            default:
                next = InsertionMode.InBody;
                break;
        }

        _templateModes[^1] = next;
        _mode = next;
        StartTagIn(next, tag);
    }

    private void StartInFrameset(InsertionMode mode, StartTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                StartInBody(tag);
                return;
            case "noframes":
                StartInHead(tag);
                return;
            case "frameset" when mode == InsertionMode.InFrameset:
                InsertElement(tag);
                return;
            case "frame" when mode == InsertionMode.InFrameset:
                InsertVoid(tag);
                return;
        }
    }
}
