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
        if (source.IsNormalized(NormalizationForm.FormKC))
        {
            return HasWhiteSpace(source) ? Compacted(source, source.Length) : text;
        }

        return Compacted(source, source.GetNormalizedLength(NormalizationForm.FormKC), normalize: true);
    }

    /// <summary><paramref name="source"/> (NFKC-normalised first when asked) without its white space, as a new string.</summary>
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
                if (!char.IsWhiteSpace(c))
                {
                    chars[kept++] = c;
                }
            }

            return new string(chars[..kept]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

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
