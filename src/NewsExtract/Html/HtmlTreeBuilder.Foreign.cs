namespace NewsExtract.Html;

/// <summary>
/// The rules for parsing tokens in foreign content: svg and MathML subtrees, left by the HTML start tags that may not
/// stand in them, and entered again by HTML at their integration points (<c>foreignObject</c>, <c>desc</c>,
/// <c>title</c>, <c>mi</c>, <c>mo</c>, <c>mn</c>, <c>ms</c>, <c>mtext</c>, an HTML <c>annotation-xml</c>). Names keep
/// the tokenizer's lower case (<c>foreignobject</c>): the standard's case fix-ups and attribute namespaces are left out,
/// as nothing here reads them.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    // U+0000 becomes U+FFFD; only the other characters that are not white space make a frameset impossible.
    private void ForeignText(ReadOnlyMemory<char> text)
    {
        if (text.Span.IndexOfAnyExcept(HtmlNames.AsciiWhiteSpace + "\0") >= 0)
        {
            _framesetOk = false;
        }

        InsertText(HtmlTokenizer.ReplaceNul(text));
    }

    private void ForeignStartTag(StartTag tag)
    {
        if (BreaksOutOfForeign(tag))
        {
            PopToHtmlOrIntegrationPoint();
            ProcessStartTag(tag);
            return;
        }

        InsertForeign(tag, Current.Namespace);
    }

    private void ForeignEndTag(string name)
    {
        if (name is "br" or "p")
        {
            PopToHtmlOrIntegrationPoint();
            ProcessEndTag(name);
            return;
        }

        for (var i = _open.Count - 1; i > 0; i--)
        {
            var node = _open[i];
            if (node.Name == name)
            {
                PopTo(i);
                return;
            }

            if (!_open[i - 1].IsForeign)
            {
                EndTagIn(_mode, name);
                return;
            }
        }
    }

    private static bool BreaksOutOfForeign(StartTag tag) =>
        (HtmlNames.CategoryOf(tag.Name) & ElementCategory.BreaksOutOfForeign) != 0
        || (tag.Name == "font" && (HtmlElement.ValueOf(tag.Attributes, "color") ?? HtmlElement.ValueOf(tag.Attributes, "face") ?? HtmlElement.ValueOf(tag.Attributes, "size")) is not null);

    private void PopToHtmlOrIntegrationPoint()
    {
        while (_open.Count > 1 && Current.IsForeign
            && (Current.Category & (ElementCategory.MathTextIntegrationPoint | ElementCategory.HtmlIntegrationPoint)) == 0)
        {
            Pop();
        }
    }
}
