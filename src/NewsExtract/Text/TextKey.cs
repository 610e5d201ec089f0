using System.Buffers;
using System.Text;

namespace NewsExtract.Text;

/// <summary>A comparison key for text: NFKC, whitespace removed, so "暗伤" and “暗伤” variants of spacing compare equal.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        // One allocation at most: NFKC is written to a pooled buffer (not a string of its own) and white space is dropped
        // in place (no StringBuilder); text that already is a key is returned as it is.
        var source = text.AsSpan();
        var shape = Shape(source);
        if (shape == KeyShape.FullWidth)
        {
            return Compacted(source, source.Length);
        }

        // Of the stable characters only the space is white space (tested), so one vectorised search tells.
        if (shape == KeyShape.Stable)
        {
            return source.Contains(' ') ? Compacted(source, source.Length) : text;
        }

        if (source.IsNormalized(NormalizationForm.FormKC))
        {
            return HasWhiteSpace(source) ? Compacted(source, source.Length) : text;
        }

        return Compacted(source, source.GetNormalizedLength(NormalizationForm.FormKC), normalize: true);
    }

    /// <summary>
    /// <paramref name="source"/> (NFKC-normalised first when asked) without its white space, full-width forms mapped to
    /// what NFKC makes of them (<see cref="IsFullWidthForm"/>; normalised text holds none), as a new string.
    /// </summary>
    private static string Compacted(ReadOnlySpan<char> source, int length, bool normalize = false)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var chars = buffer.AsSpan(0, length);
            var from = source;
            if (normalize)
            {
                if (!source.TryNormalize(chars, out var written, NormalizationForm.FormKC) || written != length)
                {
                    var normalized = source.ToString().Normalize(NormalizationForm.FormKC);
                    return Compacted(normalized, normalized.Length);
                }

                from = chars;
            }

            // Copies the non-white characters to the buffer; in place when normalised there (the kept ones never overtake the one read).
            var kept = 0;
            foreach (var c in from)
            {
                var mapped = c switch
                {
                    '\u3000' => ' ',
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    _ => c,
                };
                if (!char.IsWhiteSpace(mapped))
                {
                    chars[kept++] = mapped;
                }
            }

            return new string(chars[..kept]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Whether every character is one NFKC leaves as it is, alone and next to the others: printable ASCII, CJK
    /// ideographs, the Vietnamese precomposed letters, Latin-1 letters, CJK brackets and 、。, curly quotes. Most
    /// lines of a zh or vi page are, and they skip the ICU normalisation check. (Full-width forms, the ideographic
    /// space, … and combining marks are not: they take the general path.)
    /// </summary>
    private enum KeyShape
    {
        /// <summary>Every character is <see cref="IsKeyStable(char)"/>: the text is its own NFKC.</summary>
        Stable,

        /// <summary>Stable characters and full-width forms or ideographic spaces, whose NFKC is a fixed offset (<see cref="IsFullWidthForm"/>).</summary>
        FullWidth,

        /// <summary>Anything else: ICU decides.</summary>
        Other,
    }

    /// <summary>
    /// <c>Of(text).StartsWith(prefix, StringComparison.Ordinal)</c> for text of <see cref="IsPlain"/> characters only, without
    /// building the key: its characters are read as the key has them, white space skipped and full-width forms narrowed.
    /// </summary>
    public static bool PlainStartsWith(string text, string prefix)
    {
        var matched = 0;
        foreach (var c in text)
        {
            if (matched == prefix.Length)
            {
                return true;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var keyed = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (keyed != prefix[matched++])
            {
                return false;
            }
        }

        return matched == prefix.Length;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a character a key keeps as it is or narrows one for one whatever surrounds it
    /// (<see cref="KeyShape.Stable"/> or <see cref="KeyShape.FullWidth"/>): text of such characters has a key as long as its non-white characters.
    /// </summary>
    public static bool IsPlain(char c) => StableChars.Contains(c) || IsFullWidthForm(c);

    private static KeyShape Shape(ReadOnlySpan<char> text)
    {
        var shape = KeyShape.Stable;
        foreach (var c in text)
        {
            if (StableChars.Contains(c))
            {
                continue;
            }

            if (!IsFullWidthForm(c))
            {
                return KeyShape.Other;
            }

            shape = KeyShape.FullWidth;
        }

        return shape;
    }

    /// <summary>
    /// Full-width ASCII (U+FF01–U+FF5E: <c>，：（）１</c>) is NFKC-equivalent to ASCII 0xFEE0 below it, and the ideographic
    /// space U+3000 to a space — the punctuation of nearly every Chinese line, so such lines need not ask ICU.
    /// </summary>
    internal static bool IsFullWidthForm(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    // IsKeyStable of every BMP character.
    private static readonly CharBitmap StableChars = new(IsKeyStable);

    internal static bool IsKeyStable(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => true,
        >= '\u1EA0' and <= '\u1EF9' => true,
        >= '\u00C0' and <= '\u00FF' => true,
        '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169' or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' => true,
        '\u3001' or '\u3002' or >= '\u3008' and <= '\u3011' => true,
        >= '\u2018' and <= '\u201D' => true,
        _ => false,
    };

    // A plain loop: char.IsWhiteSpace is a table lookup, faster than a vectorised search for a non-ASCII set on short text.
    private static bool HasWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
