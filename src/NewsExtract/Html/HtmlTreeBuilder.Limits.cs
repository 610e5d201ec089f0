using NewsExtract.Blocks;

namespace NewsExtract.Html;

/// <summary>Past the depth limit: start tags read as a space, hidden elements dropped with their content.</summary>
internal sealed partial class HtmlTreeBuilder
{
    // Past the depth limit a start tag is read as a space, and an element that hides its content is dropped with it.
    private void SkipPastLimit(string name, HtmlAttribute[] attributes)
    {
        _capped = true;
        if (ElementKinds.IsSkipped(name) || ElementKinds.HidesContent(new HtmlElement(name, attributes)))
        {
            _dropDepth = 1;
            return;
        }

        _ignoredPastLimit.Add(name);
        InsertText(" ".AsMemory());
    }

    // An end tag for a tag ignored past the depth limit is read as a space too.
    private bool CloseIgnored(string name)
    {
        var last = _ignoredPastLimit.Count - 1;
        for (var i = last; i >= Math.Max(0, last - IgnoredSearch); i--)
        {
            if (_ignoredPastLimit[i] == name)
            {
                _ignoredPastLimit.RemoveRange(i, _ignoredPastLimit.Count - i);
                InsertText(" ".AsMemory());
                return true;
            }
        }

        return false;
    }
}
