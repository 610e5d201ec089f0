using System.Collections.Frozen;

namespace NewsExtract.Html;

/// <summary>
/// The element categories the tree builder needs (from the HTML standard's tree-construction rules), and one shared
/// instance per common tag and attribute name, so a page's thousands of <c>div</c>s cost no string each.
/// </summary>
internal static class HtmlNames
{
    private static readonly string[] CommonNames =
    [
        "a", "abbr", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo", "bgsound", "big",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input",
        "ins", "kbd", "keygen", "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "meta",
        "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "p", "param", "picture", "plaintext",
        "pre", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "small", "source", "span",
        "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th",
        "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
        "frame", "datalist", "label", "legend", "output", "menuitem", "annotation-xml", "desc", "foreignobject", "mglyph", "malignmark",
        "mi", "mn", "mo", "ms", "mtext", "path", "g", "use", "defs", "symbol", "circle", "rect", "line", "polygon", "polyline", "ellipse",
        "lineargradient", "radialgradient", "stop", "clippath", "mask",
        "align", "alt", "border", "charset", "class", "color", "content", "data-original", "data-src", "data-lazy-src", "data-url",
        "face", "height", "hidden", "href", "http-equiv", "id", "itemprop", "lang", "name", "property", "rel", "size", "src", "srcset",
        "style", "target", "type", "width",
    ];

    // Filled by the NameSets below as they are constructed (static fields initialise in order, this one first).
    private static readonly Dictionary<string, ElementCategory> Building = new(StringComparer.Ordinal);

    /// <summary>Void elements: never hold content, so a start tag makes the whole element.</summary>
    public static readonly NameSet Void = new(ElementCategory.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr");

    /// <summary>The standard's "special" category (HTML elements; a few svg and MathML ones are special too, see <see cref="ForeignCategory"/>).</summary>
    public static readonly NameSet Special = new(ElementCategory.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
        "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object",
        "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody",
        "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Formatting elements: kept in the list of active formatting elements, reopened and adopted.</summary>
    public static readonly NameSet Formatting = new(ElementCategory.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Start tags that close an open <c>&lt;p&gt;</c> and open a block (the standard's first "in body" group).</summary>
    public static readonly NameSet ClosesParagraph = new(ElementCategory.ClosesParagraph, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul");

    /// <summary>End tags that close the element of their name when it is in scope, with what is open inside it.</summary>
    public static readonly NameSet ScopedBlocks = new(ElementCategory.ScopedBlocks, "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section",
        "select", "summary", "ul");

    /// <summary>Open elements an implied end tag closes.</summary>
    public static readonly NameSet ImpliedEnd = new(ElementCategory.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    /// <summary>What implied end tags close "thoroughly" (at a template's end): the above and the table parts.</summary>
    public static readonly NameSet ImpliedEndThorough = new(ElementCategory.ImpliedEndThorough, "caption", "colgroup", "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
        "tbody", "td", "tfoot", "th", "thead", "tr");

    /// <summary>
    /// Where "in scope" searches stop (HTML elements; svg and MathML integration points stop them too). <c>select</c>
    /// joined the list with customizable select (2025; WebKit's <c>isScopeMarker</c>, html5lib-tests' <c>webkit02.dat</c>).
    /// </summary>
    public static readonly NameSet ScopeBoundary = new(ElementCategory.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "select", "template");

    /// <summary>Table structure that content is moved out of (foster parenting) when foster parenting is on.</summary>
    public static readonly NameSet TableContext = new(ElementCategory.TableContext, "table", "tbody", "tfoot", "thead", "tr");

    /// <summary>h1 to h6.</summary>
    public static readonly NameSet Headings = new(ElementCategory.Heading, "h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>HTML start tags that end an open svg or MathML subtree (and <c>font</c> with a color, face or size).</summary>
    public static readonly NameSet BreaksOutOfForeign = new(ElementCategory.BreaksOutOfForeign, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby",
        "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    // Every common name with its categories: one lookup gives the shared string and what the tree builder needs of it.
    private static readonly FrozenDictionary<string, (string Name, ElementCategory Category)> Known = CommonNames
        .Concat(Building.Keys)
        .Distinct()
        .ToFrozenDictionary(n => n, n => (n, Building.GetValueOrDefault(n)), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Name, ElementCategory Category)>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same entries for the short names (nearly every name a page uses): a miss there on a name it can hold is a miss.
    private static readonly ShortNameTable<(string Name, ElementCategory Category)> KnownShort = new(Known.Select(e => (e.Key, e.Value)));

    /// <summary>The shared instance of a lower-case name, or a new string for a rare one.</summary>
    public static string Of(ReadOnlySpan<char> lowerCaseName, out ElementCategory category)
    {
        if (Find(lowerCaseName, out var known))
        {
            category = known.Category;
            return known.Name;
        }

        category = ElementCategory.None;
        return lowerCaseName.ToString();
    }

    /// <summary>The shared instance of a lower-case name, or a new string for a rare one.</summary>
    public static string Of(ReadOnlySpan<char> lowerCaseName) =>
        Find(lowerCaseName, out var known) ? known.Name : lowerCaseName.ToString();

    /// <summary>The categories of an element name (none for a name the standard gives no rule).</summary>
    public static ElementCategory CategoryOf(string name) => Find(name, out var known) ? known.Category : ElementCategory.None;

    private static bool Find(ReadOnlySpan<char> name, out (string Name, ElementCategory Category) known) =>
        KnownShort.TryGetValue(name, out known) || (!ShortNameTable<(string, ElementCategory)>.CanHold(name) && KnownBySpan.TryGetValue(name, out known));

    /// <summary>The white space of HTML's syntax: space, tab, line feed, form feed, carriage return.</summary>
    public const string AsciiWhiteSpace = " \t\n\f\r";

    public static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>
    /// The categories of an svg or MathML element: the integration points (where HTML goes on inside foreign content)
    /// are special and bound scope; everything else in those namespaces has none.
    /// </summary>
    public static ElementCategory ForeignCategory(ElementNamespace ns, string name) => (ns, name) switch
    {
        (ElementNamespace.Svg, "foreignobject" or "desc" or "title") => ElementCategory.Special | ElementCategory.ScopeBoundary | ElementCategory.HtmlIntegrationPoint,
        (ElementNamespace.MathMl, "mi" or "mo" or "mn" or "ms" or "mtext") => ElementCategory.Special | ElementCategory.ScopeBoundary | ElementCategory.MathTextIntegrationPoint,
        (ElementNamespace.MathMl, "annotation-xml") => ElementCategory.Special | ElementCategory.ScopeBoundary,
        _ => ElementCategory.None,
    };

    /// <summary>One of the categories above: tested by name (one lookup) or, cheaper, on an element (its cached categories).</summary>
    internal sealed class NameSet
    {
        private readonly ElementCategory _category;

        public NameSet(ElementCategory category, params string[] names)
        {
            _category = category;
            foreach (var name in names)
            {
                Building[name] = Building.GetValueOrDefault(name) | category;
            }
        }

        public bool Contains(string name) => (CategoryOf(name) & _category) != 0;

        public bool Contains(HtmlElement element) => (element.Category & _category) != 0;
    }
}

/// <summary>The tree-construction categories an element name belongs to (<see cref="HtmlNames"/> lists them).</summary>
[Flags]
internal enum ElementCategory : ushort
{
    None = 0,
    Void = 1 << 0,
    Special = 1 << 1,
    Formatting = 1 << 2,
    ClosesParagraph = 1 << 3,
    ScopedBlocks = 1 << 4,
    ImpliedEnd = 1 << 5,
    ImpliedEndThorough = 1 << 6,
    ScopeBoundary = 1 << 7,
    TableContext = 1 << 8,
    Heading = 1 << 9,
    BreaksOutOfForeign = 1 << 10,
    HtmlIntegrationPoint = 1 << 11,
    MathTextIntegrationPoint = 1 << 12,
}

/// <summary>The namespace an element is in: HTML, or the svg and MathML subtrees a page embeds.</summary>
internal enum ElementNamespace : byte
{
    Html,
    Svg,
    MathMl,
}
