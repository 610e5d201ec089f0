using System.Buffers;
using System.Text;

namespace NewsExtract.Text;

/// <summary>A comparison key for text: NFKC, whitespace removed, so "暗伤" and “暗伤” variants of spacing compare equal.</summary>
internal static class TextKey
{
    // Exactly the characters char.IsWhiteSpace accepts (asked of it over the BMP, so the runtime decides), for a
    // vectorised search: most keys are computed for every block of a page.
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(AllWhiteSpace());

    public static string Of(string text)
    {
        // One allocation at most: NFKC is written to a pooled buffer (not a string of its own) and white space is dropped
        // in place (no StringBuilder); text that already is a key is returned as it is.
        var source = text.AsSpan();
        if (source.IsNormalized(NormalizationForm.FormKC))
        {
            return source.ContainsAny(WhiteSpace) ? Compacted(source, source.Length) : text;
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
            if (!normalize)
            {
                source.CopyTo(chars);
            }
            else if (!source.TryNormalize(chars, out var written, NormalizationForm.FormKC) || written != length)
            {
                var normalized = source.ToString().Normalize(NormalizationForm.FormKC);
                return Compacted(normalized, normalized.Length);
            }

            // Moves each run of non-white characters down over the white space before it.
            var kept = 0;
            var rest = chars;
            for (var at = rest.IndexOfAny(WhiteSpace); at >= 0; at = rest.IndexOfAny(WhiteSpace))
            {
                rest[..at].CopyTo(chars[kept..]);
                kept += at;
                rest = rest[(at + 1)..];
            }

            rest.CopyTo(chars[kept..]);
            return new string(chars[..(kept + rest.Length)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static char[] AllWhiteSpace()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                chars.Add((char)c);
            }
        }

        return [.. chars];
    }
}
