using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Decoding;

/// <summary>Makes decoded text safe and canonical for extraction.</summary>
internal static class TextNormalizer
{
    // C0 controls except \t and \n (\r is here because it is rewritten to \n); with the noncharacters U+FFFE/U+FFFF (searched
    // apart, so this set stays ASCII and its search the fast vectorised one), which a byte-swapped BOM or binary read as
    // UTF-16 produces and on which Unicode normalisation throws.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// Unicode NFC (Vietnamese decomposed tone marks become precomposed letters), C0 controls other than tab and
    /// newline removed, lone surrogates and the noncharacters U+FFFE/U+FFFF replaced by U+FFFD, <c>\r\n</c> and <c>\r</c> turned into <c>\n</c>.
    /// Returns <paramref name="text"/> itself when nothing changes.
    /// </summary>
    public static string Normalize(string text) => Normalize(text, CancellationToken.None);

    /// <inheritdoc cref="Normalize(string)"/>
    /// <remarks>The token is checked between the passes over the text and every million characters of the NFC check.</remarks>
    public static string Normalize(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var firstControl = FirstOf(span.IndexOfAny(Controls), span.IndexOfAnyInRange('\uFFFE', '\uFFFF'));
        var firstSurrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        var result = text;
        if (firstControl >= 0 || (firstSurrogate >= 0 && HasLoneSurrogate(span[firstSurrogate..])))
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = Clean(span, FirstOf(firstControl, firstSurrogate));
        }

        if (IsPlainlyNfc(result.AsSpan(), cancellationToken))
        {
            return result;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    // IsPlainlyNfc a million characters at a time (the property is per character, so the chunks need no overlap).
    private static bool IsPlainlyNfc(ReadOnlySpan<char> text, CancellationToken cancellationToken)
    {
        const int Chunk = 1 << 20;
        for (; text.Length > Chunk; text = text[Chunk..])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsPlainlyNfc(text[..Chunk]))
            {
                return false;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return IsPlainlyNfc(text);
    }

    private static int FirstOf(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    /// <summary>
    /// True when every character of <paramref name="text"/> is one that NFC leaves as it is whatever stands next to it
    /// (<see cref="IsNfcInert"/>), so the text is NFC without asking ICU; false says nothing. Nearly every zh and vi
    /// page qualifies (ICU's own check cost a Vietnamese page more than reading its metadata).
    /// </summary>
    internal static bool IsPlainlyNfc(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            // A vector at a time: below U+0300, the Vietnamese letters and the CJK ideographs need no lookup.
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector<ushort>.Count <= units.Length; i += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(units[i..]);
                var plain = Vector.LessThan(v, new Vector<ushort>(0x0300))
                    | Vector.LessThan(v - new Vector<ushort>(0x1E00), new Vector<ushort>(0x0100))
                    | Vector.LessThan(v - new Vector<ushort>(0x4E00), new Vector<ushort>(0x5200));
                if (!Vector.EqualsAll(plain, Vector<ushort>.AllBitsSet) && !InertChars.ContainsAll(text.Slice(i, Vector<ushort>.Count)))
                {
                    return false;
                }
            }
        }

        return InertChars.ContainsAll(text[i..]);
    }

    // IsNfcInert of every BMP character.
    private static readonly CharBitmap InertChars = new(IsNfcInert);

    /// <summary>
    /// Characters NFC keeps and never joins to a neighbour: each is its own NFC, has combining class 0 (no reordering)
    /// and is not the second part of any canonical composition (NFC_Quick_Check "Maybe": combining marks, Hangul vowel
    /// and final jamo, a few Indic vowel signs, the kana voicing marks). The ranges most zh and vi text is made of; a unit
    /// test checks each against the Unicode data of the runtime over all code points.
    /// </summary>
    internal static bool IsNfcInert(char c) => c switch
    {
        < '\u0300' => true,
        >= '\u1E00' and <= '\u1EFF' => true, // Latin Extended Additional: the Vietnamese precomposed letters
        >= '\u2002' and <= '\u20CF' => true, // punctuation, super/subscripts, currency (not the en/em quad singletons)
        >= '\u2100' and <= '\u2125' or >= '\u2127' and <= '\u2129' or >= '\u212C' and <= '\u214F' => true, // letterlike, not Ω K Å
        >= '\u2190' and <= '\u2328' or >= '\u232B' and <= '\u2ADB' or >= '\u2ADD' and <= '\u2BFF' => true, // arrows, maths, shapes (not 〈〉⫝̸)
        >= '\u3000' and <= '\u3029' or >= '\u3030' and <= '\u3096' or >= '\u309B' and <= '\u30FF' => true, // CJK punctuation, kana
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' => true, // CJK ideographs (not the compatibility ones)
        >= '\uAC00' and <= '\uD7A3' => true, // Hangul syllables (a final jamo after one is not inert)
        >= '\uFF01' and <= '\uFF9D' or >= '\uFFA0' and <= '\uFFEF' => true, // full-width and half-width forms (not the voicing marks)
        _ => false,
    };

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
        // A page's worth of pooled buffer would stay with the pool after the page; past a megabyte it is the GC's.
        var pooled = s.Length <= 1 << 20;
        var buffer = pooled ? ArrayPool<char>.Shared.Rent(s.Length) : new char[s.Length];
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
            if (pooled)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }
    }
}
