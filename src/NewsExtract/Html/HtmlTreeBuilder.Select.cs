namespace NewsExtract.Html;

/// <summary>
/// Customizable select: when a selected <c>option</c> is closed, its content is copied into the select's
/// <c>selectedcontent</c> element (the standard's "maybe clone an option into selectedcontent", run as an option is
/// popped off the stack). Pages without a <c>selectedcontent</c> never pay for it.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    // How much of a select's subtree is walked to find its selectedcontent or an earlier option: beyond it (hostile
    // markup only), nothing is copied.
    private const int SelectWalkLimit = 4096;

    private bool _selectedContentSeen;

    private void OnPopped(HtmlElement element)
    {
        element.IsOpen = false;
        if (_selectedContentSeen && element.Name == "option" && !element.IsForeign)
        {
            MaybeCloneIntoSelectedContent(element);
        }
    }

    private void MaybeCloneIntoSelectedContent(HtmlElement option)
    {
        if (_clones >= _cloneBudget || NearestSelect(option) is not { } select || select.HasAttribute("multiple"))
        {
            return;
        }

        HtmlElement? selectedContent = null;
        var earlierOption = false;
        var walked = 0;
        foreach (var node in select.Descendants())
        {
            if (++walked > SelectWalkLimit)
            {
                return;
            }

            if (node is not HtmlElement { IsForeign: false } element)
            {
                continue;
            }

            if (element.Name == "selectedcontent")
            {
                selectedContent ??= element;
            }
            else if (element.Name == "option")
            {
                if (ReferenceEquals(element, option))
                {
                    break;
                }

                earlierOption = true;
            }
        }

        // Selected: by its attribute, or as the select's first option (the default until another is selected).
        if (selectedContent is null || selectedContent.Contains(option) || (earlierOption && !option.HasAttribute("selected")))
        {
            return;
        }

        while (selectedContent.FirstChild is { } old)
        {
            old.Remove();
        }

        for (var child = option.FirstChild; child is not null; child = child.NextSibling)
        {
            selectedContent.AppendChild(DeepCopy(child));
        }
    }

    // The option's select: its parent, or its optgroup's parent (no datalist, hr or option between).
    private static HtmlElement? NearestSelect(HtmlElement option)
    {
        var optgroup = false;
        for (var ancestor = option.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.IsForeign)
            {
                continue;
            }

            switch (ancestor.Name)
            {
                case "datalist" or "hr" or "option":
                    return null;
                case "optgroup":
                    if (optgroup)
                    {
                        return null;
                    }

                    optgroup = true;
                    break;
                case "select":
                    return ancestor;
            }
        }

        return null;
    }

    private HtmlNode DeepCopy(HtmlNode node)
    {
        CountNode();
        if (node is HtmlText text)
        {
            return new HtmlText(text.Data);
        }

        var element = (HtmlElement)node;
        SpendClone();
        var copy = element.ShallowCopy();
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            copy.AppendChild(DeepCopy(child));
        }

        return copy;
    }
}
