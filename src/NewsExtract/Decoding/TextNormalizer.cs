using System.Buffers;
using System.Text;

namespace NewsExtract.Decoding;

/// <summary>Makes decoded text safe and canonical for extraction.</summary>
internal static class TextNormalizer
{
    // C0 controls except \t and \n (\r is here because it is rewritten to \n), and the noncharacters U+FFFE/U+FFFF,
    // which a byte-swapped BOM or binary read as UTF-16 produces and on which Unicode normalisation throws.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>
    /// Unicode NFC (Vietnamese decomposed tone marks become precomposed letters), C0 controls other than tab and
    /// newline removed, lone surrogates and the noncharacters U+FFFE/U+FFFF replaced by U+FFFD, <c>\r\n</c> and <c>\r</c> turned into <c>\n</c>.
    /// Returns <paramref name="text"/> itself when nothing changes.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var firstControl = span.IndexOfAny(Controls);
        var firstSurrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        var result = text;
        if (firstControl >= 0 || (firstSurrogate >= 0 && HasLoneSurrogate(span[firstSurrogate..])))
        {
            var first = firstControl < 0 ? firstSurrogate : firstSurrogate < 0 ? firstControl : Math.Min(firstControl, firstSurrogate);
            result = Clean(span, first);
        }

        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> s)
    {
        while (true)
        {
            var at = s.IndexOfAnyInRange('\uD800', '\uDFFF');
            if (at < 0)
            {
                return false;
            }

            if (!char.IsHighSurrogate(s[at]) || at + 1 >= s.Length || !char.IsLowSurrogate(s[at + 1]))
            {
                return true;
            }

            s = s[(at + 2)..];
        }
    }

    private static string Clean(ReadOnlySpan<char> s, int first)
    {
        var buffer = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            s[..first].CopyTo(buffer);
            var n = first;
            for (var i = first; i < s.Length; i++)
            {
                var c = s[i];
                if (c < '\u0020')
                {
                    if (c is '\t' or '\n')
                    {
                        buffer[n++] = c;
                    }
                    else if (c == '\r')
                    {
                        buffer[n++] = '\n';
                        if (i + 1 < s.Length && s[i + 1] == '\n')
                        {
                            i++;
                        }
                    }

                    continue;
                }

                if (c is '\uFFFE' or '\uFFFF')
                {
                    buffer[n++] = '\uFFFD';
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        buffer[n++] = c;
                        buffer[n++] = s[++i];
                    }
                    else
                    {
                        buffer[n++] = '\uFFFD';
                    }

                    continue;
                }

                buffer[n++] = c;
            }

            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
