using System.Text;
using AngleSharp.Html;
using NewsExtract.Decoding;

namespace NewsExtract.Html;

/// <summary>
/// Decodes character references (<c>&amp;amp;</c>, <c>&amp;ldquo;</c>, <c>&amp;#8220;</c>, <c>&amp;#x201C;</c>) as the
/// HTML standard does, including the legacy names a browser accepts without a semicolon (<c>&amp;nbsp</c>) and the
/// Windows-1252 remapping of numeric references 0x80–0x9F. The named table is AngleSharp's (the standard's full list).
/// </summary>
internal static class CharacterReferences
{
    // The longest name in the standard's table (&CounterClockwiseContourIntegral;) has 31 characters.
    private const int MaxNameLength = 32;

    // What numeric references in 0x80–0x9F mean: the characters Windows-1252 puts there (pages written in that code page).
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// The text with its references decoded; the same slice when it has none. With <paramref name="compose"/>, text whose
    /// references were decoded is put in Unicode NFC (a reference may decode to a combining mark after a letter), as the
    /// pipeline puts pages before they are parsed; without it the code points are exactly the standard's.
    /// </summary>
    public static ReadOnlyMemory<char> Decode(ReadOnlyMemory<char> text, bool inAttribute, bool compose = false)
    {
        var span = text.Span;
        var amp = span.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }

        var result = new StringBuilder(span.Length);
        while (amp >= 0)
        {
            result.Append(span[..amp]);
            span = span[amp..];
            var consumed = TryDecodeAt(span, inAttribute, result);
            if (consumed == 0)
            {
                result.Append('&');
                consumed = 1;
            }

            span = span[consumed..];
            amp = span.IndexOf('&');
        }

        result.Append(span);

        var decoded = result.ToString();
        return (!compose || TextNormalizer.IsPlainlyNfc(decoded) || decoded.IsNormalized(NormalizationForm.FormC) ? decoded : decoded.Normalize(NormalizationForm.FormC)).AsMemory();
    }

    public static string Decode(string text, bool inAttribute) =>
        text.Contains('&', StringComparison.Ordinal) ? Decode(text.AsMemory(), inAttribute).ToString() : text;

    // Decodes the reference at span[0] ('&') into result; returns the characters consumed, 0 when it is not a reference.
    private static int TryDecodeAt(ReadOnlySpan<char> span, bool inAttribute, StringBuilder result)
    {
        if (span.Length < 2)
        {
            return 0;
        }

        return span[1] == '#' ? TryDecodeNumeric(span, result) : TryDecodeNamed(span, inAttribute, result);
    }

    private static int TryDecodeNumeric(ReadOnlySpan<char> span, StringBuilder result)
    {
        var hex = span.Length > 2 && (span[2] is 'x' or 'X');
        var start = hex ? 3 : 2;
        var end = start;
        long value = 0;
        while (end < span.Length && (hex ? char.IsAsciiHexDigit(span[end]) : char.IsAsciiDigit(span[end])))
        {
            value = Math.Min(value * (hex ? 16 : 10) + (hex ? HexValue(span[end]) : span[end] - '0'), 0x110000);
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        if (end < span.Length && span[end] == ';')
        {
            end++;
        }

        AppendCodePoint(result, (int)value);
        return end;
    }

    private static void AppendCodePoint(StringBuilder result, int value)
    {
        if (value is 0 or > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            result.Append('\uFFFD');
        }
        else if (value is >= 0x80 and <= 0x9F)
        {
            result.Append(Windows1252[value - 0x80]);
        }
        else
        {
            result.Append(char.ConvertFromUtf32(value));
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int TryDecodeNamed(ReadOnlySpan<char> span, bool inAttribute, StringBuilder result)
    {
        var end = 1;
        while (end < span.Length && end <= MaxNameLength && char.IsAsciiLetterOrDigit(span[end]))
        {
            end++;
        }

        if (end == 1)
        {
            return 0;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (end < span.Length && span[end] == ';' && resolver.GetSymbol(span[1..(end + 1)].ToString()) is { Length: > 0 } full)
        {
            result.Append(full);
            return end + 1;
        }

        // Without its semicolon, the longest legacy name that prefixes the run (&notit; is "¬it;"). In an attribute value a
        // legacy name followed by a letter, digit or '=' stays as written: it is more likely part of a URL's query.
        for (var length = end - 1; length >= 2; length--)
        {
            if (resolver.GetSymbol(span[1..(1 + length)].ToString()) is not { Length: > 0 } legacy)
            {
                continue;
            }

            var next = 1 + length < span.Length ? span[1 + length] : '\0';
            if (inAttribute && (char.IsAsciiLetterOrDigit(next) || next == '='))
            {
                return 0;
            }

            result.Append(legacy);
            return 1 + length;
        }

        return 0;
    }
}
