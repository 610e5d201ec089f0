using System.Text;

namespace NewsExtract.Decoding;

/// <summary>
/// A byte-level prescan for <c>&lt;meta charset&gt;</c> and <c>&lt;meta http-equiv="Content-Type" content="…charset=…"&gt;</c>,
/// after the WHATWG "prescan a byte stream" algorithm, simplified: comments are skipped, other tags are not parsed.
/// </summary>
internal static class MetaCharsetPrescan
{
    /// <summary>How far into the document to look. Pages often carry several KB of script before their meta tags.</summary>
    public const int ScanLimit = 64 * 1024;

    /// <summary>Returns every charset label declared by meta tags (in document order) and an XML declaration, if any.</summary>
    public static List<string> FindLabels(ReadOnlySpan<byte> bytes)
    {
        var labels = new List<string>(2);
        var span = bytes[..Math.Min(bytes.Length, ScanLimit)];

        if (span.StartsWith("<?xml"u8))
        {
            var end = span.IndexOf("?>"u8);
            if (end > 0 && TryGetXmlEncoding(span[..end]) is { } xml)
            {
                labels.Add(xml);
            }
        }

        var i = 0;
        while (i < span.Length)
        {
            var lt = span[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            var rest = span[i..];
            if (rest.StartsWith("<!--"u8))
            {
                var close = rest[4..].IndexOf("-->"u8);
                if (close < 0)
                {
                    break;
                }

                i += 4 + close + 3;
                continue;
            }

            if (rest.Length > 6 && StartsWithIgnoreCase(rest[1..], "meta"u8) && IsSpaceOrSlash(rest[5]))
            {
                i += 5;
                var label = ParseMeta(span, ref i);
                if (label is not null)
                {
                    labels.Add(label);
                }

                continue;
            }

            i++;
        }

        return labels;
    }

    private static string? ParseMeta(ReadOnlySpan<byte> span, ref int i)
    {
        string? charset = null;
        string? content = null;
        var isContentType = false;
        while (TryReadAttribute(span, ref i, out var name, out var value))
        {
            if (EqualsIgnoreCase(name, "charset"u8))
            {
                charset ??= Latin1(value);
            }
            else if (EqualsIgnoreCase(name, "content"u8))
            {
                content ??= Latin1(value);
            }
            else if (EqualsIgnoreCase(name, "http-equiv"u8))
            {
                isContentType |= EqualsIgnoreCase(value.Trim((byte)' '), "content-type"u8);
            }
        }

        if (!string.IsNullOrWhiteSpace(charset))
        {
            return charset.Trim();
        }

        return isContentType && content is not null ? CharsetFromContent(content) : null;
    }

    /// <summary>Reads one attribute of a tag; false at the tag's end (after consuming <c>&gt;</c>).</summary>
    private static bool TryReadAttribute(ReadOnlySpan<byte> s, ref int i, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        name = value = default;
        while (i < s.Length && (IsSpace(s[i]) || s[i] == (byte)'/'))
        {
            i++;
        }

        if (i >= s.Length || s[i] == (byte)'>')
        {
            i++;
            return false;
        }

        var start = i;
        while (i < s.Length && s[i] != (byte)'=' && s[i] != (byte)'>' && s[i] != (byte)'/' && !IsSpace(s[i]))
        {
            i++;
        }

        name = s[start..i];
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length || s[i] != (byte)'=')
        {
            return true; // attribute without a value
        }

        i++;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        if (i < s.Length && (s[i] == (byte)'"' || s[i] == (byte)'\''))
        {
            var quote = s[i++];
            var close = s[i..].IndexOf(quote);
            var end = close < 0 ? s.Length : i + close;
            value = s[i..end];
            i = Math.Min(s.Length, end + 1);
            return true;
        }

        start = i;
        while (i < s.Length && s[i] != (byte)'>' && !IsSpace(s[i]))
        {
            i++;
        }

        value = s[start..i];
        return true;
    }

    /// <summary>The WHATWG "extract a character encoding from a meta element" algorithm.</summary>
    internal static string? CharsetFromContent(string content)
    {
        var at = 0;
        while (true)
        {
            var found = content.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            var j = found + 7;
            while (j < content.Length && char.IsWhiteSpace(content[j]))
            {
                j++;
            }

            if (j >= content.Length || content[j] != '=')
            {
                at = found + 7;
                continue;
            }

            j++;
            while (j < content.Length && char.IsWhiteSpace(content[j]))
            {
                j++;
            }

            if (j >= content.Length)
            {
                return null;
            }

            if (content[j] is '"' or '\'')
            {
                var close = content.IndexOf(content[j], j + 1);
                return close < 0 ? null : content[(j + 1)..close];
            }

            var end = j;
            while (end < content.Length && !char.IsWhiteSpace(content[end]) && content[end] != ';')
            {
                end++;
            }

            return content[j..end];
        }
    }

    private static string? TryGetXmlEncoding(ReadOnlySpan<byte> decl)
    {
        var at = decl.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var i = at + 8;
        return TryReadAttributeValueAfterName(decl, i);
    }

    private static string? TryReadAttributeValueAfterName(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length || s[i] != (byte)'=')
        {
            return null;
        }

        i++;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length || (s[i] != (byte)'"' && s[i] != (byte)'\''))
        {
            return null;
        }

        var quote = s[i++];
        var close = s[i..].IndexOf(quote);
        return close <= 0 ? null : Latin1(s.Slice(i, close));
    }

    private static string Latin1(ReadOnlySpan<byte> value) => Encoding.Latin1.GetString(value[..Math.Min(value.Length, 200)]);

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == (byte)'/';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerAscii) =>
        s.Length >= lowerAscii.Length && EqualsIgnoreCase(s[..lowerAscii.Length], lowerAscii);

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerAscii) =>
        System.Text.Ascii.EqualsIgnoreCase(s, lowerAscii);
}
