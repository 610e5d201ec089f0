using System.Buffers;

namespace NewsExtract.Html;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
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
/// Splits HTML into tokens the way the HTML standard's tokenizer does for everything extraction can see: text with
/// character references decoded, start and end tags with lower-cased names and attributes, and the doctype; comments
/// and bogus markup are consumed silently. Text is a slice of the page whenever no reference needed decoding. It reads
/// each character a bounded number of times, so its cost is linear in the page whatever the markup.
/// </summary>
internal sealed class HtmlTokenizer(string html)
{
    private static readonly SearchValues<char> TagDelimiters = SearchValues.Create("\t\n\f\r />");
    private static readonly SearchValues<char> ScriptMarks = SearchValues.Create("<-");

    private const int ManyAttributes = 16;

    private readonly List<HtmlAttribute> _attributes = [];
    private readonly HashSet<string> _attributeNames = new(StringComparer.Ordinal);
    private int _position;

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>The tag's lower-cased name (start and end tags).</summary>
    public string Name { get; private set; } = "";

    /// <summary>The tag ended in <c>/&gt;</c> (only meaningful in svg and math, and on void elements).</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The start tag's attributes, first of a duplicated name only; valid until the next token.</summary>
    public List<HtmlAttribute> Attributes => _attributes;

    /// <summary>The text of a text token.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>For a doctype: whether it puts the page in quirks mode (no doctype at all does too).</summary>
    public bool DoctypeMeansQuirks { get; private set; }

    /// <summary>Drop one line feed at the start of the next text (after <c>&lt;pre&gt;</c> and <c>&lt;listing&gt;</c>).</summary>
    public bool SkipNextNewline { get; set; }

    public HtmlTokenKind Next()
    {
        while (true)
        {
            var skipNewline = SkipNextNewline;
            SkipNextNewline = false;
            if (_position >= html.Length)
            {
                return Kind = HtmlTokenKind.EndOfFile;
            }

            var start = _position;
            var markup = FindMarkup(start);
            if (markup > start)
            {
                _position = markup;
                if (skipNewline && html[start] == '\n')
                {
                    start++;
                    if (start == markup)
                    {
                        continue;
                    }
                }

                Text = CharacterReferences.Decode(html.AsMemory(start, markup - start), inAttribute: false);
                return Kind = HtmlTokenKind.Text;
            }

            if (ReadMarkup() is { } kind)
            {
                return Kind = kind;
            }
        }
    }

    /// <summary>Whether the last <see cref="ReadRawText"/> ended at the element's end tag (rather than the end of the page).</summary>
    public bool RawTextEndTag { get; private set; }

    /// <summary>
    /// Reads the content of the raw-text element whose start tag was just returned, and consumes its end tag. With no
    /// <paramref name="name"/> no end tag is appropriate: the text runs to the end of the page.
    /// </summary>
    public ReadOnlyMemory<char> ReadRawText(string? name, RawTextKind kind)
    {
        var start = _position;
        if (kind == RawTextKind.RcData && name == "textarea" && start < html.Length && html[start] == '\n')
        {
            start++;
        }

        var end = kind switch
        {
            _ when name is null => html.Length,
            RawTextKind.PlainText => html.Length,
            RawTextKind.Script => FindScriptEnd(start),
            _ => FindEndTag(start, name),
        };
        RawTextEndTag = end < html.Length;
        _position = end >= html.Length ? html.Length : SkipTag(end);
        var text = html.AsMemory(start, end - start);
        return kind == RawTextKind.RcData ? CharacterReferences.Decode(text, inAttribute: false) : text;
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

    // At a markup '<': returns the token read, or null for markup that makes none (comments, `</>`, bogus markup).
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

            _position = after == '>' ? at + 3 : SkipTag(at);
            return null;
        }

        if (next == '!')
        {
            var rest = html.AsSpan(at + 2);
            if (rest.StartsWith("--"))
            {
                _position = CommentEnd(at + 4);
                return null;
            }

            if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
            {
                _position = SkipTag(at);
                DoctypeMeansQuirks = Doctypes.MeansQuirks(html.AsSpan(at + 9, Math.Max(0, _position - 1 - (at + 9))));
                return HtmlTokenKind.Doctype;
            }
        }

        // Bogus comments: <!…>, <?…>, </ …>.
        _position = SkipTag(at);
        return null;
    }

    private HtmlTokenKind? ReadTag(int nameStart, bool isEnd)
    {
        _attributes.Clear();
        _attributeNames.Clear();
        SelfClosing = false;
        var i = nameStart;
        var nameEnd = html.AsSpan(i).IndexOfAny(TagDelimiters);
        nameEnd = nameEnd < 0 ? html.Length : i + nameEnd;
        Name = LowerName(html.AsSpan(i, nameEnd - i));
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
            var value = ReadOnlySpan<char>.Empty;
            var valueStart = -1;
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
                    value = html.AsSpan(valueStart, close);
                    i = valueStart + close + 1;
                }
                else if (quote != '>')
                {
                    valueStart = i;
                    while (i < html.Length && !(HtmlNames.IsAsciiWhiteSpace(html[i]) || html[i] == '>'))
                    {
                        i++;
                    }

                    value = html.AsSpan(valueStart, i - valueStart);
                }
            }

            if (!isEnd)
            {
                AddAttribute(LowerName(attributeName), valueStart < 0 ? ReadOnlyMemory<char>.Empty : CharacterReferences.Decode(html.AsMemory(valueStart, value.Length), inAttribute: true));
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

    private static string LowerName(ReadOnlySpan<char> name)
    {
        if (!name.ContainsAnyInRange('A', 'Z'))
        {
            return HtmlNames.Of(name);
        }

        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        }

        return HtmlNames.Of(lower);
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

    // Past a comment whose text starts at `from` ("<!-->" and "<!--->" are whole comments).
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

        var end = html.AsSpan(from).IndexOf("-->", StringComparison.Ordinal);
        return end < 0 ? html.Length : from + end + 3;
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

    // The end of a script's text: its </script>, unless that sits inside a "<!-- <script> … -->" escape.
    private int FindScriptEnd(int from)
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        var state = Data;
        var i = from;
        while (true)
        {
            var at = html.AsSpan(i).IndexOfAny(ScriptMarks);
            if (at < 0)
            {
                return html.Length;
            }

            i += at;
            var rest = html.AsSpan(i);
            if (rest[0] == '-')
            {
                if (state != Data && rest.StartsWith("-->"))
                {
                    state = Data;
                    i += 3;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (rest.StartsWith("</") && IsTagNamed(i + 2, "script"))
            {
                if (state != DoubleEscaped)
                {
                    return i;
                }

                state = Escaped;
                i += 8;
            }
            else if (state == Data && rest.StartsWith("<!--"))
            {
                state = Escaped;
                i += 2;
            }
            else if (state == Escaped && IsTagNamed(i + 1, "script"))
            {
                state = DoubleEscaped;
                i += 7;
            }
            else
            {
                i++;
            }
        }
    }

    // Whether `name` (case-insensitive) starts at `at`, followed by white space, '/', '>' or the end of the page.
    private bool IsTagNamed(int at, string name)
    {
        if (at + name.Length > html.Length || !html.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = at + name.Length;
        return after == html.Length || HtmlNames.IsAsciiWhiteSpace(html[after]) || html[after] is '/' or '>';
    }
}
