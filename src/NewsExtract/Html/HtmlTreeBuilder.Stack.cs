namespace NewsExtract.Html;

/// <summary>The stack of open elements: pushing, popping, and the scope tests that decide what an end tag may close.</summary>
internal sealed partial class HtmlTreeBuilder
{
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

    private bool InScope(string name, string[] extraBoundaries, bool tableScope = false)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                return true;
            }

            if (tableScope ? open is "html" or "table" or "template" : HtmlNames.ScopeBoundary.Contains(_open[i]) || Array.IndexOf(extraBoundaries, open) >= 0)
            {
                return false;
            }
        }

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
    private void CloseListItem(string item, string alike)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i].Name;
            if (open == item || open == alike)
            {
                GenerateImpliedEndTags(open);
                PopThrough(_open[i]);
                break;
            }

            if (HtmlNames.Special.Contains(_open[i]) && open is not ("address" or "div" or "p"))
            {
                break;
            }
        }

        ClosePInButtonScope();
    }

    private void CloseInScope(string name, string[] extraBoundaries)
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

            if (HtmlNames.ScopeBoundary.Contains(_open[i]))
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

            if (HtmlNames.Special.Contains(_open[i]))
            {
                return;
            }
        }
    }

    private void GenerateImpliedEndTags(string? except)
    {
        while (_open.Count > 1 && HtmlNames.ImpliedEnd.Contains(Current) && Current.Name != except)
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
