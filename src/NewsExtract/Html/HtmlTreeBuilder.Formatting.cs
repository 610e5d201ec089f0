namespace NewsExtract.Html;

/// <summary>
/// The list of active formatting elements: pushing (with the Noah's Ark clause), reopening them after an implied end
/// tag (reconstruction), and the adoption agency that closes a misnested one — what decides which text is link text.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    // How many entries the list keeps after its last marker. Not the standard's (it sets no bound; browsers bound the
    // stack at 512 levels, which bounds how deep a reconstruction nests but not how many elements it makes): pages use a
    // handful, and this bounds the work of one reconstruction when hostile markup leaves thousands unclosed.
    private const int MaxFormatting = 64;

    // Pushes a formatting element just inserted. Of four alike (same name and attributes) after the last marker, the
    // earliest is dropped (the Noah's Ark clause), and so is the earliest of more than MaxFormatting.
    private void PushFormatting(HtmlElement element)
    {
        var alike = 0;
        var earliestAlike = -1;
        var afterMarker = _formatting.Count;
        while (afterMarker > 0 && _formatting[afterMarker - 1] is { } entry)
        {
            afterMarker--;
            if (IsAlike(entry, element))
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
        if (a.Name != b.Name || a.Namespace != b.Namespace || a.Attributes.Length != b.Attributes.Length)
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

    // The last element named `name` in the list after its last marker, or null.
    private HtmlElement? LastFormatting(string name)
    {
        for (var i = _formatting.Count - 1; i >= 0 && _formatting[i] is { } entry; i--)
        {
            if (entry.Name == name)
            {
                return entry;
            }
        }

        return null;
    }

    // Takes the entries after the last marker, and the marker, off the list.
    private void ClearFormattingToMarker()
    {
        while (_formatting.Count > 0)
        {
            var last = _formatting[^1];
            _formatting.RemoveAt(_formatting.Count - 1);
            if (last is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Reopens, at the insertion point, the formatting elements an implied end tag closed but their own end tag has not:
    /// after <c>&lt;p&gt;&lt;a href=…&gt;x&lt;/p&gt;&lt;p&gt;y</c> the link goes on around y, as browsers show it. Copies
    /// are made and listed instead. Past the depth limit or the copy budget nothing more is reopened.
    /// </summary>
    private void ReconstructFormatting()
    {
        if (_formatting.Count == 0 || _formatting[^1] is not { IsOpen: false })
        {
            return;
        }

        var first = _formatting.Count - 1;
        while (first > 0 && _formatting[first - 1] is { IsOpen: false })
        {
            first--;
        }

        for (var i = first; i < _formatting.Count; i++)
        {
            if (_open.Count >= _maxDepth || !SpendClone())
            {
                return;
            }

            var copy = _formatting[i]!.ShallowCopy();
            CountNode();
            InsertNode(copy);
            Push(copy);
            _formatting[i] = copy;
        }
    }

    /// <summary>
    /// The standard's adoption agency algorithm for the end tag <paramref name="subject"/>; false when the end tag is to
    /// be handled as any other end tag. Past the copy budget a misnested formatting element closes alone, leaving the
    /// blocks opened inside it open inside it, rather than being copied around them.
    /// </summary>
    private bool AdoptionAgency(string subject)
    {
        var current = Current;
        if (!current.IsForeign && current.Name == subject && !_formatting.Contains(current))
        {
            Pop();
            return true;
        }

        for (var outer = 0; outer < 8; outer++)
        {
            var formattingElement = LastFormatting(subject);
            if (formattingElement is null)
            {
                return false;
            }

            var stackIndex = _open.LastIndexOf(formattingElement);
            if (stackIndex < 0)
            {
                _formatting.Remove(formattingElement);
                return true;
            }

            if (!ElementInScope(formattingElement))
            {
                return true;
            }

            var furthest = -1;
            for (var i = stackIndex + 1; i < _open.Count; i++)
            {
                if ((_open[i].Category & ElementCategory.Special) != 0)
                {
                    furthest = i;
                    break;
                }
            }

            if (furthest < 0)
            {
                PopTo(stackIndex);
                _formatting.Remove(formattingElement);
                return true;
            }

            if (_clones >= _cloneBudget)
            {
                // Out of copies: the formatting element closes alone, the blocks opened inside it stay open inside it.
                _cloneBudgetSpent = true;
                RemoveFromStack(formattingElement);
                _formatting.Remove(formattingElement);
                return true;
            }

            Adopt(formattingElement, stackIndex, _open[furthest]);
        }

        return true;
    }

    private void Adopt(HtmlElement formattingElement, int stackIndex, HtmlElement furthestBlock)
    {
        var commonAncestor = _open[stackIndex - 1];
        var bookmark = _formatting.IndexOf(formattingElement);
        HtmlNode lastNode = furthestBlock;
        var nodeIndex = _open.LastIndexOf(furthestBlock);
        for (var inner = 1; ; inner++)
        {
            nodeIndex--;
            var node = _open[nodeIndex];
            if (ReferenceEquals(node, formattingElement))
            {
                break;
            }

            var listed = _formatting.IndexOf(node);
            if (inner > 3 && listed >= 0)
            {
                _formatting.RemoveAt(listed);
                bookmark -= listed < bookmark ? 1 : 0;
                listed = -1;
            }

            if (listed < 0)
            {
                _open.RemoveAt(nodeIndex);
                OnPopped(node);
                continue;
            }

            var copy = node.ShallowCopy();
            SpendClone();
            CountNode();
            _formatting[listed] = copy;
            _open[nodeIndex] = copy;
            node.IsOpen = false;
            copy.IsOpen = true;
            if (ReferenceEquals(lastNode, furthestBlock))
            {
                bookmark = listed + 1;
            }

            copy.AppendChild(lastNode);
            lastNode = copy;
        }

        InsertNodeAt(commonAncestor, lastNode);
        var wrapper = formattingElement.ShallowCopy();
        SpendClone();
        CountNode();
        while (furthestBlock.FirstChild is { } child)
        {
            wrapper.AppendChild(child);
        }

        furthestBlock.AppendChild(wrapper);

        var old = _formatting.IndexOf(formattingElement);
        _formatting.Insert(bookmark, wrapper);
        _formatting.RemoveAt(old < bookmark ? old : old + 1);

        RemoveFromStack(formattingElement);
        _open.Insert(_open.IndexOf(furthestBlock) + 1, wrapper);
        wrapper.IsOpen = true;
    }
}
