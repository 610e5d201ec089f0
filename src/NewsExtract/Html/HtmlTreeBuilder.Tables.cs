namespace NewsExtract.Html;

/// <summary>
/// Tables: the in table, in caption, in column group, in table body, in row and in cell modes, and content moved out
/// before a table it may not stand in (foster parenting).
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private void StartInTable(StartTag tag)
    {
        switch (tag.Name)
        {
            case "caption":
                ClearStackToTableContext();
                _formatting.Add(null);
                InsertElement(tag);
                _mode = InsertionMode.InCaption;
                return;
            case "colgroup":
                ClearStackToTableContext();
                InsertElement(tag);
                _mode = InsertionMode.InColumnGroup;
                return;
            case "col":
                ClearStackToTableContext();
                InsertElement(new StartTag("colgroup", [], false));
                _mode = InsertionMode.InColumnGroup;
                StartTagIn(_mode, tag);
                return;
            case "tbody" or "tfoot" or "thead":
                ClearStackToTableContext();
                InsertElement(tag);
                _mode = InsertionMode.InTableBody;
                return;
            case "td" or "th" or "tr":
                ClearStackToTableContext();
                InsertElement(new StartTag("tbody", [], false));
                _mode = InsertionMode.InTableBody;
                StartTagIn(_mode, tag);
                return;
            case "table":
                // A table start tag among another table's rows ends that table (the page forgot its </table>).
                if (InTableScope("table"))
                {
                    PopUntil("table");
                    ResetInsertionMode();
                    StartTagIn(_mode, tag);
                }

                return;
            case "style" or "script" or "template":
                StartInHead(tag);
                return;
            case "input" when string.Equals(HtmlElement.ValueOf(tag.Attributes, "type"), "hidden", StringComparison.OrdinalIgnoreCase):
                InsertVoid(tag);
                return;
            case "form":
                if (LastOpen("template") < 0 && _form is null)
                {
                    _form = InsertElement(tag);
                    Pop();
                }

                return;
        }

        _fosterParenting = true;
        StartInBody(tag);
        _fosterParenting = false;
    }

    private void EndInTable(string name)
    {
        switch (name)
        {
            case "table":
                if (InTableScope("table"))
                {
                    PopUntil("table");
                    ResetInsertionMode();
                }

                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
            case "template":
                EndInHead(name);
                return;
        }

        _fosterParenting = true;
        EndInBody(name);
        _fosterParenting = false;
    }

    private void StartInCaption(StartTag tag)
    {
        if (tag.Name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            if (CloseCaption())
            {
                StartTagIn(_mode, tag);
            }

            return;
        }

        StartInBody(tag);
    }

    private void EndInCaption(string name)
    {
        switch (name)
        {
            case "caption":
                CloseCaption();
                return;
            case "table":
                if (CloseCaption())
                {
                    EndTagIn(_mode, name);
                }

                return;
            case "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr":
                return;
        }

        EndInBody(name);
    }

    private bool CloseCaption()
    {
        if (!InTableScope("caption"))
        {
            return false;
        }

        GenerateImpliedEndTags();
        PopUntil("caption");
        ClearFormattingToMarker();
        _mode = InsertionMode.InTable;
        return true;
    }

    private void StartInColumnGroup(StartTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                StartInBody(tag);
                return;
            case "col":
                InsertVoid(tag);
                return;
            case "template":
                StartInHead(tag);
                return;
        }

        if (Current.Name == "colgroup")
        {
            Pop();
            _mode = InsertionMode.InTable;
            StartTagIn(_mode, tag);
        }
    }

    private void EndInColumnGroup(string name)
    {
        switch (name)
        {
            case "colgroup":
                if (Current.Name == "colgroup")
                {
                    Pop();
                    _mode = InsertionMode.InTable;
                }

                return;
            case "col":
                return;
            case "template":
                EndInHead(name);
                return;
        }

        if (Current.Name == "colgroup")
        {
            Pop();
            _mode = InsertionMode.InTable;
            EndTagIn(_mode, name);
        }
    }

    private void StartInTableBody(StartTag tag)
    {
        switch (tag.Name)
        {
            case "tr":
                ClearStackToTableBodyContext();
                InsertElement(tag);
                _mode = InsertionMode.InRow;
                return;
            case "th" or "td":
                ClearStackToTableBodyContext();
                InsertElement(new StartTag("tr", [], false));
                _mode = InsertionMode.InRow;
                StartTagIn(_mode, tag);
                return;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead":
                if (CloseTableBody())
                {
                    StartTagIn(_mode, tag);
                }

                return;
        }

        StartInTable(tag);
    }

    private void EndInTableBody(string name)
    {
        switch (name)
        {
            case "tbody" or "tfoot" or "thead":
                if (InTableScope(name))
                {
                    ClearStackToTableBodyContext();
                    Pop();
                    _mode = InsertionMode.InTable;
                }

                return;
            case "table":
                if (CloseTableBody())
                {
                    EndTagIn(_mode, name);
                }

                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr":
                return;
        }

        EndInTable(name);
    }

    private bool CloseTableBody()
    {
        if (!InTableScope("tbody") && !InTableScope("thead") && !InTableScope("tfoot"))
        {
            return false;
        }

        ClearStackToTableBodyContext();
        Pop();
        _mode = InsertionMode.InTable;
        return true;
    }

    private void StartInRow(StartTag tag)
    {
        switch (tag.Name)
        {
            case "th" or "td":
                ClearStackToTableRowContext();
                InsertElement(tag);
                _mode = InsertionMode.InCell;
                _formatting.Add(null);
                return;
            case "caption" or "col" or "colgroup" or "tbody" or "tfoot" or "thead" or "tr":
                if (CloseRow())
                {
                    StartTagIn(_mode, tag);
                }

                return;
        }

        StartInTable(tag);
    }

    private void EndInRow(string name)
    {
        switch (name)
        {
            case "tr":
                CloseRow();
                return;
            case "table":
                if (CloseRow())
                {
                    EndTagIn(_mode, name);
                }

                return;
            case "tbody" or "tfoot" or "thead":
                if (InTableScope(name) && CloseRow())
                {
                    EndTagIn(_mode, name);
                }

                return;
            case "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th":
                return;
        }

        EndInTable(name);
    }

    private bool CloseRow()
    {
        if (!InTableScope("tr"))
        {
            return false;
        }

        ClearStackToTableRowContext();
        Pop();
        _mode = InsertionMode.InTableBody;
        return true;
    }

    private void StartInCell(StartTag tag)
    {
        if (tag.Name is "caption" or "col" or "colgroup" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
        {
            if (InTableScope("td") || InTableScope("th"))
            {
                CloseCell();
                StartTagIn(_mode, tag);
            }

            return;
        }

        StartInBody(tag);
    }

    private void EndInCell(string name)
    {
        switch (name)
        {
            case "td" or "th":
                if (InTableScope(name))
                {
                    GenerateImpliedEndTags();
                    PopUntil(name);
                    ClearFormattingToMarker();
                    _mode = InsertionMode.InRow;
                }

                return;
            case "body" or "caption" or "col" or "colgroup" or "html":
                return;
            case "table" or "tbody" or "tfoot" or "thead" or "tr":
                if (InTableScope(name))
                {
                    CloseCell();
                    EndTagIn(_mode, name);
                }

                return;
        }

        EndInBody(name);
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags();
        while (_open.Count > 1)
        {
            var popped = Current;
            Pop();
            if (!popped.IsForeign && popped.Name is "td" or "th")
            {
                break;
            }
        }

        ClearFormattingToMarker();
        _mode = InsertionMode.InRow;
    }

    private void ClearStackToTableContext()
    {
        while (_open.Count > 1 && !(Current is { IsForeign: false, Name: "table" or "template" or "html" }))
        {
            Pop();
        }
    }

    private void ClearStackToTableBodyContext()
    {
        while (_open.Count > 1 && !(Current is { IsForeign: false, Name: "tbody" or "tfoot" or "thead" or "template" or "html" }))
        {
            Pop();
        }
    }

    private void ClearStackToTableRowContext()
    {
        while (_open.Count > 1 && !(Current is { IsForeign: false, Name: "tr" or "template" or "html" }))
        {
            Pop();
        }
    }
}
