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
        "align", "alt", "border", "charset", "class", "color", "content", "data-original", "data-src", "data-lazy-src", "data-url",
        "face", "height", "hidden", "href", "http-equiv", "id", "itemprop", "lang", "name", "property", "rel", "size", "src", "srcset",
        "style", "target", "type", "width",
    ];

    // Filled by the NameSets below as they are constructed (static fields initialise in order, this one first).
    private static readonly Dictionary<string, ElementCategory> Building = new(StringComparer.Ordinal);

    /// <summary>Never hold their own content as markup; nothing is written inside them but text.</summary>
    public static readonly NameSet Void = new(ElementCategory.Void, "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr");

    /// <summary>The standard's "special" category: an end tag looking for an open element stops at these.</summary>
    public static readonly NameSet Special = new(ElementCategory.Special, "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button", "caption",
        "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
        "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object",
        "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody",
        "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Formatting elements: an end tag for one that has blocks open inside it closes it without closing them.</summary>
    public static readonly NameSet Formatting = new(ElementCategory.Formatting, "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Start tags that first close an open <c>&lt;p&gt;</c>.</summary>
    public static readonly NameSet ClosesParagraph = new(ElementCategory.ClosesParagraph, "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4",
        "h5", "h6", "pre", "listing", "form", "hr", "xmp", "plaintext");

    /// <summary>Elements the head holds when they come before the body starts.</summary>
    public static readonly NameSet HeadContent = new(ElementCategory.HeadContent, "base", "basefont", "bgsound", "link", "meta", "noframes", "script", "style", "template", "title");

    /// <summary>End tags that close an element only when it is in scope (block containers and friends).</summary>
    public static readonly NameSet ScopedBlocks = new(ElementCategory.ScopedBlocks, "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul",
        "applet", "marquee", "object");

    /// <summary>Open elements an implied end tag closes (a new paragraph or list item closes these).</summary>
    public static readonly NameSet ImpliedEnd = new(ElementCategory.ImpliedEnd, "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    /// <summary>Where "in scope" searches stop.</summary>
    public static readonly NameSet ScopeBoundary = new(ElementCategory.ScopeBoundary, "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    /// <summary>Table-structure elements: while one of these is the current node, other content is moved before the table.</summary>
    public static readonly NameSet TableContext = new(ElementCategory.TableContext, "colgroup", "table", "tbody", "tfoot", "thead", "tr");

    /// <summary>Elements that mark the list of active formatting elements: formatting opened outside is not reopened inside.</summary>
    public static readonly NameSet FormattingMarkers = new(ElementCategory.FormattingMarkers, "applet", "caption", "marquee", "object", "td", "template", "th");

    /// <summary>HTML start tags that end an open <c>&lt;svg&gt;</c> or <c>&lt;math&gt;</c> subtree.</summary>
    public static readonly NameSet BreaksOutOfForeign = new(ElementCategory.BreaksOutOfForeign, "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

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
    HeadContent = 1 << 4,
    ScopedBlocks = 1 << 5,
    ImpliedEnd = 1 << 6,
    ScopeBoundary = 1 << 7,
    TableContext = 1 << 8,
    FormattingMarkers = 1 << 9,
    BreaksOutOfForeign = 1 << 10,
}
