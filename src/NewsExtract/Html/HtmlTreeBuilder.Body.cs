namespace NewsExtract.Html;

/// <summary>The "in body" insertion mode: what decides which text sits in which element on nearly every page.</summary>
internal sealed partial class HtmlTreeBuilder
{
    private void StartInBody(StartTag tag)
    {
        var name = tag.Name;
        var category = tag.Category;
        if ((category & ElementCategory.ClosesParagraph) != 0)
        {
            ClosePInButtonScope();
            InsertElement(tag);
            return;
        }

        if ((category & ElementCategory.Formatting) != 0 && name is not ("a" or "nobr"))
        {
            ReconstructFormatting();
            PushFormatting(InsertElement(tag));
            return;
        }

        switch (name)
        {
            case "html":
                if (LastOpen("template") < 0 && _open.Count > 0)
                {
                    _open[0].MergeAttributes(tag.Attributes);
                }

                return;
            case "base" or "basefont" or "bgsound" or "link" or "meta" or "noframes" or "script" or "style" or "template" or "title":
                StartInHead(tag);
                return;
            case "body":
                if (_open.Count > 1 && _open[1].Name == "body" && LastOpen("template") < 0)
                {
                    _framesetOk = false;
                    _open[1].MergeAttributes(tag.Attributes);
                }

                return;
            case "frameset":
                if (_open.Count > 1 && _open[1].Name == "body" && _framesetOk)
                {
                    _open[1].Remove();
                    while (_open.Count > 1)
                    {
                        Pop();
                    }

                    InsertElement(tag);
                    _mode = InsertionMode.InFrameset;
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                ClosePInButtonScope();
                if ((Current.Category & ElementCategory.Heading) != 0)
                {
                    Pop();
                }

                InsertElement(tag);
                return;
            case "pre" or "listing":
                ClosePInButtonScope();
                InsertElement(tag);
                _skipNewline = true;
                _framesetOk = false;
                return;
            case "form":
                var noTemplate = LastOpen("template") < 0;
                if (_form is not null && noTemplate)
                {
                    return;
                }

                ClosePInButtonScope();
                var form = InsertElement(tag);
                _form = noTemplate ? form : _form;
                return;
            case "li":
            case "dd" or "dt":
                StartListItem(tag);
                return;
            case "plaintext":
                // The rest of the page is text, and stays in the body's rules (formatting is reopened around it).
                ClosePInButtonScope();
                InsertElement(tag);
                var rest = _tokens.ReadRawText(null, RawTextKind.PlainText);
                if (!rest.IsEmpty)
                {
                    ProcessText(rest);
                }

                return;
            case "button":
                if (InScope("button"))
                {
                    GenerateImpliedEndTags();
                    PopUntil("button");
                }

                ReconstructFormatting();
                InsertElement(tag);
                _framesetOk = false;
                return;
            case "a":
                if (LastFormatting("a") is { } link)
                {
                    AdoptionAgency("a");
                    _formatting.Remove(link);
                    RemoveFromStack(link);
                }

                ReconstructFormatting();
                PushFormatting(InsertElement(tag));
                return;
            case "nobr":
                ReconstructFormatting();
                if (InScope("nobr"))
                {
                    if (!AdoptionAgency("nobr"))
                    {
                        AnyOtherEndTag("nobr");
                    }

                    ReconstructFormatting();
                }

                PushFormatting(InsertElement(tag));
                return;
            case "applet" or "marquee" or "object":
                ReconstructFormatting();
                InsertElement(tag);
                _formatting.Add(null);
                _framesetOk = false;
                return;
            case "table":
                if (!_quirks)
                {
                    ClosePInButtonScope();
                }

                InsertElement(tag);
                _framesetOk = false;
                _mode = InsertionMode.InTable;
                return;
            case "area" or "br" or "embed" or "img" or "keygen" or "wbr":
                ReconstructFormatting();
                InsertVoid(tag);
                _framesetOk = false;
                return;
            case "input":
                if (InScope("select"))
                {
                    PopUntil("select");
                }

                ReconstructFormatting();
                InsertVoid(tag);
                if (!string.Equals(HtmlElement.ValueOf(tag.Attributes, "type"), "hidden", StringComparison.OrdinalIgnoreCase))
                {
                    _framesetOk = false;
                }

                return;
            case "param" or "source" or "track":
                InsertVoid(tag);
                return;
            case "hr":
                ClosePInButtonScope();
                if (InScope("select"))
                {
                    GenerateImpliedEndTags();
                }

                InsertVoid(tag);
                _framesetOk = false;
                return;
            case "image":
                StartInBody(new StartTag("img", tag.Attributes, tag.SelfClosing));
                return;
            case "textarea":
                _framesetOk = false;
                InsertRawText(tag, RawTextKind.RcData);
                return;
            case "xmp":
                ClosePInButtonScope();
                ReconstructFormatting();
                _framesetOk = false;
                InsertRawText(tag, RawTextKind.RawText);
                return;
            case "iframe":
                _framesetOk = false;
                InsertRawText(tag, RawTextKind.RawText);
                return;
            case "noembed":
                InsertRawText(tag, RawTextKind.RawText);
                return;
            case "select":
                if (InScope("select"))
                {
                    PopUntil("select");
                    return;
                }

                ReconstructFormatting();
                InsertElement(tag);
                _framesetOk = false;
                return;
            case "option":
                if (InScope("select"))
                {
                    GenerateImpliedEndTags(except: "optgroup");
                }
                else if (Current.Name == "option")
                {
                    Pop();
                }

                ReconstructFormatting();
                InsertElement(tag);
                return;
            case "optgroup":
                if (InScope("select"))
                {
                    GenerateImpliedEndTags();
                }
                else if (Current.Name == "option")
                {
                    Pop();
                }

                ReconstructFormatting();
                InsertElement(tag);
                return;
            case "rb" or "rtc":
                if (InScope("ruby"))
                {
                    GenerateImpliedEndTags();
                }

                InsertElement(tag);
                return;
            case "rp" or "rt":
                if (InScope("ruby"))
                {
                    GenerateImpliedEndTags(except: "rtc");
                }

                InsertElement(tag);
                return;
            case "math":
                ReconstructFormatting();
                InsertForeign(tag, ElementNamespace.MathMl);
                return;
            case "svg":
                ReconstructFormatting();
                InsertForeign(tag, ElementNamespace.Svg);
                return;
            case "caption" or "col" or "colgroup" or "frame" or "head" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
        }

        ReconstructFormatting();
        InsertElement(tag);
    }

    // li closes an open li, dd and dt close an open dd or dt, unless a special element other than address, div or p
    // lies between.
    private void StartListItem(StartTag tag)
    {
        _framesetOk = false;
        var isItem = tag.Name == "li";
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign && (isItem ? node.Name == "li" : node.Name is "dd" or "dt"))
            {
                GenerateImpliedEndTags(except: node.Name);
                PopThrough(node);
                break;
            }

            if ((node.Category & ElementCategory.Special) != 0 && !(!node.IsForeign && node.Name is "address" or "div" or "p"))
            {
                break;
            }
        }

        ClosePInButtonScope();
        InsertElement(tag);
    }

    private void EndInBody(string name)
    {
        var category = HtmlNames.CategoryOf(name);
        if ((category & ElementCategory.ScopedBlocks) != 0)
        {
            if (InScope(name))
            {
                GenerateImpliedEndTags();
                PopUntil(name);
            }

            return;
        }

        if ((category & ElementCategory.Formatting) != 0)
        {
            if (!AdoptionAgency(name))
            {
                AnyOtherEndTag(name);
            }

            return;
        }

        switch (name)
        {
            case "template":
                EndInHead(name);
                return;
            case "body":
                if (InScope("body"))
                {
                    _mode = InsertionMode.AfterBody;
                }

                return;
            case "html":
                if (InScope("body"))
                {
                    _mode = InsertionMode.AfterBody;
                    EndTagIn(_mode, name);
                }

                return;
            case "form":
                EndForm();
                return;
            case "p":
                if (!InScope("p", button: true))
                {
                    InsertElement(new StartTag("p", [], false));
                }

                ClosePElement();
                return;
            case "li":
                if (InScope("li", listItem: true))
                {
                    GenerateImpliedEndTags(except: "li");
                    PopUntil("li");
                }

                return;
            case "dd" or "dt":
                if (InScope(name))
                {
                    GenerateImpliedEndTags(except: name);
                    PopUntil(name);
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                if (HeadingInScope())
                {
                    GenerateImpliedEndTags();
                    while (_open.Count > 1)
                    {
                        var popped = Current;
                        Pop();
                        if (!popped.IsForeign && (popped.Category & ElementCategory.Heading) != 0)
                        {
                            break;
                        }
                    }
                }

                return;
            case "applet" or "marquee" or "object":
                if (InScope(name))
                {
                    GenerateImpliedEndTags();
                    PopUntil(name);
                    ClearFormattingToMarker();
                }

                return;
            case "br":
                StartInBody(new StartTag("br", [], false));
                return;
        }

        AnyOtherEndTag(name);
    }

    // </form> without a template open closes the form pointed to alone: what was opened inside it stays open.
    private void EndForm()
    {
        if (LastOpen("template") < 0)
        {
            var form = _form;
            _form = null;
            if (form is null || !ElementInScope(form))
            {
                return;
            }

            GenerateImpliedEndTags();
            RemoveFromStack(form);
            return;
        }

        if (InScope("form"))
        {
            GenerateImpliedEndTags();
            PopUntil("form");
        }
    }

    // Any other end tag closes the nearest open element of its name, unless a special element comes first.
    private void AnyOtherEndTag(string name)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (!node.IsForeign && node.Name == name)
            {
                GenerateImpliedEndTags(except: name);
                PopThrough(node);
                return;
            }

            if ((node.Category & ElementCategory.Special) != 0)
            {
                return;
            }
        }
    }
}
