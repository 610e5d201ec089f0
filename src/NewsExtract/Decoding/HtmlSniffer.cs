using System.Buffers;

namespace NewsExtract.Decoding;

/// <summary>Decides whether content is HTML or a plain-text capture, from its first few KB.</summary>
internal static class HtmlSniffer
{
    /// <summary>How much of the start is examined.</summary>
    public const int WindowSize = 4 * 1024;

    private static readonly SearchValues<string> StrongMarkers = SearchValues.Create(
        ["<!doctype html", "<html", "<head", "<body", "<?xml", "<meta "], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> CommonTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "article", "b", "body", "br", "div", "em", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "i", "iframe", "img", "input", "li", "link", "meta", "nav", "ol", "p", "script",
        "section", "span", "strong", "style", "table", "tbody", "td", "th", "title", "tr", "ul", "noscript", "center",
    };

    /// <summary>True when <paramref name="start"/> (the beginning of the content) has HTML tag structure.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        var s = start[..Math.Min(start.Length, WindowSize)].TrimStart("\uFEFF \t\r\n");
        if (s.IsEmpty)
        {
            return false;
        }

        if (s.IndexOfAny(StrongMarkers) >= 0)
        {
            return true;
        }

        // Count well-formed tags with known names: <div ...>, </p>, <br/>. Stray '<' in text ("a < b", "<<Sách>>") do not count.
        var tags = 0;
        var rest = s;
        while (true)
        {
            var lt = rest.IndexOf('<');
            if (lt < 0 || lt + 1 >= rest.Length)
            {
                break;
            }

            rest = rest[(lt + 1)..];
            var nameStart = rest.Length > 0 && rest[0] == '/' ? 1 : 0;
            var nameEnd = nameStart;
            while (nameEnd < rest.Length && nameEnd - nameStart < 10 && char.IsAsciiLetterOrDigit(rest[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || nameEnd >= rest.Length || !IsTagNameEnd(rest[nameEnd]))
            {
                continue;
            }

            var gt = rest[nameEnd..].IndexOfAny('>', '<');
            if (gt < 0 || rest[nameEnd + gt] != '>' || gt > 500)
            {
                continue;
            }

            if (CommonTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[nameStart..nameEnd]) && ++tags >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same test on raw bytes (markup is ASCII in every encoding a page can use, except UTF-16/32).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> start)
    {
        var window = start[..Math.Min(start.Length, WindowSize)];
        Span<char> chars = stackalloc char[window.Length];
        for (var i = 0; i < window.Length; i++)
        {
            chars[i] = (char)window[i];
        }

        return LooksLikeHtml(chars);
    }

    private static bool IsTagNameEnd(char c) => c is '>' or '/' or ' ' or '\t' or '\n' or '\r';
}
