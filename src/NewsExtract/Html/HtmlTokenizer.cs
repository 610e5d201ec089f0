using System.Buffers;

namespace NewsExtract.Html;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
    Comment,
    Doctype,
    EndOfFile,
}

/// <summary>How the content of a raw-text element is read: up to its end tag, with or without character references.</summary>
internal enum RawTextKind
{
    /// <summary><c>style</c>, <c>xmp</c>, <c>iframe</c>, <c>noembed</c>, <c>noframes</c>: text as written.</summary>
    RawText,

    /// <summary><c>title</c>, <c>textarea</c>: text with character references decoded.</summary>
    RcData,

    /// <summary><c>script</c>: raw text whose <c>&lt;!-- … --&gt;</c> escapes can hide a <c>&lt;/script&gt;</c>.</summary>
    Script,

    /// <summary><c>plaintext</c>: everything to the end of the page.</summary>
    PlainText,
}

/// <summary>
/// Splits HTML into tokens as the HTML standard's tokenizer does: text with character references decoded, start and end
/// tags with lower-cased names and attributes, comments (without their text, which extraction never reads), CDATA
/// sections in svg and MathML, and the doctype. The input stream is preprocessed first (CR and CR LF become LF). Text is
/// a slice of the page whenever nothing needed decoding. Each character is read a bounded number of times, so the cost
/// is linear in the page whatever the markup. The tree builder drives the states that depend on the tree: it reads the
/// content of raw-text elements (<see cref="ReadRawText"/>) and says when CDATA sections are allowed.
/// </summary>
internal sealed class HtmlTokenizer
{
    private static readonly SearchValues<char> TagDelimiters = SearchValues.Create("\t\n\f\r />");
    private static readonly SearchValues<char> ScriptMarks = SearchValues.Create("<-");

    private const int ManyAttributes = 16;

    private readonly string html;
    private readonly List<HtmlAttribute> _attributes = [];
    private readonly HashSet<string> _attributeNames = new(StringComparer.Ordinal);
    private int _position;

    public HtmlTokenizer(string html)
    {
        this.html = Preprocess(html);
    }

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The page after preprocessing (line breaks normalised), which text tokens are slices of.</summary>
    public string Source => html;

    /// <summary>The tag's lower-cased name (start and end tags).</summary>
    public string Name { get; private set; } = "";

    /// <summary>The tree-construction categories of <see cref="Name"/> as an HTML element, found with the name.</summary>
    public ElementCategory NameCategory { get; private set; }

    /// <summary>The tag ended in <c>/&gt;</c> (only meaningful in svg and math, and on void elements).</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The start tag's attributes, first of a duplicated name only; valid until the next token.</summary>
    public List<HtmlAttribute> Attributes => _attributes;

    /// <summary>The text of a text token (U+0000 kept: the tree builder drops or replaces it by where it lands).</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>For a doctype: whether it puts the page in quirks mode.</summary>
    public bool DoctypeMeansQuirks { get; private set; }

    /// <summary>Text and attribute values whose character references were decoded are put in Unicode NFC (see <see cref="CharacterReferences.Decode(ReadOnlyMemory{char}, bool, bool)"/>).</summary>
    public bool ComposeReferences { get; init; }

    /// <summary>Set by the tree builder while the current node is svg or MathML: <c>&lt;![CDATA[</c> then opens a CDATA section.</summary>
    public bool AllowCData { get; set; }

    /// <summary>Whether the last <see cref="ReadRawText"/> ended at the element's end tag (rather than the end of the page).</summary>
    public bool RawTextEndTag { get; private set; }

    /// <summary>The standard's input preprocessing: every CR LF pair and every lone CR becomes one LF.</summary>
    public static string Preprocess(string html)
    {
        var cr = html.IndexOf('\r', StringComparison.Ordinal);
        if (cr < 0)
        {
            return html;
        }

        return string.Create(html.Length - CountCrLf(html, cr), (html, cr), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            var written = first;
            for (var i = first; i < source.Length; i++)
            {
                var c = source[i];
                if (c == '\r')
                {
                    span[written++] = '\n';
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    span[written++] = c;
                }
            }
        });
    }

    private static int CountCrLf(string html, int from)
    {
        var count = 0;
        for (var i = html.IndexOf("\r\n", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("\r\n", i + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public HtmlTokenKind Next()
    {
        while (true)
        {
            if (_position >= html.Length)
            {
                return Kind = HtmlTokenKind.EndOfFile;
            }

            var start = _position;
            var markup = FindMarkup(start);
            if (markup > start)
            {
                _position = markup;
                Text = CharacterReferences.Decode(html.AsMemory(start, markup - start), inAttribute: false, ComposeReferences);
                return Kind = HtmlTokenKind.Text;
            }

            if (ReadMarkup() is { } kind)
            {
                return Kind = kind;
            }
        }
    }

    /// <summary>
    /// Reads the content of the raw-text element whose start tag was just returned, and consumes its end tag. With no
    /// <paramref name="name"/> no end tag is appropriate: the text runs to the end of the page. U+0000 becomes U+FFFD.
    /// </summary>
    public ReadOnlyMemory<char> ReadRawText(string? name, RawTextKind kind)
    {
        var start = _position;
        var end = kind switch
        {
            _ when name is null => html.Length,
            RawTextKind.PlainText => html.Length,
            RawTextKind.Script => FindScriptEnd(start, name),
            _ => FindEndTag(start, name),
        };
        RawTextEndTag = end < html.Length;
        _position = end;
        if (RawTextEndTag && ReadTag(end + 2, isEnd: true) is null)
        {
            // The end tag runs into the end of the page: it is dropped, and so is the rest.
            RawTextEndTag = false;
        }

        var text = html.AsMemory(start, end - start);
        if (kind == RawTextKind.RcData)
        {
            text = CharacterReferences.Decode(text, inAttribute: false, ComposeReferences);
        }

        return ReplaceNul(text);
    }

    /// <summary>Reads a CDATA section's text, whose <c>&lt;![CDATA[</c> was just read, and consumes its <c>]]&gt;</c>.</summary>
    public ReadOnlyMemory<char> ReadCDataSection()
    {
        var start = _position;
        var end = html.AsSpan(start).IndexOf("]]>", StringComparison.Ordinal);
        end = end < 0 ? html.Length : start + end;
        _position = Math.Min(html.Length, end + 3);
        return html.AsMemory(start, end - start);
    }

    /// <summary>The text with each U+0000 replaced by U+FFFD (the same memory when it has none).</summary>
    public static ReadOnlyMemory<char> ReplaceNul(ReadOnlyMemory<char> text) =>
        text.Span.Contains('\0') ? text.ToString().Replace('\0', '\uFFFD').AsMemory() : text;

    // The next '<' that opens markup (a tag, a comment, a doctype); any other '<' is text.
    private int FindMarkup(int from)
    {
        while (true)
        {
            var at = html.AsSpan(from).IndexOf('<');
            if (at < 0)
            {
                return html.Length;
            }

            at += from;
            if (at + 1 >= html.Length)
            {
                return html.Length;
            }

            var next = html[at + 1];
            if (char.IsAsciiLetter(next) || next is '!' or '?' || (next == '/' && at + 2 < html.Length))
            {
                return at;
            }

            from = at + 1;
        }
    }

    // At a markup '<': returns the token read, or null for markup that makes none (`</>`, a tag cut off by the end).
    private HtmlTokenKind? ReadMarkup()
    {
        var at = _position;
        var next = html[at + 1];
        if (char.IsAsciiLetter(next))
        {
            return ReadTag(at + 1, isEnd: false);
        }

        if (next == '/')
        {
            var after = html[at + 2];
            if (char.IsAsciiLetter(after))
            {
                return ReadTag(at + 2, isEnd: true);
            }

            if (after == '>')
            {
                _position = at + 3;
                return null;
            }

            // </ followed by anything else is a bogus comment.
            _position = SkipTag(at);
            return HtmlTokenKind.Comment;
        }

        if (next == '!')
        {
            var rest = html.AsSpan(at + 2);
            if (rest.StartsWith("--"))
            {
                _position = CommentEnd(at + 4);
                return HtmlTokenKind.Comment;
            }

            if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
            {
                _position = SkipTag(at);
                var end = _position == html.Length && html[^1] != '>' ? html.Length : _position - 1;
                DoctypeMeansQuirks = Doctypes.MeansQuirks(html.AsSpan(at + 9, Math.Max(0, end - (at + 9))), closed: end < html.Length);
                return HtmlTokenKind.Doctype;
            }

            if (AllowCData && rest.StartsWith("[CDATA["))
            {
                _position = at + 9;
                Text = ReadCDataSection();
                return Text.IsEmpty ? null : HtmlTokenKind.Text;
            }
        }

        // Bogus comments: <!…>, <?…>.
        _position = SkipTag(at);
        return HtmlTokenKind.Comment;
    }

    private HtmlTokenKind? ReadTag(int nameStart, bool isEnd)
    {
        _attributes.Clear();
        _attributeNames.Clear();
        SelfClosing = false;
        var i = nameStart;
        var nameEnd = html.AsSpan(i).IndexOfAny(TagDelimiters);
        nameEnd = nameEnd < 0 ? html.Length : i + nameEnd;
        Name = LowerName(html.AsSpan(i, nameEnd - i), out var category);
        NameCategory = category;
        i = nameEnd;

        while (true)
        {
            i = SkipWhiteSpace(i);
            if (i >= html.Length)
            {
                // A tag cut off by the end of the page is dropped, as browsers do.
                _position = html.Length;
                return null;
            }

            var c = html[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '/')
            {
                i++;
                if (i < html.Length && html[i] == '>')
                {
                    SelfClosing = true;
                    i++;
                    break;
                }

                continue;
            }

            // The attribute's name: its first character may be '='.
            var attributeStart = i++;
            while (i < html.Length && !(HtmlNames.IsAsciiWhiteSpace(html[i]) || html[i] is '/' or '>' or '='))
            {
                i++;
            }

            var attributeName = html.AsSpan(attributeStart, i - attributeStart);
            var valueStart = -1;
            var valueLength = 0;
            var afterName = SkipWhiteSpace(i);
            if (afterName < html.Length && html[afterName] == '=')
            {
                i = SkipWhiteSpace(afterName + 1);
                if (i >= html.Length)
                {
                    _position = html.Length;
                    return null;
                }

                var quote = html[i];
                if (quote is '"' or '\'')
                {
                    var close = html.AsSpan(i + 1).IndexOf(quote);
                    if (close < 0)
                    {
                        _position = html.Length;
                        return null;
                    }

                    valueStart = i + 1;
                    valueLength = close;
                    i = valueStart + close + 1;
                }
                else if (quote != '>')
                {
                    valueStart = i;
                    while (i < html.Length && !(HtmlNames.IsAsciiWhiteSpace(html[i]) || html[i] == '>'))
                    {
                        i++;
                    }

                    valueLength = i - valueStart;
                }
            }

            if (!isEnd)
            {
                var value = valueStart < 0 ? ReadOnlyMemory<char>.Empty : CharacterReferences.Decode(html.AsMemory(valueStart, valueLength), inAttribute: true, ComposeReferences);
                AddAttribute(LowerName(attributeName, out _), ReplaceNul(value));
            }
        }

        _position = i;
        return isEnd ? HtmlTokenKind.EndTag : HtmlTokenKind.StartTag;
    }

    // The first of a duplicated name wins. A tag rarely has more than a handful of attributes, so a scan finds the
    // duplicate; past ManyAttributes a set does, or a hostile tag with 200,000 attributes would take minutes.
    private void AddAttribute(string name, ReadOnlyMemory<char> value)
    {
        if (_attributes.Count < ManyAttributes)
        {
            foreach (var attribute in _attributes)
            {
                if (ReferenceEquals(attribute.Name, name) || attribute.Name == name)
                {
                    return;
                }
            }

            _attributes.Add(new HtmlAttribute(name, value));
            return;
        }

        if (_attributeNames.Count == 0)
        {
            _attributeNames.UnionWith(_attributes.Select(a => a.Name));
        }

        if (_attributeNames.Add(name))
        {
            _attributes.Add(new HtmlAttribute(name, value));
        }
    }

    // ASCII upper case lowered, U+0000 replaced by U+FFFD; a shared instance for a known name.
    private static string LowerName(ReadOnlySpan<char> name, out ElementCategory category)
    {
        if (!name.ContainsAnyInRange('A', 'Z') && !name.Contains('\0'))
        {
            return HtmlNames.Of(name, out category);
        }

        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c == '\0' ? '\uFFFD' : c;
        }

        return HtmlNames.Of(lower, out category);
    }

    private int SkipWhiteSpace(int i)
    {
        while (i < html.Length && HtmlNames.IsAsciiWhiteSpace(html[i]))
        {
            i++;
        }

        return i;
    }

    // Past the '>' that ends the markup at `at`, or the end of the page.
    private int SkipTag(int at)
    {
        var close = html.AsSpan(at).IndexOf('>');
        return close < 0 ? html.Length : at + close + 1;
    }

    // Past a comment whose text starts at `from`: "<!-->" and "<!--->" are whole comments; otherwise the first "-->" or
    // "--!>" ends it (the standard's comment states end a comment nowhere else), or the end of the page does.
    private int CommentEnd(int from)
    {
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        var rest = html.AsSpan(from);
        var dashes = rest.IndexOf("--", StringComparison.Ordinal);
        while (dashes >= 0)
        {
            var after = dashes + 2;
            if (after < rest.Length && rest[after] == '>')
            {
                return from + after + 1;
            }

            if (after + 1 < rest.Length && rest[after] == '!' && rest[after + 1] == '>')
            {
                return from + after + 2;
            }

            var next = rest[(dashes + 1)..].IndexOf("--", StringComparison.Ordinal);
            dashes = next < 0 ? -1 : dashes + 1 + next;
        }

        return html.Length;
    }

    // Where `</name` followed by white space, '/' or '>' starts, or the end of the page.
    private int FindEndTag(int from, string name)
    {
        while (true)
        {
            var at = html.AsSpan(from).IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
            {
                return html.Length;
            }

            at += from;
            if (IsTagNamed(at + 2, name))
            {
                return at;
            }

            from = at + 2;
        }
    }

    // The end of a script's text: its end tag, unless that sits inside a "<!-- <script> … -->" escape. The standard's
    // script data states, walked from one '<' or '-' to the next.
    private int FindScriptEnd(int from, string name)
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        var state = Data;
        var i = from;
        while (true)
        {
            var at = state == Data ? html.AsSpan(i).IndexOf('<') : html.AsSpan(i).IndexOfAny(ScriptMarks);
            if (at < 0)
            {
                return html.Length;
            }

            i += at;
            if (html[i] == '-')
            {
                // A run of dashes; "-->" after at least two of them leaves an escape.
                var run = i;
                while (run < html.Length && html[run] == '-')
                {
                    run++;
                }

                if (run - i >= 2 && run < html.Length && html[run] == '>')
                {
                    state = Data;
                    i = run + 1;
                }
                else
                {
                    i = run;
                }

                continue;
            }

            // At '<'.
            if (state != DoubleEscaped && i + 1 < html.Length && html[i + 1] == '/' && IsTagNamed(i + 2, name))
            {
                return i;
            }

            if (state == Data && html.AsSpan(i).StartsWith("<!--"))
            {
                // "<!--" is followed by the escaped dash-dash state: "<!-->" ends the escape at once.
                state = Escaped;
                i += 2;
                continue;
            }

            if (state == Escaped && IsTagNamed(i + 1, "script"))
            {
                state = DoubleEscaped;
                i += 7;
                continue;
            }

            if (state == DoubleEscaped && i + 1 < html.Length && html[i + 1] == '/' && IsTagNamed(i + 2, "script"))
            {
                state = Escaped;
                i += 8;
                continue;
            }

            i++;
        }
    }

    // Whether `name` (ASCII case-insensitive) starts at `at`, followed by white space, '/' or '>'.
    private bool IsTagNamed(int at, string name)
    {
        if (at + name.Length >= html.Length || !html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = html[at + name.Length];
        return HtmlNames.IsAsciiWhiteSpace(after) || after is '/' or '>';
    }
}
