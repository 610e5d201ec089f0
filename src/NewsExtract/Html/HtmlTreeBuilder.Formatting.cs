namespace NewsExtract.Html;

/// <summary>The list of active formatting elements: reopening them after an implied end tag, and the adoption agency that
/// closes a misnested one (what decides which text is link text).</summary>
internal sealed partial class HtmlTreeBuilder
{
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
                if (HtmlNames.ScopeBoundary.Contains(_open[i]))
                {
                    return;
                }

                furthestBlock = furthestBlock < 0 && HtmlNames.Special.Contains(_open[i]) ? i : furthestBlock;
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

    private static bool IsMarker(HtmlElement element) => !HtmlNames.Formatting.Contains(element);

    // Lists a formatting element just opened. Of four alike (same name and attributes) after the last marker, the earliest
    // is dropped, as the standard says, and so is the earliest of more than MaxFormatting.
    private void AddFormatting(HtmlElement element)
    {
        if (!HtmlNames.Formatting.Contains(element))
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
            if (!b.TryGetAttribute(attribute.Name, out var value) || !value.SequenceEqual(attribute.Value.Span))
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
}
