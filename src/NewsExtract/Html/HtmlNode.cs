namespace NewsExtract.Html;

/// <summary>
/// A node of the page's tree as <see cref="HtmlTreeBuilder"/> builds it: only what extraction reads (elements with their
/// attributes, and text), linked both ways so that walking, inserting and removing are O(1) per step.
/// </summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }

    public HtmlNode? NextSibling { get; internal set; }

    public HtmlNode? PreviousSibling { get; internal set; }

    /// <summary>Detaches the node (and everything under it) from the tree.</summary>
    public void Remove() => Parent?.RemoveChild(this);
}

/// <summary>A run of character data, character references already decoded. Often a slice of the page's own string.</summary>
internal sealed class HtmlText(ReadOnlyMemory<char> data) : HtmlNode
{
    public ReadOnlyMemory<char> Data { get; } = data;

    public override string ToString() => Data.ToString();
}

/// <summary>
/// One attribute; the name is lower-cased, the value has its character references decoded. The value is most often a
/// slice of the page's own string, made a string only when asked for (<see cref="HtmlElement.GetAttribute"/>): most
/// attributes of a page (targets, styles, data-*) are never read as strings.
/// </summary>
internal readonly record struct HtmlAttribute(string Name, ReadOnlyMemory<char> Value)
{
    public HtmlAttribute(string name, string value)
        : this(name, value.AsMemory())
    {
    }
}
