namespace NewsExtract.Html;

/// <summary>Tables: implied sections, rows and cells, and content moved before a table it may not stand in (foster parenting).</summary>
internal sealed partial class HtmlTreeBuilder
{
    // caption, colgroup, col, tbody, thead, tfoot, tr, td, th: false when ignored or fully handled.
    private bool StartTableStructure(string name, HtmlAttribute[] attributes)
    {
        if (!InScope("table", NoExtraScope, tableScope: true))
        {
            return false;
        }

        // A new cell, row or section closes the open cell (and a caption).
        if (InCell(out var cell))
        {
            GenerateImpliedEndTags(null);
            PopThrough(cell);
        }

        switch (name)
        {
            case "caption" or "colgroup" or "tbody" or "thead" or "tfoot":
                ClearStackTo("table");
                AppendAndPush(new HtmlElement(name, attributes));
                AddMarker(name);
                return false;
            case "col":
                ClearStackTo("table");
                Current.AppendChild(new HtmlElement(name, attributes));
                return false;
            case "tr":
                ClearStackTo("table", "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    AppendAndPush(new HtmlElement("tbody", []));
                }

                AppendAndPush(new HtmlElement(name, attributes));
                return false;
            default:
                ClearStackTo("table", "tbody", "thead", "tfoot", "tr");
                if (Current.Name == "table")
                {
                    AppendAndPush(new HtmlElement("tbody", []));
                }

                if (Current.Name != "tr")
                {
                    AppendAndPush(new HtmlElement("tr", []));
                }

                AppendAndPush(new HtmlElement(name, attributes));
                AddMarker(name);
                return false;
        }
    }

    // A table start tag met among another table's rows ends that table (the page forgot its </table>): the new table
    // follows it rather than being moved before it. False when the tag is ignored.
    private bool StartTable()
    {
        if (AmongTableRows())
        {
            if (!InScope("table", NoExtraScope, tableScope: true))
            {
                return false;
            }

            PopUntil("table");
        }

        if (!_quirks)
        {
            ClosePInButtonScope();
        }

        return true;
    }

    private static bool IsTableStructure(string name) =>
        name is "caption" or "colgroup" or "col" or "tbody" or "thead" or "tfoot" or "tr" or "td" or "th";

    // Appends to `target`, or puts the node before the table when `target` is table structure (foster parenting).
    private void InsertInto(HtmlElement target, HtmlNode node)
    {
        var table = IsTableContext(target) ? _open.FindLastIndex(static e => e.Name == "table" && !e.IsForeign) : -1;
        if (table <= 0)
        {
            target.AppendChild(node);
            return;
        }

        if (_open[table].Parent is { } parent)
        {
            parent.InsertBefore(node, _open[table]);
        }
        else
        {
            _open[table - 1].AppendChild(node);
        }
    }

    // Whether the nearest table structure open is a table, section or row rather than a cell or caption: the standard's
    // "in table" insertion modes, which elements moved out of the table (and still open) do not leave.
    private bool AmongTableRows()
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i];
            if (IsTableContext(open))
            {
                return true;
            }

            if (open.Name is "td" or "th" or "caption" or "template" && !open.IsForeign)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsTableContext(HtmlElement element) => !element.IsForeign && HtmlNames.TableContext.Contains(element);

    // The open td or th above the nearest table, if any.
    private bool InCell(out HtmlElement cell)
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var open = _open[i];
            if (open.Name is "td" or "th" or "caption")
            {
                cell = open;
                return true;
            }

            if (open.Name is "table" or "template")
            {
                break;
            }
        }

        cell = _html;
        return false;
    }
}
