using System.Text;

namespace NewsExtract.Html;

/// <summary>
/// An element: its lower-cased local name, its namespace, attributes in source order (first of a duplicated name wins)
/// and children.
/// </summary>
internal sealed class HtmlElement(string name, HtmlAttribute[] attributes, ElementNamespace ns, ElementCategory category) : HtmlNode
{
    /// <summary>An HTML element, or (<paramref name="isForeign"/>) an svg one.</summary>
    public HtmlElement(string name, HtmlAttribute[] attributes, bool isForeign = false)
        : this(name, attributes, isForeign ? ElementNamespace.Svg : ElementNamespace.Html)
    {
    }

    /// <summary>An element of <paramref name="ns"/>, its categories looked up.</summary>
    public HtmlElement(string name, HtmlAttribute[] attributes, ElementNamespace ns)
        : this(name, attributes, ns, ns == ElementNamespace.Html ? HtmlNames.CategoryOf(name) : HtmlNames.ForeignCategory(ns, name))
    {
    }

    private HtmlAttribute[] _attributes = attributes;

    /// <summary>The lower-cased local name (<c>div</c>, <c>p</c>, <c>svg</c>, <c>foreignobject</c>).</summary>
    public string Name { get; } = name;

    /// <summary>HTML, svg or MathML.</summary>
    public ElementNamespace Namespace { get; } = ns;

    /// <summary>True inside <c>&lt;svg&gt;</c> or <c>&lt;math&gt;</c>, where a self-closing tag really closes.</summary>
    public bool IsForeign => Namespace != ElementNamespace.Html;

    /// <summary>The tree-construction categories of the element, looked up once for the builder's stack walks.</summary>
    public ElementCategory Category { get; private set; } = category;

    /// <summary>While the tree is built: the element is on the stack of open elements.</summary>
    internal bool IsOpen { get; set; }

    /// <summary>Marks a MathML <c>annotation-xml</c> whose encoding makes it an HTML integration point.</summary>
    internal void MarkHtmlIntegrationPoint() => Category |= ElementCategory.HtmlIntegrationPoint;

    public HtmlNode? FirstChild { get; private set; }

    /// <summary>
    /// Free for one pass over the tree to number the elements it meets (a dictionary keyed by element cost a hash per
    /// lookup). A pass checks what it reads here against its own records: another pass may have left a number.
    /// </summary>
    internal int ScratchIndex { get; set; }

    public HtmlNode? LastChild { get; private set; }

    public ReadOnlySpan<HtmlAttribute> Attributes => _attributes;

    /// <summary>The value of the attribute named <paramref name="name"/> as a string, or null without one.</summary>
    public string? GetAttribute(string name) => ValueOf(_attributes, name);

    /// <summary>The value of the attribute named <paramref name="name"/>, without making a string of it.</summary>
    public bool TryGetAttribute(string name, out ReadOnlySpan<char> value)
    {
        var index = IndexOf(_attributes, name);
        value = index < 0 ? default : _attributes[index].Value.Span;
        return index >= 0;
    }

    /// <summary>The value of the first attribute named <paramref name="name"/> in <paramref name="attributes"/>, or null.</summary>
    public static string? ValueOf(ReadOnlySpan<HtmlAttribute> attributes, string name)
    {
        var index = IndexOf(attributes, name);
        return index < 0 ? null : attributes[index].Value.ToString();
    }

    private static int IndexOf(ReadOnlySpan<HtmlAttribute> attributes, string name)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (string.Equals(attributes[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public bool HasAttribute(string name) => IndexOf(_attributes, name) >= 0;

    /// <summary>True when <paramref name="node"/> is this element or lies under it.</summary>
    public bool Contains(HtmlNode node)
    {
        for (HtmlNode? at = node; at is not null; at = at.Parent)
        {
            if (ReferenceEquals(at, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concatenated text of every text node under the element, in document order.</summary>
    public string TextContent
    {
        get
        {
            if (FirstChild is HtmlText only && only.NextSibling is null)
            {
                return only.Data.ToString();
            }

            var text = new StringBuilder();
            foreach (var node in Descendants())
            {
                if (node is HtmlText t)
                {
                    text.Append(t.Data.Span);
                }
            }

            return text.ToString();
        }
    }

    /// <summary>Every node under the element in document order (pre-order), without recursion.</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        var node = FirstChild;
        while (node is not null)
        {
            yield return node;
            if (node is HtmlElement { FirstChild: { } child })
            {
                node = child;
                continue;
            }

            while (node is not null && node.NextSibling is null)
            {
                node = node.Parent;
                if (ReferenceEquals(node, this))
                {
                    yield break;
                }
            }

            node = node?.NextSibling;
        }
    }

    /// <summary>True when an element named <paramref name="name"/> lies under this one.</summary>
    public bool HasDescendant(string name)
    {
        var walk = new ElementWalk(this);
        walk.MoveNext(); // this element itself
        while (walk.MoveNext())
        {
            if (walk.Current.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This element and every element under it, in document order, walked without allocating.</summary>
    public ElementWalk SelfAndDescendantElements() => new(this);

    /// <summary>Every element under this one, in document order.</summary>
    public IEnumerable<HtmlElement> DescendantElements() => Descendants().OfType<HtmlElement>();

    public void AppendChild(HtmlNode node) => InsertBefore(node, null);

    /// <summary>Inserts <paramref name="node"/> before <paramref name="reference"/> (a child of this element), or last when it is null.</summary>
    public void InsertBefore(HtmlNode node, HtmlNode? reference)
    {
        node.Remove();
        node.Parent = this;
        node.NextSibling = reference;
        node.PreviousSibling = reference is null ? LastChild : reference.PreviousSibling;
        if (node.PreviousSibling is null)
        {
            FirstChild = node;
        }
        else
        {
            node.PreviousSibling.NextSibling = node;
        }

        if (reference is null)
        {
            LastChild = node;
        }
        else
        {
            reference.PreviousSibling = node;
        }
    }

    internal void RemoveChild(HtmlNode node)
    {
        if (node.PreviousSibling is null)
        {
            FirstChild = node.NextSibling;
        }
        else
        {
            node.PreviousSibling.NextSibling = node.NextSibling;
        }

        if (node.NextSibling is null)
        {
            LastChild = node.PreviousSibling;
        }
        else
        {
            node.NextSibling.PreviousSibling = node.PreviousSibling;
        }

        node.Parent = null;
        node.NextSibling = null;
        node.PreviousSibling = null;
    }

    /// <summary>Adds the attributes this element lacks (a second <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> tag does this).</summary>
    internal void MergeAttributes(ReadOnlySpan<HtmlAttribute> attributes)
    {
        // Linear in both lists (a set of the names, one new array): a hostile tag may carry 100,000 attributes.
        if (attributes.IsEmpty)
        {
            return;
        }

        var names = new HashSet<string>(_attributes.Select(a => a.Name), StringComparer.Ordinal);
        var added = new List<HtmlAttribute>();
        foreach (var attribute in attributes)
        {
            if (names.Add(attribute.Name))
            {
                added.Add(attribute);
            }
        }

        if (added.Count > 0)
        {
            _attributes = [.. _attributes, .. added];
        }
    }

    /// <summary>A new element of the same name and attributes, without children (the attribute array is shared: it is never changed in place).</summary>
    internal HtmlElement ShallowCopy() => new(Name, _attributes, Namespace, Category);

    public override string ToString() => $"<{Name}>";
}

/// <summary>
/// An element and the elements under it in document order (pre-order), as a struct enumerator: a page's whole tree is
/// walked this way for its metadata, where a chain of iterators cost an interface call per node per layer.
/// </summary>
internal struct ElementWalk(HtmlElement root)
{
    private HtmlNode? _next = root;

    public HtmlElement Current { get; private set; } = null!;

    public readonly ElementWalk GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_next is { } node)
        {
            _next = Following(node);
            if (node is HtmlElement element)
            {
                Current = element;
                return true;
            }
        }

        return false;
    }

    // The node after `node` in pre-order within the root's subtree, or null past its end.
    private readonly HtmlNode? Following(HtmlNode node)
    {
        if (node is HtmlElement { FirstChild: { } child })
        {
            return child;
        }

        for (HtmlNode? at = node; at is not null && !ReferenceEquals(at, root); at = at.Parent)
        {
            if (at.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
